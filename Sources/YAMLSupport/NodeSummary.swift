/// What a YAML node is, for a message that says what was found instead of what was expected.
public enum NodeSummary: Sendable, Hashable {
  case mapping, list, null
  /// A boolean, with its text as written.
  case bool(String)
  /// A number, with its text as written.
  case number(String)
  /// A string, cut for quoting (`truncatedForMessage`).
  case string(String)

  /// The phrase in `language`: "a list", "the string 'x'" / "en liste", "teksten 'x'".
  public func text(_ language: Language) -> String {
    switch (self, language) {
    case (.mapping, .en): "a mapping"
    case (.mapping, .da): "nøgler med værdier"
    case (.list, .en): "a list"
    case (.list, .da): "en liste"
    case (.null, .en): "empty (null)"
    case (.null, .da): "en tom værdi (null)"
    case (.bool(let text), .en): "the boolean '\(text)'"
    case (.bool(let text), .da): "sandhedsværdien '\(text)'"
    case (.number(let text), .en): "the number '\(text)'"
    case (.number(let text), .da): "tallet '\(text)'"
    case (.string(let text), .en): "the string '\(text)'"
    case (.string(let text), .da): "teksten '\(text)'"
    }
  }
}

extension Node {
  /// What the node is, for messages.
  public var summary: NodeSummary {
    switch self {
    case .mapping: return .mapping
    case .sequence: return .list
    case .scalar(let scalar):
      switch scalar.value {
      case .null: return .null
      case .bool(let value): return .bool(String(value))
      case .int, .float: return .number(scalar.text)
      case .string(let text): return .string(text.truncatedForMessage)
      }
    }
  }
}
