/// Encodes `Encodable` values as the JSON and SARIF reports' text: keys sorted, two-space
/// indentation, `"key" : value`, and strings quoted by `Escape.doubleQuoted` (control characters,
/// U+FEFF, U+FFFE and U+FFFF escaped), so a report stays valid JSON and can be read back by any
/// YAML 1.2 parser (`--baseline`).
///
/// The reports' types hold strings, integers, booleans, optionals, arrays and nested structs. This
/// small encoder writes them in the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, which the reports used before, at a
/// fraction of its cost: it keeps no coding paths and builds no dictionaries. A key given twice
/// keeps its last value, as with `JSONEncoder`.
struct JSONText {
  /// The JSON text of `value`, every line (the first too) indented by `indent` spaces, so that it
  /// can be placed inside an enclosing document.
  static func encode(_ value: some Encodable, indent: Int = 0) throws -> String {
    let root = Slot()
    try value.encode(to: TreeEncoder(slot: root))
    var writer = Writer(base: indent)
    writer.pad(0)
    writer.write(root.value ?? .null, indent: 0)
    return String(decoding: writer.out, as: UTF8.self)
  }

  /// A value being built: containers are reference types, so that nested containers handed out
  /// by the encoder fill them in place.
  fileprivate enum Value {
    case null
    case literal(String)  // numbers and booleans, as written
    case string(String)
    case object(Object)
    case array(List)
  }

  fileprivate final class Slot {
    var value: Value?
  }

  fileprivate final class Object {
    var keys: [String] = []
    var slots: [Slot] = []

    /// A new slot for `key`, replacing an earlier one (objects have a handful of keys).
    func slot(_ key: String) -> Slot {
      let slot = Slot()
      if let index = keys.firstIndex(of: key) {
        slots[index] = slot
      } else {
        keys.append(key)
        slots.append(slot)
      }
      return slot
    }
  }

  fileprivate final class List {
    var items: [Slot] = []

    func append() -> Slot {
      let slot = Slot()
      items.append(slot)
      return slot
    }
  }

  // MARK: Writing

  private struct Writer {
    let base: Int
    var out: [UInt8] = []

    init(base: Int) {
      self.base = base
      out.reserveCapacity(8192)
    }

    /// A line break, then the indentation of the next line.
    mutating func newline(_ indent: Int) {
      out.append(0x0A)
      pad(indent)
    }

    mutating func pad(_ indent: Int) {
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: base + indent))
    }

    mutating func write(_ value: Value, indent: Int) {
      switch value {
      case .null: out.append(contentsOf: "null".utf8)
      case .literal(let text): out.append(contentsOf: text.utf8)
      case .string(let text): Escape.appendDoubleQuoted(text, to: &out)
      case .object(let object):
        out.append(UInt8(ascii: "{"))
        // Keys are ASCII field names, for which `<` is byte order.
        let order = object.keys.indices.sorted { object.keys[$0] < object.keys[$1] }
        if order.isEmpty { newline(0) }
        for (position, index) in order.enumerated() {
          if position > 0 { out.append(UInt8(ascii: ",")) }
          newline(indent + 2)
          Escape.appendDoubleQuoted(object.keys[index], to: &out)
          out.append(contentsOf: " : ".utf8)
          write(object.slots[index].value ?? .null, indent: indent + 2)
        }
        newline(indent)
        out.append(UInt8(ascii: "}"))
      case .array(let list):
        out.append(UInt8(ascii: "["))
        if list.items.isEmpty { newline(0) }
        for (position, item) in list.items.enumerated() {
          if position > 0 { out.append(UInt8(ascii: ",")) }
          newline(indent + 2)
          write(item.value ?? .null, indent: indent + 2)
        }
        newline(indent)
        out.append(UInt8(ascii: "]"))
      }
    }
  }
}

// MARK: - The Encoder

