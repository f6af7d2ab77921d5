/// Reads a YAML file whose root is a mapping: the entry point of the YAML layer.
public enum YAMLDocument {
  /// Parses `source`, which must hold exactly one document whose root is a mapping.
  ///
  /// - Throws: `Diagnostic` naming the file, line and column of the first problem.
  public static func parseMapping(
    _ source: SourceFile, limits: YAMLLimits = .default
  ) throws(Diagnostic) -> Mapping {
    let node = try parse(source, limits: limits)
    guard case .mapping(let mapping) = node else {
      throw Diagnostic(.yamlRoot, .node(node.summary), at: node.location, in: source)
    }
    return mapping
  }

  /// Parses `source`, which must hold exactly one document, of any kind.
  public static func parse(
    _ source: SourceFile, limits: YAMLLimits = .default
  ) throws(Diagnostic) -> Node {
    guard source.byteCount <= limits.maxInputBytes else {
      throw Diagnostic(
        .yamlFileSize, .number(source.byteCount), .number(limits.maxInputBytes), at: .start(of: source.name))
    }
    return try source.bytes.withUnsafeBufferPointer { (bytes) throws(Diagnostic) -> Node in
      try YAMLParser(source: source, bytes: bytes, limits: limits).parseDocument()
    }
  }
}

extension Node {
  /// A phrase naming the node's kind for messages, in English: "a list", "a mapping", "the string
  /// 'x'" (`summary` gives it in either language).
  public var kindDescription: String { summary.text(.en) }
}

extension String {
  /// The text cut to at most 60 characters, for quoting user input in messages.
  public var truncatedForMessage: String {
    count <= 60 ? self : String(prefix(57)) + "..."
  }
}
