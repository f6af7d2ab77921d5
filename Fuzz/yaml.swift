// Fuzz target `yaml`: bytes → YAMLDocument.parse (the YAMLSupport layer over libyaml).
//
// Invariants: parsing never traps; a failure is a Diagnostic whose positions lie in the input
// (line ≥ 1, column ≥ 1, line ≤ lines + 1, column ≤ line width + 1) and whose rendering holds no
// control characters; a success respects YAMLLimits (depth, nodes after alias expansion), has
// unique keys in every mapping and positions inside the input; parsing twice gives the same tree
// or the same diagnostic; parseMapping agrees with parse. Each distinct node is checked once
// (TreeWalk), so that an alias bomb costs the harness no more than the parser.

import YAMLSupport

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
  Fuzz.warmUp(with: "Examples/declarations/nordlys-cloud.yaml", fuzz)
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let source = Fuzz.source(data, size, name: "fuzz.yaml")
  let shape = InputShape(source)
  let first = outcome(source, shape: shape)
  // The second parse is only compared: its checks would repeat the first's on the same result.
  let second = outcome(source, shape: nil)
  Fuzz.require(first == second, "determinism", "two parses differ:\n\(first)\n---\n\(second)")
  return 0
}

/// The result of one parse as text, after checking its invariants (unless `shape` is nil).
private func outcome(_ source: SourceFile, shape: InputShape?) -> String {
  let limits = YAMLLimits.default
  do {
    let node = try YAMLDocument.parse(source)
    var walk = TreeWalk(shape: shape)
    let tree = walk.visit(node)
    guard let shape else { return walk.dump }
    // The root is depth 0, so a tree of maxDepth nested collections has height maxDepth.
    Fuzz.require(tree.height <= limits.maxDepth, "limit-depth", "tree height \(tree.height) > \(limits.maxDepth)")
    Fuzz.require(tree.nodes <= limits.maxNodes, "limit-nodes", "\(tree.nodes) nodes > \(limits.maxNodes)")
    let mapping = Result { () throws(Diagnostic) in try YAMLDocument.parseMapping(source) }
    switch (node, mapping) {
    case (.mapping, .success): break
    case (.mapping, .failure(let error)):
      Fuzz.require(false, "parse-mapping", "parse gave a mapping, parseMapping failed: \(error)")
    case (_, .success):
      Fuzz.require(false, "parse-mapping", "parseMapping accepted a root that is \(node.kindDescription)")
    case (_, .failure(let error)):
      Fuzz.require(
        error.code == .yamlRoot, "parse-mapping", "parseMapping failed with \(error.code), expected yaml.root")
      shape.check(error)
    }
    return walk.dump
  } catch {
    shape?.check(error)
    return "error \(error.code) \(error.location) \(error.message)"
  }
}

/// Checks every node of a tree and dumps it, visiting each distinct node once.
///
/// An alias shares the node it names, so a few kilobytes can expand to 1,000,000 nodes (the limit):
/// walking the expansion took the harness, not the parser, past libFuzzer's timeout, and a walk
/// cut short could not check the node limit. A node met again (the same kind and range: the same
/// text) is not walked again: its size and height are the ones its first visit found, and the
/// dump refers back to it by number.
private struct TreeWalk {
  private struct Key: Hashable {
    var kind: UInt8
    var start: Int32, startColumn: Int32, end: Int32, endColumn: Int32
  }

  /// Checks positions; nil dumps the tree without checking it.
  let shape: InputShape?
  /// A canonical text of the tree, to compare two parses.
  private(set) var dump = ""
  /// Each node visited: its number in the dump, the nodes it holds after alias expansion (itself
  /// included) and its height (0 for a scalar, 1 + its children's for a collection).
  private var seen: [Key: (number: Int, nodes: Int, height: Int)] = [:]

  init(shape: InputShape?) { self.shape = shape }

  mutating func visit(_ node: Node) -> (nodes: Int, height: Int) {
    let range = node.range
    let start = range.start
    let end = range.end
    let kind: UInt8 =
      switch node {
      case .scalar: 0
      case .sequence: 1
      case .mapping: 2
      }
    let key = Key(
      kind: kind, start: Int32(clamping: start.line), startColumn: Int32(clamping: start.column),
      end: Int32(clamping: end.line), endColumn: Int32(clamping: end.column))
    if let known = seen[key] {
      dump += "=\(known.number)\n"
      return (known.nodes, known.height)
    }
    let number = seen.count
    seen[key] = (number, 1, 0)  // a placeholder: a node cannot hold itself
    if let shape {
      shape.check(start, "the start of a node")
      shape.check(end, "the end of a node")
      Fuzz.require(start <= end, "range-order", "a node ends before it starts: \(start) > \(end)")
      _ = node.kindDescription
    }
    var nodes = 1
    var height = 0
    func add(_ child: (nodes: Int, height: Int)) {
      nodes = min(nodes + child.nodes, Int.max / 2)
      height = max(height, child.height + 1)
    }
    switch node {
    case .scalar(let scalar):
      if shape != nil {
        _ = scalar.value
        _ = scalar.isNull
      }
      let tag = scalar.tag?.longForm ?? "-"
      dump += "S\(scalar.style.rawValue)|\(tag)|\(start.line):\(start.column)|\(scalar.text.debugDescription)\n"
    case .sequence(let sequence):
      dump += "[\(start.line):\(start.column)\n"
      height = 1
      for item in sequence.items { add(visit(item)) }
      dump += "]\n"
    case .mapping(let mapping):
      dump += "{\(start.line):\(start.column)\n"
      height = 1
      var keys = Set<String>()
      for entry in mapping.entries {
        if shape != nil {
          Fuzz.require(
            keys.insert(entry.key.text).inserted, "unique-keys",
            "key '\(entry.key.text)' twice in the mapping at \(mapping.range.start)")
          Fuzz.require(mapping[entry.key.text] != nil, "key-lookup", "mapping lookup misses key '\(entry.key.text)'")
        }
        add(visit(.scalar(entry.key)))
        add(visit(entry.value))
      }
      dump += "}\n"
    }
    seen[key] = (number, nodes, height)
    return (nodes, height)
  }
}
