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
