/// Builds a document's `NodeStorage` from parser events with an explicit stack, enforcing
/// `YAMLLimits`.
///
/// Besides the nodes it tracks, for every subtree, how many nodes it holds and how deep it is, so
/// that an alias can be charged for the whole subtree it repeats: an alias bomb fails at the first
/// alias that passes the node limit, in time proportional to the file, not to its expansion. An
/// alias shares the node it names, so the storage never grows with an expansion; only its own
/// position and name are kept, so that it is reported where it is written.
struct TreeBuilder {
  private struct Built {
    var index: Int32
    var count: Int
    var height: Int
    /// For an anchored node that an alias has named: where the anchor's name is in the text.
    var name: (first: Int32, count: Int32)?
  }

  /// An open container. Plain values only, so that reading and updating the top frame copies
  /// no references; its anchor and its table of keys are kept beside the stack.
  private struct Frame {
    var index: Int32
    var isMapping: Bool
    /// Where this container's children start in `pending`.
    var pendingStart: Int
    var hasPendingKey = false
    var count = 1
    var height = 1
  }

  private let source: SourceFile
  private let limits: YAMLLimits
  private var storage = NodeStorage.Builder()
  private var stack: [Frame] = []
  /// The anchor of each open container, parallel to `stack`.
  private var frameAnchors: [String?] = []
  /// For each open mapping past `linearKeyLimit` keys, where its keys were given; parallel to
  /// `stack`, and empty (no allocation) for every smaller container.
  private var keyTables: [[String: SourceLocation]] = []
  /// The children of every open container, innermost last.
  private var pending: [Int32] = []
  /// The aliases among `pending`, their `slot` being their index there, in order.
  private var pendingAliases: [AliasRecord] = []
  private var anchors: [String: Built] = [:]
  private var totalNodes = 0
  private var rootIndex: Int32?

  init(source: SourceFile, limits: YAMLLimits) {
    self.source = source
    self.limits = limits
    storage.reserve(forInput: source.byteCount)
  }

  /// The finished tree's root, once the document has ended.
  func root() -> Node? {
    rootIndex.map { Node(storage.finish(file: source.name), $0) }
  }

