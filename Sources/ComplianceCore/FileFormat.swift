import YAMLSupport

/// The versioned `format:` line every dpacheck file starts with.
enum FileFormat {
  /// Checks that `mapping` declares `expected` as its format.
  ///
  /// - Throws: a diagnostic at the `format` value naming the known versions, or at the mapping
  ///   when the key is missing.
  static func check(
    _ mapping: Mapping, expected: String, kind: String, source: SourceFile
  ) throws(Diagnostic) {
    guard let entry = mapping.entry("format") else {
      throw Diagnostic(
        "format.missing", "this \(kind) has no 'format' key; the first line should be 'format: \(expected)'",
        at: mapping.range.start, in: source)
    }
    guard case .scalar(let scalar) = entry.value, scalar.text == expected else {
      let found = entry.value.scalarText ?? ""
      let family = expected.split(separator: "/").dropLast().joined(separator: "/")
      let message =
        found.hasPrefix(family + "/")
        ? "unknown \(kind) format version '\(found.truncatedForMessage)'; known versions: \(expected)"
        : "expected 'format: \(expected)' for a \(kind); found \(entry.value.kindDescription)"
      throw Diagnostic("format.version", message, at: entry.value.location, in: source)
    }
  }
}
