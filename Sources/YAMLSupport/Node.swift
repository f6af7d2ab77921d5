/// A YAML node with its position: a scalar, a sequence or a mapping.
///
/// Nodes are views into the `NodeStorage` of the document they were read from: the whole tree lives
/// in a few flat arrays, so a document of any size takes a handful of allocations, and a node is a
/// reference to its storage and an index. Views are values and the storage never changes once
/// built. Aliases are expanded when the tree is built (within `YAMLLimits`) by sharing the node
/// they name, so an alias shows the anchored node's contents; its own position is the alias's
/// (`*m`), and `alias` says where the node it repeats is defined.
public enum Node: Sendable {
  case scalar(Scalar)
  case sequence(Sequence)
  case mapping(Mapping)

  /// The view of node `index` in `storage`, reached through child `slot` (-1 for the root).
  init(_ storage: NodeStorage, _ index: Int32, slot: Int32 = -1) {
    switch storage.records[Int(index)].kind {
    case .scalar: self = .scalar(Scalar(storage, index, slot: slot))
    case .sequence: self = .sequence(Sequence(storage, index, slot: slot))
    case .mapping: self = .mapping(Mapping(storage, index, slot: slot))
    }
  }

  /// Where the node is in its file.
  public var range: SourceRange {
    switch self {
    case .scalar(let scalar): scalar.range
    case .sequence(let sequence): sequence.range
    case .mapping(let mapping): mapping.range
    }
  }

  /// Where the node starts.
  public var location: SourceLocation { range.start }

  /// The line and column where the node starts, read without making a location.
  public var start: (line: Int, column: Int) {
    switch self {
    case .scalar(let scalar): scalar.start
    case .sequence(let sequence): sequence.storage.start(of: sequence.index, slot: sequence.slot)
    case .mapping(let mapping): mapping.storage.start(of: mapping.index, slot: mapping.slot)
    }
  }

  /// For a node written as an alias (`*m`): the anchor's name and where the node it repeats is
  /// defined; nil for any other node.
  public var alias: Alias? {
    switch self {
    case .scalar(let scalar): scalar.alias
    case .sequence(let sequence): sequence.storage.alias(of: sequence.index, slot: sequence.slot)
    case .mapping(let mapping): mapping.storage.alias(of: mapping.index, slot: mapping.slot)
    }
  }
}

/// What an alias repeats: the anchor's name and where the anchored node is defined.
public struct Alias: Sendable, Hashable {
  /// The anchor's name, without `&` or `*`.
  public var name: String
  /// Where the anchored node starts.
  public var definedAt: SourceLocation

  /// Creates an alias's description.
  public init(name: String, definedAt: SourceLocation) {
    self.name = name
    self.definedAt = definedAt
  }

  /// A note for a diagnostic at the alias, pointing at the definition.
  public var note: Diagnostic.Note {
    Diagnostic.Note(.noteAliasDefinition, .text(name.truncatedForMessage), .number(definedAt.line), at: definedAt)
  }
}

/// How a scalar was written; quoted and block scalars are always strings.
public enum ScalarStyle: UInt8, Sendable, Hashable {
  case plain, singleQuoted, doubleQuoted, literal, folded
}

/// The YAML 1.2 core schema's scalar tags, the only ones a scalar may carry (any other tag is an
/// error when the file is read). Stored in one byte, so a node record stays small.
public enum ScalarTag: UInt8, Sendable, Hashable, CaseIterable {
  case str, int, float, bool, null

  /// The tag's long form, `tag:yaml.org,2002:str`.
  public var longForm: String { "tag:yaml.org,2002:\(self)" }

  /// The tag whose long form is `longForm`, or nil for any other tag.
  public init?(longForm: String) {
    guard let tag = Self.allCases.first(where: { $0.longForm == longForm }) else { return nil }
    self = tag
  }
}

/// A scalar node: its text exactly as written (after YAML unescaping), its style and tag.
///
/// Two scalars are equal when their text, style and tag are: equality is the value's, wherever it is
/// written (compare `range` for the position).
public struct Scalar: Sendable, Hashable {
  let storage: NodeStorage
  let index: Int32
  /// The child slot the view was reached through (-1 for a root): an alias there has its own
  /// position.
  let slot: Int32

  init(_ storage: NodeStorage, _ index: Int32, slot: Int32 = -1) {
    self.storage = storage
    self.index = index
    self.slot = slot
  }

  private var record: NodeRecord { storage.records[Int(index)] }

  /// The scalar's text, made from the stored bytes on each use; compare with `hasText` where only
  /// equality matters.
  public var text: String {
    let record = record
    return storage.text.withUnsafeBufferPointer { record.string(in: $0) }
  }