/// The encoder, and its containers, keep no coding path: the reports' values cannot fail to
/// encode except for a non-finite number, whose error names no path.
private struct TreeEncoder: Encoder {
  let slot: JSONText.Slot
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedContainer<Key>(object: object()))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedContainer(list: list())
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueContainer(slot: slot)
  }

  /// The object in this encoder's slot; asking twice gives the same object.
  private func object() -> JSONText.Object {
    if case .object(let object)? = slot.value { return object }
    let object = JSONText.Object()
    slot.value = .object(object)
    return object
  }

  private func list() -> JSONText.List {
    if case .array(let list)? = slot.value { return list }
    let list = JSONText.List()
    slot.value = .array(list)
    return list
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: JSONText.Object
  var codingPath: [any CodingKey] { [] }

  private func set(_ value: JSONText.Value, _ key: Key) { object.slot(key.stringValue).value = value }

  mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { set(.literal(value ? "true" : "false"), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { set(try number(value), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { set(try number(Double(value)), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.literal(String(value)), key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try value.encode(to: TreeEncoder(slot: object.slot(key.stringValue)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    TreeEncoder(slot: object.slot(key.stringValue)).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    TreeEncoder(slot: object.slot(key.stringValue)).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(slot: object.slot("super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(slot: object.slot(key.stringValue))
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let list: JSONText.List
  var codingPath: [any CodingKey] { [] }
  var count: Int { list.items.count }

  private func add(_ value: JSONText.Value) { list.append().value = value }

  mutating func encodeNil() throws { add(.null) }
  mutating func encode(_ value: Bool) throws { add(.literal(value ? "true" : "false")) }
  mutating func encode(_ value: String) throws { add(.string(value)) }
  mutating func encode(_ value: Double) throws { add(try number(value)) }
  mutating func encode(_ value: Float) throws { add(try number(Double(value))) }
  mutating func encode(_ value: Int) throws { add(.literal(String(value))) }
  mutating func encode(_ value: Int8) throws { add(.literal(String(value))) }
  mutating func encode(_ value: Int16) throws { add(.literal(String(value))) }
  mutating func encode(_ value: Int32) throws { add(.literal(String(value))) }
  mutating func encode(_ value: Int64) throws { add(.literal(String(value))) }
  mutating func encode(_ value: UInt) throws { add(.literal(String(value))) }
  mutating func encode(_ value: UInt8) throws { add(.literal(String(value))) }
  mutating func encode(_ value: UInt16) throws { add(.literal(String(value))) }
  mutating func encode(_ value: UInt32) throws { add(.literal(String(value))) }
  mutating func encode(_ value: UInt64) throws { add(.literal(String(value))) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(slot: list.append()))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    TreeEncoder(slot: list.append()).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    TreeEncoder(slot: list.append()).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(slot: list.append())
  }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
  let slot: JSONText.Slot
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { slot.value = .null }
  mutating func encode(_ value: Bool) throws { slot.value = .literal(value ? "true" : "false") }
  mutating func encode(_ value: String) throws { slot.value = .string(value) }
  mutating func encode(_ value: Double) throws { slot.value = try number(value) }
  mutating func encode(_ value: Float) throws { slot.value = try number(Double(value)) }
  mutating func encode(_ value: Int) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: Int8) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: Int16) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: Int32) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: Int64) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: UInt) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: UInt8) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: UInt16) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: UInt32) throws { slot.value = .literal(String(value)) }
  mutating func encode(_ value: UInt64) throws { slot.value = .literal(String(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(slot: slot))
  }
}

/// A finite number as JSON writes it: whole numbers without a fraction. Infinity and NaN have no
/// JSON form and are an error, as with `JSONEncoder`.
private func number(_ value: Double) throws -> JSONText.Value {
  guard value.isFinite else {
    throw EncodingError.invalidValue(
      value, EncodingError.Context(codingPath: [], debugDescription: "\(value) has no JSON form"))
  }
  if value == value.rounded(), abs(value) < 1e15 { return .literal(String(Int(value))) }
  return .literal(String(value))
}
