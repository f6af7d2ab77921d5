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
    let writer = try written(value, indent: indent)
    return String(decoding: writer.out, as: UTF8.self)
  }

  /// The JSON text of `value`, which holds one `StreamedSections` array, as the text before and
  /// the text after that array's items: a report's sections are written between the two, each
  /// indented as the array's items are and separated by `,\n`.
  ///
  /// - Throws: when `value` holds no `StreamedSections`, or more than one.
  static func envelope(_ value: some Encodable) throws -> (before: String, after: String) {
    let writer = try written(value, indent: 0)
    guard writer.holes.count == 1, let hole = writer.holes.first else {
      throw EncodingError.invalidValue(
        writer.holes.count, EncodingError.Context(codingPath: [], debugDescription: "not one streamed array"))
    }
    return (
      String(decoding: writer.out[..<hole], as: UTF8.self),
      String(decoding: writer.out[hole...], as: UTF8.self) + "\n"
    )
  }

  private static func written(_ value: some Encodable, indent: Int) throws -> Writer {
    let tree = Tree()
    try value.encode(to: TreeEncoder(tree: tree, node: Tree.root))
    var writer = Writer(base: indent, tree: tree)
    writer.pad(0)
    writer.write(Tree.root, indent: 0)
    return writer
  }

  /// A document being built: every value is a node of one array, and a container links its
  /// children (first, last, next), so building a document allocates no object per value.
  /// Containers handed out by the encoder name their node by index and fill it in place.
  fileprivate final class Tree {
    enum Kind: UInt8 {
      case unset  // written as null
      case null
      case literal  // numbers and booleans, as written
      case string
      case object
      case array
      /// A `StreamedSections` array: its items are written into the text later.
      case sections
    }

    struct Node {
      var kind = Kind.unset
      /// A literal's or a string's text.
      var text = ""
      /// The key of an object's member.
      var key = ""
      var first: Int32 = -1
      var last: Int32 = -1
      var next: Int32 = -1
    }

    static let root: Int32 = 0
    /// Only the encoder of one document touches it, on one thread, so the dynamic exclusivity
    /// check of a class's stored property (a tenth of a JSON report's cost) is left out.
    @exclusivity(unchecked) var nodes = [Node()]

    init() { nodes.reserveCapacity(256) }

    /// Sets a node to a scalar value.
    func set(_ node: Int32, _ kind: Kind, _ text: String = "") {
      nodes[Int(node)] = Node(kind: kind, text: text, key: nodes[Int(node)].key, next: nodes[Int(node)].next)
    }

    /// Makes `node` a container of `kind`; one that is already of that kind is kept as it is.
    func make(_ node: Int32, _ kind: Kind) {
      guard nodes[Int(node)].kind != kind else { return }
      set(node, kind)
    }

    /// A new member `key` of object `node`, replacing an earlier one in its place (a key given
    /// twice keeps its last value; objects have a handful of keys).
    func member(of node: Int32, _ key: String) -> Int32 {
      var child = nodes[Int(node)].first
      while child >= 0 {
        if nodes[Int(child)].key == key {
          set(child, .unset)
          return child
        }
        child = nodes[Int(child)].next
      }
      return append(to: node, key: key)
    }

    /// A new last child of `node`.
    func append(to node: Int32, key: String = "") -> Int32 {
      let child = Int32(nodes.count)
      nodes.append(Node(key: key))
      if nodes[Int(node)].last >= 0 {
        nodes[Int(nodes[Int(node)].last)].next = child
      } else {
        nodes[Int(node)].first = child
      }
      nodes[Int(node)].last = child
      return child
    }

    /// The number of children of `node`.
    func count(_ node: Int32) -> Int {
      var count = 0
      var child = nodes[Int(node)].first
      while child >= 0 {
        count += 1
        child = nodes[Int(child)].next
      }
      return count
    }
  }

  // MARK: Writing

  private struct Writer {
    let base: Int
    let tree: Tree
    var out: [UInt8] = []
    /// The members of the objects being written, sorted, innermost last (reused, not reallocated).
    var order: [Int32] = []
    /// The offsets in `out` where the items of `StreamedSections` arrays go.
    var holes: [Int] = []

    init(base: Int, tree: Tree) {
      self.base = base
      self.tree = tree
      out.reserveCapacity(8192)
    }

    /// A line break, then the indentation of the next line.
    mutating func newline(_ indent: Int) {
      out.append(0x0A)
      pad(indent)
    }

    mutating func pad(_ indent: Int) {
      var count = base + indent
      while count > 0 {
        let chunk = min(count, Self.spaces.count)
        out.append(contentsOf: Self.spaces[..<chunk])
        count -= chunk
      }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    mutating func write(_ node: Int32, indent: Int) {
      let value = tree.nodes[Int(node)]
      switch value.kind {
      case .unset, .null: out.append(contentsOf: "null".utf8)
      case .literal: out.append(contentsOf: value.text.utf8)
      case .string: Escape.appendDoubleQuoted(value.text, to: &out)
      case .object:
        out.append(UInt8(ascii: "{"))
        let start = order.count
        var child = value.first
        while child >= 0 {
          order.append(child)
          child = tree.nodes[Int(child)].next
        }
        // Keys are ASCII field names, for which `<` is byte order.
        order[start...].sort { tree.nodes[Int($0)].key < tree.nodes[Int($1)].key }
        if order.count == start { newline(0) }
        for position in start..<order.count {
          if position > start { out.append(UInt8(ascii: ",")) }
          newline(indent + 2)
          Escape.appendDoubleQuoted(tree.nodes[Int(order[position])].key, to: &out)
          out.append(contentsOf: " : ".utf8)
          write(order[position], indent: indent + 2)
        }
        order.removeSubrange(start...)
        newline(indent)
        out.append(UInt8(ascii: "}"))
      case .array:
        out.append(UInt8(ascii: "["))
        if value.first < 0 { newline(0) }
        var child = value.first
        while child >= 0 {
          if child != value.first { out.append(UInt8(ascii: ",")) }
          newline(indent + 2)
          write(child, indent: indent + 2)
          child = tree.nodes[Int(child)].next
        }
        newline(indent)
        out.append(UInt8(ascii: "]"))
      case .sections:
        // Laid out as an empty array, `[`, an empty line and `]`; the items go on the empty line.
        out.append(UInt8(ascii: "["))
        newline(0)
        holes.append(out.count)
        newline(indent)
        out.append(UInt8(ascii: "]"))
      }
    }
  }
}