  /// Whether the scalar's text is exactly `other`, compared byte by byte without making a string.
  public func hasText(_ other: String) -> Bool {
    let record = record
    var other = other
    return other.withUTF8 { wanted in
      storage.text.withUnsafeBufferPointer { record.hasText(wanted, in: $0) }
    }
  }

  /// The number of UTF-8 bytes in the text.
  public var utf8Count: Int { Int(record.count) }

  /// How it was written.
  public var style: ScalarStyle { record.style }

  /// The explicit core-schema tag (`!!str`, `!!int`…), if one was given.
  public var tag: ScalarTag? { record.tag }

  /// Where it is: for an alias, where the alias is written.
  public var range: SourceRange { storage.range(of: index, slot: slot) }

  /// Where it starts.
  public var location: SourceLocation { range.start }

  /// The line and column where it starts, read without making a location.
  public var start: (line: Int, column: Int) { storage.start(of: index, slot: slot) }

  /// For a scalar written as an alias: what it repeats.
  public var alias: Alias? { storage.alias(of: index, slot: slot) }

  /// The value under the YAML 1.2 core schema; `yes`, `no`, `on` and `off` stay strings.
  public var value: ScalarValue { CoreSchema.resolve(self) }

  /// Whether the scalar is null under the core schema (`~`, `null`, or nothing at all).
  public var isNull: Bool {
    let record = record
    // Only a plain scalar, or one tagged `!!null`, can be null; its text is at most four bytes.
    guard record.count <= 4, record.tag == .null || (record.tag == nil && record.style == .plain) else { return false }
    return storage.text.withUnsafeBufferPointer {
      CoreSchema.isNullText(
        UnsafeBufferPointer(rebasing: $0[Int(record.first)..<Int(record.first) + Int(record.count)]))
    }
  }

  public static func == (lhs: Scalar, rhs: Scalar) -> Bool {
    if lhs.storage === rhs.storage && lhs.index == rhs.index && lhs.slot == rhs.slot { return true }
    return lhs.style == rhs.style && lhs.tag == rhs.tag && lhs.text == rhs.text
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(style)
    hasher.combine(tag)
  }
}

extension Node {
  /// A sequence node (nested, so that it does not shadow `Swift.Sequence`).
  public struct Sequence: Sendable {
    let storage: NodeStorage
    let index: Int32
    /// The child slot the view was reached through (-1 for a root).
    let slot: Int32

    init(_ storage: NodeStorage, _ index: Int32, slot: Int32 = -1) {
      self.storage = storage
      self.index = index
      self.slot = slot
    }

    /// The items, in order.
    public var items: Items {
      let record = storage.records[Int(index)]
      return Items(storage: storage, first: Int(record.first), count: Int(record.count))
    }

    /// Where it is: for an alias, where the alias is written.
    public var range: SourceRange { storage.range(of: index, slot: slot) }

    /// The items of a sequence, read from its storage as they are used.
    public struct Items: RandomAccessCollection, Sendable {
      let storage: NodeStorage
      let first: Int
      public let count: Int

      public var startIndex: Int { 0 }
      public var endIndex: Int { count }

      public subscript(position: Int) -> Node {
        precondition(position >= 0 && position < count, "item index out of range")
        return Node(storage, storage.children[first + position], slot: Int32(first + position))
      }
    }
  }
}

/// A mapping node: keys are scalars and unique; entries keep the file's order.
public struct Mapping: Sendable {
  let storage: NodeStorage
  let index: Int32
  /// The child slot the view was reached through (-1 for a root).
  let slot: Int32

  init(_ storage: NodeStorage, _ index: Int32, slot: Int32 = -1) {
    self.storage = storage
    self.index = index
    self.slot = slot
  }

  /// An empty mapping at `range`: what an absent optional mapping reads as.
  public static func empty(at range: SourceRange) -> Mapping {
    var builder = NodeStorage.Builder()
    let index = builder.open(.mapping, line: range.start.line, column: range.start.column)
    builder.close(index, children: [], line: range.end.line, column: range.end.column)
    return Mapping(builder.finish(file: range.file), index)
  }

  /// One key and its value.
  public struct Entry: Sendable {
    /// The key, a scalar.
    public let key: Scalar
    /// The value.
    public let value: Node
  }

  /// The entries in file order.
  public var entries: Entries {
    let record = storage.records[Int(index)]
    return Entries(storage: storage, first: Int(record.first), count: Int(record.count))
  }

  /// Where it is: for an alias, where the alias is written.
  public var range: SourceRange { storage.range(of: index, slot: slot) }

  /// The entry whose key text is `key`.
  public func entry(_ key: String) -> Entry? {
    guard let position = position(of: key) else { return nil }
    return entries[position]
  }

