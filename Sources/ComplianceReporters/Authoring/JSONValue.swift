/// A JSON value with a deterministic writer: object keys sorted, two-space indentation, short
/// arrays of scalars on one line. Used for the generated JSON Schema, whose property names are data.
enum JSONValue: Sendable, Equatable {
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case integer(Int)
  case number(Double)
  case bool(Bool)
  case null

  /// Arrays of scalars whose one-line form is at most this long are written on one line.
  static let maxInlineArray = 80
  /// Longer arrays of scalars are packed into lines of at most this length.
  static let maxLine = 100

  /// A number: an integer when it is whole.
  static func numeric(_ value: Double) -> JSONValue {
    value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
  }

  /// The value as JSON text, continuing lines at `indent` spaces.
  func rendered(indent: Int = 0) -> String {
    let pad = String(repeating: " ", count: indent + 2)
    switch self {
    case .object(let members):
      guard !members.isEmpty else { return "{}" }
      let body = members.keys.sorted().map { key in
        pad + Escape.doubleQuoted(key) + ": " + (members[key] ?? .null).rendered(indent: indent + 2)
      }
      return "{\n" + body.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "}"
    case .array(let items):
      guard !items.isEmpty else { return "[]" }
      if items.allSatisfy(\.isScalar) {
        let texts = items.map { $0.rendered() }
        let inline = "[" + texts.joined(separator: ", ") + "]"
        if inline.count <= Self.maxInlineArray { return inline }
        return "[\n" + Self.filled(texts, prefix: pad).joined(separator: "\n") + "\n"
          + String(repeating: " ", count: indent) + "]"
      }
      let body = items.map { pad + $0.rendered(indent: indent + 2) }
      return "[\n" + body.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "]"
    case .string(let text): return Escape.doubleQuoted(text)
    case .integer(let value): return String(value)
    case .number(let value): return value.isFinite ? String(value) : "null"
    case .bool(let value): return String(value)
    case .null: return "null"
    }
  }

  /// Scalars packed into lines of at most `maxLine` characters, separated by commas.
  private static func filled(_ texts: [String], prefix: String) -> [String] {
    var lines: [String] = []
    var line = prefix
    for (index, text) in texts.enumerated() {
      let item = text + (index == texts.count - 1 ? "" : ",")
      if line != prefix && line.count + 1 + item.count > maxLine {
        lines.append(line)
        line = prefix
      }
      line += (line == prefix ? "" : " ") + item
    }
    lines.append(line)
    return lines
  }

  private var isScalar: Bool {
    switch self {
    case .object, .array: false
    default: true
    }
  }
}
