/// A parsed `Node` tree written as compact text, and read back without parsing YAML.
///
/// The build embeds the built-in rule files this way: libyaml parses them once, when the binary is
/// built, and every run reads the trees back, positions included. The archive is the document's
/// `NodeStorage` itself, written flat (its node records, its children's indices, its text), so
/// reading it back is one loop over the records and one copy of the text, with no recursion and
/// no allocation per node. Every byte is below 0x80, so the archive is valid UTF-8 and can be
/// embedded as a string literal.
///
/// Layout (numbers are variable-length: six bits per byte, low bits first; a byte of 0x40 or more
/// says that another follows):
///
///     archive = "N2" nodeCount childCount textCount aliasCount root record* child* alias* text
///     record  = code startLine startColumn endLine endColumn first count
///     code    = one byte: style * 6 + tag for a scalar (tag 0 is none, 1… are `ScalarTag`s by
///               raw value + 1); 30 for a sequence, 31 for a mapping
///     child   = a node's index; a container's children are a run from `first`, a mapping's as
///               key, value, key, value…
///     alias   = slot startLine startColumn endLine endColumn nameFirst nameCount: the child slot
///               that holds an alias, its own position, and its anchor's name in the text
///     text    = the scalars' text and the aliases' names, `textCount` bytes, the rest of the
///               archive
///
/// A damaged archive reads as nil: every count and index is checked against the archive's size,
/// every child must come after its parent (so the tree has no cycle), mapping keys must be scalars,
/// and nesting may not pass `YAMLLimits.default.maxDepth`.
public enum NodeArchive {
  private static let magic: [UInt8] = Array("N2".utf8)
  private static let sequenceCode: UInt8 = 30
  private static let mappingCode: UInt8 = 31
  /// The fewest bytes a record takes: its code and six one-byte numbers.
  private static let minimumRecordBytes = 7
  /// The fewest bytes an alias takes: seven one-byte numbers.
  private static let minimumAliasBytes = 7

  /// The archive of `node`: the storage it is in, with `node` as the root.
  public static func encode(_ node: Node) -> String {
    let (storage, root) = place(of: node)
    var output = magic
    output.reserveCapacity(storage.records.count * 10 + storage.children.count * 2 + storage.text.count + 16)
    let aliases = storage.aliases
    for number in [storage.records.count, storage.children.count, storage.text.count, aliases.count, Int(root)] {
      write(number, to: &output)
    }
    for record in storage.records {
      switch record.kind {
      case .scalar: output.append(record.style.rawValue * 6 + (record.tag.map { $0.rawValue + 1 } ?? 0))
      case .sequence: output.append(sequenceCode)
      case .mapping: output.append(mappingCode)
      }
      for number in [
        record.startLine, record.startColumn, record.endLine, record.endColumn, record.first, record.count,
      ] {
        write(Int(number), to: &output)
      }
    }
    for child in storage.children { write(Int(child), to: &output) }
    for alias in aliases {
      let position = [alias.startLine, alias.startColumn, alias.endLine, alias.endColumn]
      for number in [alias.slot] + position + [alias.nameFirst, alias.nameCount] { write(Int(number), to: &output) }
    }
    output.append(contentsOf: storage.text)
    return String(decoding: output, as: UTF8.self)
  }

  /// The tree in `archive`, its positions in the file named `file`; nil when the archive is damaged.
  public static func decode(_ archive: String, file: String) -> Node? {
    var archive = archive
    return archive.withUTF8 { bytes -> Node? in
      var reader = Reader(bytes: bytes)
      guard let (storage, root) = reader.storage(file: file) else { return nil }
      return Node(storage, root)
    }
  }

  private static func place(of node: Node) -> (NodeStorage, Int32) {
    switch node {
    case .scalar(let scalar): (scalar.storage, scalar.index)
    case .sequence(let sequence): (sequence.storage, sequence.index)
    case .mapping(let mapping): (mapping.storage, mapping.index)
    }
  }

  private static func write(_ number: Int, to output: inout [UInt8]) {
    var rest = max(number, 0)
    while rest >= 0x40 {
      output.append(UInt8(0x40 | (rest & 0x3F)))
      rest >>= 6
    }
    output.append(UInt8(rest))
  }

  // MARK: Reading

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    var remaining: Int { bytes.count - offset }

