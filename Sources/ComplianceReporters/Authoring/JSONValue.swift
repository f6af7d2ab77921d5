/// A JSON value whose object keys are data (the generated JSON Schema's property names), written
/// by the reports' one JSON writer (`JSONText`): keys sorted, two-space indentation, the same
/// escaping and number format as every JSON report.
enum JSONValue: Sendable, Equatable, Encodable {
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case integer(Int)
  /// A number; written without a fraction when it is whole.
  case number(Double)
  case bool(Bool)
  case null

  /// The value as JSON text, ending with a line break.
  ///
  /// - Throws: for a number that is infinite or not a number, which JSON cannot write.
  func rendered() throws -> String {
    try JSONText.encode(self) + "\n"
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .object(let members):
      var container = encoder.container(keyedBy: Key.self)
      for (key, value) in members { try container.encode(value, forKey: Key(key)) }
    case .array(let items):
      var container = encoder.unkeyedContainer()
      for item in items { try container.encode(item) }
    case .string(let text):
      var container = encoder.singleValueContainer()
      try container.encode(text)
    case .integer(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .number(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .bool(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .null:
      var container = encoder.singleValueContainer()
      try container.encodeNil()
    }
  }

  /// An object member's name.
  private struct Key: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
