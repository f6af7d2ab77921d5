public import YAMLSupport

/// A validated declaration value, typed by the questionnaire.
public enum Value: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case date(Day)
  case list([Located])
  case object(Members)

  /// The value as shown in messages and reports: `true`, `72`, `'DK'`, `[DK, DE]`.
  public var display: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .int(let value): return String(value)
    case .number(let value): return Value.format(value)
    case .string(let value): return "'\(value.truncatedForMessage)'"
    case .date(let value): return value.description
    case .list(let items):
      let shown = items.prefix(8).map { $0.value.plainDisplay }
      return "[" + shown.joined(separator: ", ") + (items.count > 8 ? ", …" : "") + "]"
    case .object: return "{…}"
    }
  }

  /// Like `display`, without quotes around strings (inside lists).
  var plainDisplay: String {
    if case .string(let value) = self { return value.truncatedForMessage }
    return display
  }

  static func format(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }

  /// The number, for ints and numbers.
  var numeric: Double? {
    switch self {
    case .int(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }

  /// The text of strings (enums, countries, emails and URLs are strings too).
  var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }
}