    mutating func storage(file: String) -> (NodeStorage, Int32)? {
      guard remaining >= magic.count, bytes[0] == magic[0], bytes[1] == magic[1] else { return nil }
      offset = magic.count
      // Each count is checked against what is left before anything is allocated for it.
      guard let nodeCount = number(), nodeCount > 0, nodeCount <= remaining / minimumRecordBytes,
        let childCount = number(), childCount <= remaining,
        let textCount = number(), textCount <= remaining,
        let aliasCount = number(), aliasCount <= remaining / minimumAliasBytes,
        let root = number(), root < nodeCount
      else { return nil }
      var records: [NodeRecord] = []
      records.reserveCapacity(nodeCount)
      for _ in 0..<nodeCount {
        guard let record = record(childCount: childCount, textCount: textCount) else { return nil }
        records.append(record)
      }
      var children: [Int32] = []
      children.reserveCapacity(childCount)
      for _ in 0..<childCount {
        guard let child = number(), child < nodeCount else { return nil }
        children.append(Int32(child))
      }
      var aliases: [AliasRecord] = []
      aliases.reserveCapacity(aliasCount)
      for _ in 0..<aliasCount {
        // Slots in increasing order, as the storage looks them up.
        guard let slot = number(), slot < childCount, slot > aliases.last.map({ Int($0.slot) }) ?? -1,
          let startLine = number(), let startColumn = number(),
          let endLine = number(), let endColumn = number(), let nameFirst = number(), let nameCount = number(),
          nameFirst <= textCount, nameCount <= textCount - nameFirst
        else { return nil }
        aliases.append(
          AliasRecord(
            slot: Int32(slot), startLine: Int32(startLine), startColumn: Int32(startColumn), endLine: Int32(endLine),
            endColumn: Int32(endColumn), nameFirst: Int32(nameFirst), nameCount: Int32(nameCount)))
      }
      guard remaining == textCount, Self.isTree(records, children, root: root) else { return nil }
      let text = Array(UnsafeBufferPointer(rebasing: bytes[offset...]))
      let storage = NodeStorage(file: file, records: records, children: children, text: text, aliases: aliases)
      return (storage, Int32(root))
    }

    private mutating func record(childCount: Int, textCount: Int) -> NodeRecord? {
      guard remaining > 0 else { return nil }
      let code = bytes[offset]
      offset += 1
      guard let startLine = number(), let startColumn = number(), let endLine = number(), let endColumn = number(),
        let first = number(), let count = number()
      else { return nil }
      let kind: NodeRecord.Kind
      var style = ScalarStyle.plain
      var tag: ScalarTag?
      switch code {
      case sequenceCode:
        guard count <= childCount - first else { return nil }
        kind = .sequence
      case mappingCode:
        guard count <= (childCount - first) / 2 else { return nil }
        kind = .mapping
      default:
        guard let scalarStyle = ScalarStyle(rawValue: code / 6), count <= textCount - first else { return nil }
        if code % 6 > 0 {
          guard let known = ScalarTag(rawValue: code % 6 - 1) else { return nil }
          tag = known
        }
        kind = .scalar
        style = scalarStyle
      }
      return NodeRecord(
        startLine: Int32(startLine), startColumn: Int32(startColumn), endLine: Int32(endLine),
        endColumn: Int32(endColumn),
        first: Int32(first), count: Int32(count), kind: kind, style: style, tag: tag)
    }

    /// A number no larger than `Int32.max`, or nil. Most numbers (columns, counts, short lines)
    /// take one byte, which is read inline.
    @inline(__always)
    private mutating func number() -> Int? {
      guard offset < bytes.count else { return nil }
      let byte = bytes[offset]
      offset += 1
      return byte < 0x40 ? Int(byte) : longNumber(first: byte)
    }

    private mutating func longNumber(first: UInt8) -> Int? {
      guard first < 0x80 else { return nil }
      var value = Int(first & 0x3F)
      var shift = 6
      while offset < bytes.count, shift <= 30 {
        let byte = bytes[offset]
        offset += 1
        guard byte < 0x80 else { return nil }
        value |= Int(byte & 0x3F) << shift
        if byte < 0x40 { return value <= Int(Int32.max) ? value : nil }
        shift += 6
      }
      return nil
    }

    /// Whether the records form a tree (aliases may share a node) no deeper than the YAML limit:
    /// every child comes after its container, and every mapping key is a scalar. Children after
    /// their parents also make one pass in index order enough to know every node's depth.
    private static func isTree(_ records: [NodeRecord], _ children: [Int32], root: Int) -> Bool {
      var depths = [Int32](repeating: -1, count: records.count)
      depths[root] = 0
      let limit = Int32(YAMLLimits.default.maxDepth)
      for (index, record) in records.enumerated() where record.kind != .scalar {
        let items = Int(record.count) * (record.kind == .mapping ? 2 : 1)
        let depth = depths[index]
        for position in 0..<items {
          let child = Int(children[Int(record.first) + position])
          guard child > index else { return false }
          if record.kind == .mapping && position % 2 == 0 && records[child].kind != .scalar { return false }
          if depth >= 0 {
            guard depth < limit else { return false }
            depths[child] = max(depths[child], depth + 1)
          }
        }
      }
      return true
    }
  }
}
