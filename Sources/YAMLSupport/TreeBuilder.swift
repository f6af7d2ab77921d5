/// Builds a `Node` tree from parser events with an explicit stack, enforcing `YAMLLimits`.
///
/// Besides the nodes it tracks, for every subtree, how many nodes it holds and how deep it is, so
/// that an alias can be charged for the whole subtree it repeats: an alias bomb fails at the first
/// alias that passes the node limit, in time proportional to the file, not to its expansion.
struct TreeBuilder {
  private struct Built {
    var node: Node
    var count: Int
    var height: Int
  }

  private struct Frame {
    var isMapping: Bool
    var anchor: String?
    var start: SourceLocation
    var items: [Node] = []
    var entries: [Mapping.Entry] = []
    var pendingKey: Scalar?
    var keyLines: [String: SourceLocation] = [:]
    var count = 1
    var height = 1
  }

  private let source: SourceFile
  private let limits: YAMLLimits
  private var stack: [Frame] = []
  private var anchors: [String: Built] = [:]
  private var totalNodes = 0
  private(set) var root: Node?

  init(source: SourceFile, limits: YAMLLimits) {
    self.source = source
    self.limits = limits
  }

  mutating func add(scalar value: (Scalar, anchor: String?)) throws(Diagnostic) {
    let built = Built(node: .scalar(value.0), count: 1, height: 0)
    try charge(1, at: value.0.location)
    try attach(built, anchor: value.anchor)
  }

  mutating func addAlias(named name: String?, at location: SourceLocation) throws(Diagnostic) {
    guard let name, let built = anchors[name] else {
      throw Diagnostic(
        "yaml.unknown-alias", "alias '*\(name ?? "")' names no anchor defined before it",
        at: location, in: source)
    }
    if stack.count + built.height > limits.maxDepth {
      throw Diagnostic(
        "yaml.limit.depth",
        "nesting is deeper than the limit of \(limits.maxDepth) levels once this alias is expanded",
        at: location, in: source)
    }
    try charge(built.count, at: location, viaAlias: true)
    try attach(built, anchor: nil)
  }

  mutating func open(isMapping: Bool, anchor: String?, at location: SourceLocation) throws(Diagnostic)
  {
    if let top = stack.last, top.isMapping, top.pendingKey == nil {
      throw Diagnostic(
        "yaml.complex-key", "a mapping key must be a plain value, not a list or a mapping",
        at: location, in: source)
    }
    guard stack.count < limits.maxDepth else {
      throw Diagnostic(
        "yaml.limit.depth", "nesting is deeper than the limit of \(limits.maxDepth) levels",
        at: location, in: source)
    }
    try charge(1, at: location)
    stack.append(Frame(isMapping: isMapping, anchor: anchor, start: location))
  }

  mutating func close(at end: SourceLocation) throws(Diagnostic) {
    guard let frame = stack.popLast() else { return }
    let range = SourceRange(start: frame.start, end: end)
    let node: Node =
      frame.isMapping
      ? .mapping(Mapping(entries: frame.entries, range: range))
      : .sequence(Sequence(items: frame.items, range: range))
    try attach(Built(node: node, count: frame.count, height: frame.height), anchor: frame.anchor)
  }

  private mutating func charge(
    _ nodes: Int, at location: SourceLocation, viaAlias: Bool = false
  ) throws(Diagnostic) {
    totalNodes += nodes
    if totalNodes > limits.maxNodes {
      let how = viaAlias ? " once this alias is expanded" : ""
      throw Diagnostic(
        "yaml.limit.nodes",
        "the document has more than \(limits.maxNodes) nodes\(how); the limit guards against alias bombs",
        at: location, in: source)
    }
  }

  private mutating func attach(
    _ built: Built, anchor: String?
  ) throws(Diagnostic) {
    if let anchor { anchors[anchor] = built }
    let top = stack.count - 1
    guard top >= 0 else {
      root = built.node
      return
    }
    // Mutate the open frame in place: no copy of its entries.
    stack[top].count += built.count
    stack[top].height = max(stack[top].height, built.height + 1)
    guard stack[top].isMapping else {
      stack[top].items.append(built.node)
      return
    }
    if let key = stack[top].pendingKey {
      stack[top].entries.append(Mapping.Entry(key: key, value: built.node))
      stack[top].pendingKey = nil
      return
    }
    guard case .scalar(let key) = built.node else {
      throw Diagnostic(
        "yaml.complex-key", "a mapping key must be a plain value, not a list or a mapping",
        at: built.node.location, in: source)
    }
    if let first = firstLocation(of: key.text, in: stack[top]) {
      throw Diagnostic(
        "yaml.duplicate-key",
        "duplicate key '\(key.text)'; it was first given on line \(first.line)",
        at: key.location, in: source,
        notes: [.init("'\(key.text)' first given here", at: first)])
    }
    if stack[top].entries.count >= Self.linearKeyLimit { stack[top].keyLines[key.text] = key.location }
    stack[top].pendingKey = key
  }

  /// Mappings up to this size are searched linearly for duplicate keys; larger ones use a table.
  private static let linearKeyLimit = 16

  private func firstLocation(of key: String, in frame: Frame) -> SourceLocation? {
    if let location = frame.keyLines[key] { return location }
    for entry in frame.entries.prefix(Self.linearKeyLimit) where entry.key.text == key {
      return entry.key.location
    }
    return nil
  }
}
