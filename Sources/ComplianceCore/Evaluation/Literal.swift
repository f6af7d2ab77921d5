import YAMLSupport

/// A literal in a check: the value compared with.
public enum Literal: Sendable, Hashable {
  case bool(Bool)
  case number(Double)
  case string(String)

  /// As shown in messages.
  public var display: String {
    switch self {
    case .bool(let value): String(value)
    case .number(let value): Value.format(value)
    case .string(let value): value
    }
  }

  func matches(_ value: Value) -> Bool {
    switch (self, value) {
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), _): value.numeric == a
    case (.string(let a), .string(let b)): a == b
    case (.string(let a), .date(let b)): a == b.description
    default: false
    }
  }
}