  /// The value for `key`, or nil when the key is absent.
  public subscript(key: String) -> Node? {
    guard let position = position(of: key) else { return nil }
    let slot = Int(storage.records[Int(index)].first) + 2 * position + 1
    return Node(storage, storage.children[slot], slot: Int32(slot))
  }

  /// The position of `key` among the entries: a linear scan comparing bytes (mappings in rule
  /// files and declarations are small, and the scan makes no strings).
  private func position(of key: String) -> Int? {
    let record = storage.records[Int(index)]
    var key = key
    return key.withUTF8 { wanted in
      storage.text.withUnsafeBufferPointer { text in
        (0..<Int(record.count)).first { position in
          storage.records[Int(storage.children[Int(record.first) + 2 * position])].hasText(wanted, in: text)
        }
      }
    }
  }

  /// The entries of a mapping, read from its storage as they are used.
  public struct Entries: RandomAccessCollection, Sendable {
    let storage: NodeStorage
    let first: Int
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Entry {
      precondition(position >= 0 && position < count, "entry index out of range")
      let base = first + 2 * position
      return Entry(
        key: Scalar(storage, storage.children[base], slot: Int32(base)),
        value: Node(storage, storage.children[base + 1], slot: Int32(base + 1)))
    }
  }
}

/// An alias in its storage: its own position, and its anchor's name in the storage's text.
struct AliasRecord: Sendable, Hashable {
  /// The slot of `NodeStorage.children` that holds the alias.
  var slot: Int32
  var startLine: Int32
  var startColumn: Int32
  var endLine: Int32
  var endColumn: Int32
  var nameFirst: Int32
  var nameCount: Int32
}

/// One node's record in its storage: kind, style, tag, position, and where its text or children are.
struct NodeRecord: Sendable {
  enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

  var startLine: Int32
  var startColumn: Int32
  var endLine: Int32
  var endColumn: Int32
  /// A scalar's first byte in `NodeStorage.text`; a container's first child in `children`.
  var first: Int32
  /// A scalar's byte count; a sequence's item count; a mapping's entry count (each entry is a key
  /// and a value in `children`).
  var count: Int32
  var kind: Kind
  var style: ScalarStyle
  var tag: ScalarTag?

  /// This scalar's text, stored in `text`.
  func string(in text: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: text[Int(first)..<Int(first) + Int(count)]), as: UTF8.self)
  }

  /// Whether this scalar's text, stored in `text`, is exactly `bytes`.
  func hasText(_ bytes: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(count) == bytes.count else { return false }
    let start = Int(first)
    var offset = 0
    while offset < bytes.count {
      if text[start + offset] != bytes[offset] { return false }
      offset += 1
    }
    return true
  }
}

/// The nodes of one document in three flat arrays: node records, child indices (each container's
/// children are contiguous) and the scalars' text bytes. Built once by `NodeStorage.Builder`, then
/// never changed, so views into it can be shared freely between threads.
public final class NodeStorage: Sendable {
  /// The file's path as given.
  let file: String
  let records: [NodeRecord]
  let children: [Int32]
  let text: [UInt8]
  /// The aliases, in the order of the slots of `children` that hold them: an alias shares the
  /// record of the node it names, and its own position and name are kept here. Empty in most
  /// documents.
  let aliases: [AliasRecord]

  init(
    file: String, records: [NodeRecord], children: [Int32], text: [UInt8], aliases: [AliasRecord] = []
  ) {
    self.file = file
    self.records = records
    self.children = children
    self.text = text
    self.aliases = aliases
  }

  /// Where node `index` starts, as reached through child `slot`: an alias's own position.
  func start(of index: Int32, slot: Int32) -> (line: Int, column: Int) {
    if let alias = alias(in: slot) {
      return (Int(alias.startLine), Int(alias.startColumn))
    }
    let record = records[Int(index)]
    return (Int(record.startLine), Int(record.startColumn))
  }

  /// Where node `index` is, as reached through child `slot`: an alias's own range.
  func range(of index: Int32, slot: Int32) -> SourceRange {
    if let alias = alias(in: slot) {
      return SourceRange(
        file: file, startLine: Int(alias.startLine), startColumn: Int(alias.startColumn),
        endLine: Int(alias.endLine), endColumn: Int(alias.endColumn))
    }
    return range(of: index)
  }

  func range(of index: Int32) -> SourceRange {
    let record = records[Int(index)]
    return SourceRange(
      file: file, startLine: Int(record.startLine), startColumn: Int(record.startColumn),
      endLine: Int(record.endLine), endColumn: Int(record.endColumn))
  }

