import YAMLSupport

/// A parameter's value.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
  case number(Double)
  case string(String)
  case bool(Bool)

  /// The value as a number, when it is one.
  public var numeric: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// As written in texts: `48`, `true`.
  public var description: String {
    switch self {
    case .number(let value): Value.format(value)
    case .string(let value): value
    case .bool(let value): String(value)
    }
  }

  /// Whether `other` has the same kind (number, text, boolean).
  func hasSameKind(as other: ParameterValue) -> Bool {
    switch (self, other) {
    case (.number, .number), (.string, .string), (.bool, .bool): true
    default: false
    }
  }

  init?(_ scalar: Scalar) {
    switch scalar.value {
    case .int(let value): self = .number(Double(value))
    case .float(let value): self = .number(value)
    case .bool(let value): self = .bool(value)
    case .string(let value): self = .string(value)
    case .null: return nil
    }
  }
}
