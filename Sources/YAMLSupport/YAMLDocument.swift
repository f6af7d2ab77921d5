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
      let found = node.kindDescription
      throw Diagnostic(
        "yaml.root", "the document is \(found); expected a mapping of keys to values",
        at: node.location, in: source)
    }
    return mapping
  }

  /// Parses `source`, which must hold exactly one document, of any kind.
  public static func parse(
    _ source: SourceFile, limits: YAMLLimits = .default
  ) throws(Diagnostic) -> Node {
    guard source.byteCount <= limits.maxInputBytes else {
      throw Diagnostic(
        "yaml.limit.size",
        "the file is \(source.byteCount) bytes; the limit is \(limits.maxInputBytes) bytes",
        at: .start(of: source.name))
    }
    return try source.bytes.withUnsafeBufferPointer { (bytes) throws(Diagnostic) -> Node in
      try YAMLParser(source: source, bytes: bytes, limits: limits).parseDocument()
    }
  }
}

extension Node {
  /// A phrase naming the node's kind for messages: "a list", "a mapping", "the string 'x'".
  public var kindDescription: String {
    switch self {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let scalar):
      switch scalar.value {
      case .null: return "empty (null)"
      case .bool(let value): return "the boolean '\(value)'"
      case .int, .float: return "the number '\(scalar.text)'"
      case .string(let text): return "the string '\(text.truncatedForMessage)'"
      }
    }
  }
}

extension String {
  /// The text cut to at most 60 characters, for quoting user input in messages.
  public var truncatedForMessage: String {
    count <= 60 ? self : String(prefix(57)) + "..."
  }
}