  /// The alias in child `slot`, if it holds one: a binary search of `aliases`.
  private func alias(in slot: Int32) -> AliasRecord? {
    guard !aliases.isEmpty else { return nil }
    var low = 0
    var high = aliases.count
    while low < high {
      let middle = (low + high) / 2
      if aliases[middle].slot < slot { low = middle + 1 } else { high = middle }
    }
    return low < aliases.count && aliases[low].slot == slot ? aliases[low] : nil
  }

  /// What the alias in child `slot` repeats, if `slot` holds one.
  func alias(of index: Int32, slot: Int32) -> Alias? {
    guard let alias = alias(in: slot) else { return nil }
    let name = text.withUnsafeBufferPointer { text in
      let bytes = text[Int(alias.nameFirst)..<Int(alias.nameFirst) + Int(alias.nameCount)]
      return String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
    return Alias(name: name, definedAt: range(of: index).start)
  }

  /// Builds a storage node by node: scalars are added whole, containers are opened (so that a parent
  /// precedes its children) and closed with their children's indices.
  struct Builder {
    private(set) var records: [NodeRecord] = []
    private(set) var children: [Int32] = []
    private(set) var text: [UInt8] = []
    /// In the order of their slots: containers close after their children, so each close adds
    /// slots past every earlier one.
    private(set) var aliases: [AliasRecord] = []

    /// Keeps an anchor's name in the text; returns where it is.
    mutating func addAliasName(_ name: String) -> (first: Int32, count: Int32) {
      let first = Int32(text.count)
      text.append(contentsOf: name.utf8)
      return (first, Int32(text.count) - first)
    }

    /// Reserves room for a document of `inputBytes` bytes: its text is never longer than the input
    /// (escapes and folding only shorten it), and a node takes at least a few bytes of input, so
    /// the arrays grow in place instead of being copied as they fill.
    mutating func reserve(forInput inputBytes: Int) {
      text.reserveCapacity(inputBytes)
      records.reserveCapacity(inputBytes / 24 + 16)
      children.reserveCapacity(inputBytes / 24 + 16)
    }

    /// Whether another `bytes` of text and one more node still fit the 32-bit offsets.
    func hasRoom(forText bytes: Int) -> Bool {
      text.count + bytes < Int(Int32.max) && records.count < Int(Int32.max) && children.count < Int(Int32.max) - 2
    }

    /// Adds a scalar and returns its index; the caller has checked `hasRoom`.
    mutating func addScalar(
      _ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: ScalarTag?,
      start: (line: Int, column: Int), end: (line: Int, column: Int)
    ) -> Int32 {
      let index = Int32(records.count)
      records.append(
        NodeRecord(
          startLine: Int32(clamping: start.line), startColumn: Int32(clamping: start.column),
          endLine: Int32(clamping: end.line), endColumn: Int32(clamping: end.column),
          first: Int32(text.count), count: Int32(bytes.count), kind: .scalar, style: style, tag: tag))
      text.append(contentsOf: bytes)
      return index
    }

    /// Opens a container at a position and returns its index.
    mutating func open(_ kind: NodeRecord.Kind, line: Int, column: Int) -> Int32 {
      let index = Int32(records.count)
      records.append(
        NodeRecord(
          startLine: Int32(clamping: line), startColumn: Int32(clamping: column), endLine: 0, endColumn: 0,
          first: 0, count: 0, kind: kind, style: .plain, tag: nil))
      return index
    }

    /// Closes container `index` with its children (for a mapping: key, value, key, value…) and
    /// the aliases among them, whose `slot` is their offset in `items`, in order.
    mutating func close<C: Collection<Int32>>(
      _ index: Int32, children items: C, aliases uses: [AliasRecord] = [], line: Int, column: Int
    ) {
      let first = Int32(children.count)
      for var alias in uses {
        alias.slot += first
        aliases.append(alias)
      }
      children.append(contentsOf: items)
      let count = Int32(items.count)
      records[Int(index)].first = first
      records[Int(index)].count = records[Int(index)].kind == .mapping ? count / 2 : count
      records[Int(index)].endLine = Int32(clamping: line)
      records[Int(index)].endColumn = Int32(clamping: column)
    }

    /// The text of scalar `index`.
    func string(_ index: Int32) -> String {
      let record = records[Int(index)]
      return text.withUnsafeBufferPointer { record.string(in: $0) }
    }

    /// Whether scalars `a` and `b` have the same text.
    func sameText(_ a: Int32, _ b: Int32) -> Bool {
      let second = records[Int(b)]
      return text.withUnsafeBufferPointer { bytes in
        records[Int(a)].hasText(
          UnsafeBufferPointer(rebasing: bytes[Int(second.first)..<Int(second.first) + Int(second.count)]), in: bytes)
      }
    }

    /// The finished storage.
    func finish(file: String) -> NodeStorage {
      NodeStorage(file: file, records: records, children: children, text: text, aliases: aliases)
    }
  }
}
