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
