import YAMLSupport

/// The versioned `format:` line every dpacheck file starts with.
enum FileFormat {
  /// Checks that `mapping` declares `expected` as its format.
  ///
  /// - Throws: a diagnostic at the `format` value naming the known versions, or at the mapping
  ///   when the key is missing.
  static func check(
    _ mapping: Mapping, expected: String, kind: FileKind, source: SourceFile
  ) throws(Diagnostic) {
    guard let entry = mapping.entry("format") else {
      throw Diagnostic(
        .formatMissing, .file(kind, .demonstrative), .text(expected), at: mapping.range.start, in: source)
    }
    guard case .scalar(let scalar) = entry.value, scalar.text == expected else {
      let found = entry.value.scalarText ?? ""
      let family = expected.split(separator: "/").dropLast().joined(separator: "/")
      let message =
        found.hasPrefix(family + "/")
        ? DiagnosticMessage(
          .formatUnknownVersion, .text(found.truncatedForMessage), .file(kind, .bare), .file(kind, .demonstrative),
          .text(expected))
        : DiagnosticMessage(.formatOther, .text(expected), .file(kind, .indefinite), .node(entry.value.summary))
      throw Diagnostic(message, at: entry.value.location, in: source)
    }
  }
}
