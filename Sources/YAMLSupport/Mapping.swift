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