/// An array of a report whose items are rendered one by one and written into the report later
/// (`JSONText.envelope`): the declarations of a JSON report, the results of a SARIF log. Read
/// back, it is an empty array.
public struct StreamedSections: Codable, Sendable {
  /// Creates the placeholder.
  public init() {}

  public init(from decoder: any Decoder) throws {}

  public func encode(to encoder: any Encoder) throws {
    if let encoder = encoder as? TreeEncoder {
      encoder.tree.set(encoder.node, .sections)
    } else {
      _ = encoder.unkeyedContainer()
    }
  }
}

// MARK: - The Encoder

/// The encoder, and its containers, keep no coding path: the reports' values cannot fail to
/// encode except for a non-finite number, whose error names no path.
private struct TreeEncoder: Encoder {
  let tree: JSONText.Tree
  let node: Int32
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// The node as an object; asking twice gives the same object.
  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    tree.make(node, .object)
    return KeyedEncodingContainer(KeyedContainer<Key>(tree: tree, node: node))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    tree.make(node, .array)
    return UnkeyedContainer(tree: tree, node: node)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueContainer(tree: tree, node: node)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let tree: JSONText.Tree
  let node: Int32
  var codingPath: [any CodingKey] { [] }

  private func member(_ key: Key) -> Int32 { tree.member(of: node, key.stringValue) }
  private func set(_ kind: JSONText.Tree.Kind, _ text: String, _ key: Key) { tree.set(member(key), kind, text) }
  private func encoder(_ key: Key) -> TreeEncoder { TreeEncoder(tree: tree, node: member(key)) }

  mutating func encodeNil(forKey key: Key) throws { set(.null, "", key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { set(.literal, value ? "true" : "false", key) }
  mutating func encode(_ value: String, forKey key: Key) throws { set(.string, value, key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { set(.literal, try number(value), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { set(.literal, try number(Double(value)), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.literal, String(value), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.literal, String(value), key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try value.encode(to: encoder(key))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    encoder(key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    encoder(key).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(tree: tree, node: tree.member(of: node, "super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    encoder(key)
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, ScalarSink {
  let tree: JSONText.Tree
  let node: Int32
  var codingPath: [any CodingKey] { [] }
  var count: Int { tree.count(node) }

  func put(_ kind: JSONText.Tree.Kind, _ text: String) { tree.set(tree.append(to: node), kind, text) }
  private func encoder() -> TreeEncoder { TreeEncoder(tree: tree, node: tree.append(to: node)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: encoder())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    encoder().container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    encoder().unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    encoder()
  }
}

private struct SingleValueContainer: SingleValueEncodingContainer, ScalarSink {
  let tree: JSONText.Tree
  let node: Int32
  var codingPath: [any CodingKey] { [] }

  func put(_ kind: JSONText.Tree.Kind, _ text: String) { tree.set(node, kind, text) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(tree: tree, node: node))
  }
}

/// The scalar encodes of the unkeyed and the single-value container, which take the same
/// arguments: each puts a value of some kind, with its text, where the container writes.
private protocol ScalarSink {
  func put(_ kind: JSONText.Tree.Kind, _ text: String)
}

extension ScalarSink {
  mutating func encodeNil() throws { put(.null, "") }
  mutating func encode(_ value: Bool) throws { put(.literal, value ? "true" : "false") }
  mutating func encode(_ value: String) throws { put(.string, value) }
  mutating func encode(_ value: Double) throws { put(.literal, try number(value)) }
  mutating func encode(_ value: Float) throws { put(.literal, try number(Double(value))) }
  mutating func encode(_ value: Int) throws { put(.literal, String(value)) }
  mutating func encode(_ value: Int8) throws { put(.literal, String(value)) }
  mutating func encode(_ value: Int16) throws { put(.literal, String(value)) }
  mutating func encode(_ value: Int32) throws { put(.literal, String(value)) }
  mutating func encode(_ value: Int64) throws { put(.literal, String(value)) }
  mutating func encode(_ value: UInt) throws { put(.literal, String(value)) }
  mutating func encode(_ value: UInt8) throws { put(.literal, String(value)) }
  mutating func encode(_ value: UInt16) throws { put(.literal, String(value)) }
  mutating func encode(_ value: UInt32) throws { put(.literal, String(value)) }
  mutating func encode(_ value: UInt64) throws { put(.literal, String(value)) }
}

/// A finite number as JSON writes it: whole numbers without a fraction. Infinity and NaN have no
/// JSON form and are an error, as with `JSONEncoder`.
private func number(_ value: Double) throws -> String {
  guard value.isFinite else {
    throw EncodingError.invalidValue(
      value, EncodingError.Context(codingPath: [], debugDescription: "\(value) has no JSON form"))
  }
  if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
  return String(value)
}
