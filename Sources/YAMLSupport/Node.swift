/// A YAML node with its position: a scalar, a sequence or a mapping.
///
/// Nodes are values. Aliases are expanded when the tree is built (within `YAMLLimits`), so an alias
/// shows as a copy of the node it names, keeping the anchored node's positions.
public enum Node: Sendable {
  case scalar(Scalar)
  case sequence(Sequence)
  case mapping(Mapping)

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
}

/// How a scalar was written; quoted and block scalars are always strings.
public enum ScalarStyle: Sendable, Hashable {
  case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A scalar node: its text exactly as written (after YAML unescaping), its style and tag.
public struct Scalar: Sendable, Hashable {
  /// The scalar's text.
  public var text: String
  /// How it was written.
  public var style: ScalarStyle
  /// The explicit tag in its long form (`tag:yaml.org,2002:str`), if one was given.
  public var tag: String?
  /// Where it is.
  public var range: SourceRange

  /// Creates a scalar.
  public init(text: String, style: ScalarStyle, tag: String? = nil, range: SourceRange) {
    self.text = text
    self.style = style
    self.tag = tag
    self.range = range
  }

  /// Where it starts.
  public var location: SourceLocation { range.start }

  /// The value under the YAML 1.2 core schema; `yes`, `no`, `on` and `off` stay strings.
  public var value: ScalarValue { CoreSchema.resolve(self) }

  /// Whether the scalar is null under the core schema (`~`, `null`, or nothing at all).
  public var isNull: Bool {
    guard CoreSchema.isNullText(text) else { return false }
    if case .null = value { return true }
    return false
  }
}

/// A sequence node.
public struct Sequence: Sendable {
  /// The items, in order.
  public var items: [Node]
  /// Where it is.
  public var range: SourceRange

  /// Creates a sequence.
  public init(items: [Node], range: SourceRange) {
    self.items = items
    self.range = range
  }
}

/// A mapping node: keys are scalars and unique; entries keep the file's order.
public struct Mapping: Sendable {
  /// One key and its value.
  public struct Entry: Sendable {
    /// The key, a scalar.
    public var key: Scalar
    /// The value.
    public var value: Node

    /// Creates an entry.
    public init(key: Scalar, value: Node) {
      self.key = key
      self.value = value
    }
  }

  /// The entries in file order.
  public var entries: [Entry]
  /// Where it is.
  public var range: SourceRange

  /// Creates a mapping.
  public init(entries: [Entry], range: SourceRange) {
    self.entries = entries
    self.range = range
  }

  /// The entry whose key text is `key`.
  public func entry(_ key: String) -> Entry? {
    guard let index = index(of: key) else { return nil }
    return entries[index]
  }

  /// The value for `key`, or nil when the key is absent.
  public subscript(key: String) -> Node? {
    guard let index = index(of: key) else { return nil }
    return entries[index].value
  }

  /// The position of `key` in `entries` (a linear scan: mappings in rule files and declarations are
  /// small, and a scan copies nothing).
  private func index(of key: String) -> Int? {
    var index = 0
    while index < entries.count {
      if entries[index].key.text == key { return index }
      index += 1
    }
    return nil
  }
}