  mutating func addScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: ScalarTag?, anchor: String?,
    start: (line: Int, column: Int), end: (line: Int, column: Int)
  ) throws(Diagnostic) {
    try charge(1, at: start)
    try checkRoom(forText: bytes.count, at: start)
    let index = storage.addScalar(bytes, style: style, tag: tag, start: start, end: end)
    try attach(Built(index: index, count: 1, height: 0), anchor: anchor)
  }

  mutating func addAlias(
    named name: String?, at position: (line: Int, column: Int), end: (line: Int, column: Int)
  ) throws(Diagnostic) {
    guard let name, var built = anchors[name] else {
      throw Diagnostic(.yamlUnknownAlias, .text(name ?? ""), at: location(position), in: source)
    }
    if stack.count + built.height > limits.maxDepth {
      throw Diagnostic(.yamlDepthThroughAlias, .number(limits.maxDepth), at: location(position), in: source)
    }
    try charge(built.count, at: position, viaAlias: true)
    try checkRoom(forText: name.utf8.count, at: position)
    // The name is kept once per anchor, when an alias first names it.
    let (nameFirst, nameCount) = built.name ?? storage.addAliasName(name)
    if built.name == nil {
      built.name = (nameFirst, nameCount)
      anchors[name] = built
    }
    let alias = AliasRecord(
      slot: 0, startLine: Int32(clamping: position.line), startColumn: Int32(clamping: position.column),
      endLine: Int32(clamping: end.line), endColumn: Int32(clamping: end.column),
      nameFirst: nameFirst, nameCount: nameCount)
    try attach(built, anchor: nil, alias: alias)
  }

  mutating func open(
    isMapping: Bool, anchor: String?, at position: (line: Int, column: Int)
  ) throws(Diagnostic) {
    if let top = stack.last, top.isMapping, !top.hasPendingKey {
      throw Diagnostic(.yamlComplexKey, at: location(position), in: source)
    }
    guard stack.count < limits.maxDepth else {
      throw Diagnostic(.yamlDepth, .number(limits.maxDepth), at: location(position), in: source)
    }
    try charge(1, at: position)
    try checkRoom(forText: 0, at: position)
    let index = storage.open(isMapping ? .mapping : .sequence, line: position.line, column: position.column)
    stack.append(Frame(index: index, isMapping: isMapping, pendingStart: pending.count))
    frameAnchors.append(anchor)
    keyTables.append([:])
  }

  mutating func close(at end: (line: Int, column: Int)) throws(Diagnostic) {
    guard let frame = stack.popLast() else { return }
    let anchor = frameAnchors.removeLast()
    keyTables.removeLast()
    // This container's aliases are the last ones pending; found from the end, so that closing
    // costs only its own.
    var firstAlias = pendingAliases.count
    while firstAlias > 0 && pendingAliases[firstAlias - 1].slot >= frame.pendingStart { firstAlias -= 1 }
    let aliases = pendingAliases[firstAlias...].map { alias in
      var alias = alias
      alias.slot -= Int32(frame.pendingStart)
      return alias
    }
    pendingAliases.removeSubrange(firstAlias...)
    storage.close(
      frame.index, children: pending[frame.pendingStart...], aliases: aliases, line: end.line, column: end.column)
    pending.removeSubrange(frame.pendingStart...)
    try attach(Built(index: frame.index, count: frame.count, height: frame.height), anchor: anchor)
  }

  private func location(_ position: (line: Int, column: Int)) -> SourceLocation {
    SourceLocation(file: source.name, line: position.line, column: position.column)
  }

  private func location(of index: Int32) -> SourceLocation {
    let record = storage.records[Int(index)]
    return SourceLocation(file: source.name, line: Int(record.startLine), column: Int(record.startColumn))
  }

  /// Where a node is written: an alias's own position, else its record's.
  private func location(of index: Int32, alias: AliasRecord?) -> SourceLocation {
    guard let alias else { return location(of: index) }
    return location((Int(alias.startLine), Int(alias.startColumn)))
  }

  /// Where child `position` of `pending` is written.
  private func location(ofPending position: Int) -> SourceLocation {
    let alias = pendingAliases.last { $0.slot == position }
    return location(of: pending[position], alias: alias)
  }

  private mutating func charge(
    _ nodes: Int, at position: (line: Int, column: Int), viaAlias: Bool = false
  ) throws(Diagnostic) {
    totalNodes += nodes
    if totalNodes > limits.maxNodes {
      throw Diagnostic(
        viaAlias ? .yamlNodesThroughAlias : .yamlNodes, .number(limits.maxNodes), at: location(position), in: source)
    }
  }

  /// The storage addresses text and nodes with 32-bit offsets; a document past them (far beyond
  /// any input limit a caller would set) is refused rather than stored wrongly.
  private func checkRoom(forText bytes: Int, at position: (line: Int, column: Int)) throws(Diagnostic) {
    guard storage.hasRoom(forText: bytes) else {
      throw Diagnostic(.yamlStorage, at: location(position), in: source)
    }
  }

  private mutating func attach(_ built: Built, anchor: String?, alias: AliasRecord? = nil) throws(Diagnostic) {
    if let anchor { anchors[anchor] = built }
    let top = stack.count - 1
    guard top >= 0 else {
      rootIndex = built.index
      return
    }
    // Mutate the open frame in place.
    stack[top].count += built.count
    stack[top].height = max(stack[top].height, built.height + 1)
    if var alias {
      alias.slot = Int32(pending.count)
      pendingAliases.append(alias)
    }
    guard stack[top].isMapping, !stack[top].hasPendingKey else {
      pending.append(built.index)
      stack[top].hasPendingKey = false
      return
    }
    guard storage.records[Int(built.index)].kind == .scalar else {
      throw Diagnostic(.yamlComplexKey, at: location(of: built.index, alias: alias), in: source)
    }
    let keys = (pending.count - stack[top].pendingStart) / 2
    if let first = firstLocation(of: built.index, top: top) {
      let key = storage.string(built.index)
      throw Diagnostic(
        .yamlDuplicateKey, .text(key), .number(first.line), at: location(of: built.index, alias: alias), in: source,
        notes: [Diagnostic.Note(.noteFirstGiven, .text(key), at: first)])
    }
    if keys >= Self.linearKeyLimit {
      keyTables[top][storage.string(built.index)] = location(of: built.index, alias: alias)
    }
    pending.append(built.index)
    stack[top].hasPendingKey = true
  }

  /// Mappings up to this size are searched linearly for duplicate keys; larger ones use a table.
  private static let linearKeyLimit = 16

  /// Where the key with the text of scalar `key` was first given in the open mapping `top`.
  private func firstLocation(of key: Int32, top: Int) -> SourceLocation? {
    let start = stack[top].pendingStart
    let keys = (pending.count - start) / 2
    if !keyTables[top].isEmpty, let location = keyTables[top][storage.string(key)] { return location }
    for number in 0..<min(keys, Self.linearKeyLimit) {
      let other = pending[start + 2 * number]
      if storage.sameText(other, key) { return location(ofPending: start + 2 * number) }
    }
    return nil
  }
}
