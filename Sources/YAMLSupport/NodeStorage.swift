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
