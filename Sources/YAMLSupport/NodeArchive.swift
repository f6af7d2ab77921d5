/// A parsed `Node` tree written as compact text, and read back without parsing YAML.
///
/// The build embeds the built-in rule files this way: libyaml parses them once, when the binary is
/// built, and every run reads the trees back in a single pass, positions included. The archive is
/// plain UTF-8 text (ASCII structure around the scalars' own UTF-8 bytes), so it can be embedded as
/// a string literal.
///
/// Grammar (numbers are decimal and end with `,`; texts are a byte count then the bytes):
///
///     node     = scalar | "Q" range count node* | "M" range count (scalar node)*
///     scalar   = "S" range style tag text
///     range    = startLine startColumn endLine endColumn
///     style    = "p" | "s" | "d" | "l" | "f"        plain, single, double, literal, folded
///     tag      = "-" | text
///     text     = count bytes
public enum NodeArchive {
  /// The archive of `node`.
  public static func encode(_ node: Node) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(1 << 16)
    write(node, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The tree in `archive`, its positions in the file named `file`; nil when the archive is damaged.
  public static func decode(_ archive: String, file: String) -> Node? {
    var archive = archive
    return archive.withUTF8 { bytes -> Node? in
      var reader = Reader(bytes: bytes)
      guard let root = reader.node(depth: 0), reader.offset == bytes.count else { return nil }
      return Node(reader.storage.finish(file: file), root)
    }
  }

  // MARK: Writing

  private static func write(_ node: Node, to output: inout [UInt8]) {
    switch node {
    case .scalar(let scalar):
      write(scalar, to: &output)
    case .sequence(let sequence):
      output.append(UInt8(ascii: "Q"))
      write(sequence.range, to: &output)
      write(number: sequence.items.count, to: &output)
      for item in sequence.items { write(item, to: &output) }
    case .mapping(let mapping):
      output.append(UInt8(ascii: "M"))
      write(mapping.range, to: &output)
      write(number: mapping.entries.count, to: &output)
      for entry in mapping.entries {
        write(entry.key, to: &output)
        write(entry.value, to: &output)
      }
    }
  }

  private static func write(_ scalar: Scalar, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "S"))
    write(scalar.range, to: &output)
    output.append(styleCode(scalar.style))
    if let tag = scalar.tag {
      write(text: tag.longForm, to: &output)
    } else {
      output.append(UInt8(ascii: "-"))
    }
    write(text: scalar.text, to: &output)
  }

  private static func write(_ range: SourceRange, to output: inout [UInt8]) {
    write(number: range.start.line, to: &output)
    write(number: range.start.column, to: &output)
    write(number: range.end.line, to: &output)
    write(number: range.end.column, to: &output)
  }

  private static func write(text: String, to output: inout [UInt8]) {
    write(number: text.utf8.count, to: &output)
    output.append(contentsOf: text.utf8)
  }

  private static func write(number: Int, to output: inout [UInt8]) {
    output.append(contentsOf: String(max(number, 0)).utf8)
    output.append(UInt8(ascii: ","))
  }

  private static func styleCode(_ style: ScalarStyle) -> UInt8 {
    switch style {
    case .plain: UInt8(ascii: "p")
    case .singleQuoted: UInt8(ascii: "s")
    case .doubleQuoted: UInt8(ascii: "d")
    case .literal: UInt8(ascii: "l")
    case .folded: UInt8(ascii: "f")
    }
  }

  // MARK: Reading

  /// Reads an archive front to back into a node storage; every read is bounds-checked, so a
  /// damaged archive gives nil.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var storage = NodeStorage.Builder()

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    /// Reads one node and returns its index in `storage`.
    mutating func node(depth: Int) -> Int32? {
      guard depth <= YAMLLimits.default.maxDepth, offset < bytes.count else { return nil }
      let kind = bytes[offset]
      offset += 1
      switch kind {
      case UInt8(ascii: "S"):
        return scalarBody()
      case UInt8(ascii: "Q"), UInt8(ascii: "M"):
        let isMapping = kind == UInt8(ascii: "M")
        guard let range = range(), let count = number(), count <= bytes.count - offset else { return nil }
        let index = storage.open(isMapping ? .mapping : .sequence, line: range.startLine, column: range.startColumn)
        var children: [Int32] = []
        children.reserveCapacity(isMapping ? 2 * count : count)
        for _ in 0..<count {
          if isMapping {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "S") else { return nil }
            offset += 1
            guard let key = scalarBody() else { return nil }
            children.append(key)
          }
          guard let item = node(depth: depth + 1) else { return nil }
          children.append(item)
        }
        storage.close(index, children: children, line: range.endLine, column: range.endColumn)
        return index
      default:
        return nil
      }
    }

    private mutating func scalarBody() -> Int32? {
      guard let range = range(), offset < bytes.count, let style = Self.style(bytes[offset]) else { return nil }
      offset += 1
      var tag: ScalarTag?
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") {
        offset += 1
      } else {
        guard let text = text(), let known = ScalarTag(longForm: String(decoding: text, as: UTF8.self)) else { return nil }
        tag = known
      }
      guard let text = text(), storage.hasRoom(forText: text.count) else { return nil }
      return storage.addScalar(
        text, style: style, tag: tag, start: (range.startLine, range.startColumn),
        end: (range.endLine, range.endColumn))
    }

    private mutating func range() -> (startLine: Int, startColumn: Int, endLine: Int, endColumn: Int)? {
      guard let startLine = number(), let startColumn = number(), let endLine = number(), let endColumn = number() else {
        return nil
      }
      return (startLine, startColumn, endLine, endColumn)
    }

    private mutating func text() -> UnsafeBufferPointer<UInt8>? {
      guard let count = number(), count <= bytes.count - offset else { return nil }
      let text = UnsafeBufferPointer(rebasing: bytes[offset..<offset + count])
      offset += count
      return text
    }

    private mutating func number() -> Int? {
      var value = 0
      var digits = 0
      while offset < bytes.count {
        let byte = bytes[offset]
        offset += 1
        if byte == UInt8(ascii: ",") { return digits > 0 ? value : nil }
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      }
      return nil
    }

    private static func style(_ code: UInt8) -> ScalarStyle? {
      switch code {
      case UInt8(ascii: "p"): .plain
      case UInt8(ascii: "s"): .singleQuoted
      case UInt8(ascii: "d"): .doubleQuoted
      case UInt8(ascii: "l"): .literal
      case UInt8(ascii: "f"): .folded
      default: nil
      }
    }
  }
}
