// Fuzz target `yaml`: bytes → YAMLDocument.parse (the YAMLSupport layer over libyaml).
//
// Invariants: parsing never traps; a failure is a Diagnostic whose positions lie in the input
// (line ≥ 1, column ≥ 1, line ≤ lines + 1, column ≤ line width + 1) and whose rendering holds no
// control characters; a success respects YAMLLimits (depth, nodes after alias expansion), has
// unique keys in every mapping and positions inside the input; parsing twice gives the same tree
// or the same diagnostic; parseMapping agrees with parse.

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
  let second = outcome(source, shape: shape)
  Fuzz.require(first == second, "determinism", "two parses differ:\n\(first)\n---\n\(second)")
  return 0
}

/// The result of one parse as text, after checking its invariants.
private func outcome(_ source: SourceFile, shape: InputShape) -> String {
  let limits = YAMLLimits.default
  do {
    let node = try YAMLDocument.parse(source)
    var stats = TreeStats()
    stats.visit(node, depth: 0, shape: shape)
    // The root is depth 0, so a tree of maxDepth nested collections has height maxDepth.
    Fuzz.require(stats.height <= limits.maxDepth, "limit-depth", "tree height \(stats.height) > \(limits.maxDepth)")
    Fuzz.require(stats.nodes <= limits.maxNodes, "limit-nodes", "\(stats.nodes) nodes > \(limits.maxNodes)")
    if stats.nodes > TreeStats.budget {
      // An alias expansion: the checks above covered the first `budget` nodes.
      return "large tree, \(stats.nodes)+ nodes"
    }
    let mapping = Result { () throws(Diagnostic) in try YAMLDocument.parseMapping(source) }
    switch (node, mapping) {
    case (.mapping, .success): break
    case (.mapping, .failure(let error)): Fuzz.require(false, "parse-mapping", "parse gave a mapping, parseMapping failed: \(error)")
    case (_, .success): Fuzz.require(false, "parse-mapping", "parseMapping accepted a root that is \(node.kindDescription)")
    case (_, .failure(let error)):
      Fuzz.require(error.code == "yaml.root", "parse-mapping", "parseMapping failed with \(error.code), expected yaml.root")
      shape.check(error)
    }
    var dump = ""
    node.dump(into: &dump)
    return dump
  } catch {
    shape.check(error)
    return "error \(error.code) \(error.location) \(error.message)"
  }
}

private struct TreeStats {
  /// Nodes checked one by one; an alias can expand a few kilobytes to 1,000,000 nodes (the limit),
  /// and walking those would take the harness, not the parser, past libFuzzer's timeout.
  static let budget = 50_000
  var nodes = 0
  var height = 0

  mutating func visit(_ node: Node, depth: Int, shape: InputShape) {
    nodes += 1
    guard nodes <= Self.budget else { return }
    let range = node.range
    shape.check(range.start, "the start of a node")
    shape.check(range.end, "the end of a node")
    Fuzz.require(range.start <= range.end, "range-order", "a node ends before it starts: \(range.start) > \(range.end)")
    _ = node.kindDescription
    switch node {
    case .scalar(let scalar):
      _ = scalar.value
      _ = scalar.isNull
    case .sequence(let sequence):
      height = max(height, depth + 1)
      for item in sequence.items { visit(item, depth: depth + 1, shape: shape) }
    case .mapping(let mapping):
      height = max(height, depth + 1)
      var keys = Set<String>()
      for entry in mapping.entries {
        Fuzz.require(keys.insert(entry.key.text).inserted, "unique-keys", "key '\(entry.key.text)' twice in the mapping at \(mapping.range.start)")
        Fuzz.require(mapping[entry.key.text] != nil, "key-lookup", "mapping lookup misses key '\(entry.key.text)'")
        visit(.scalar(entry.key), depth: depth + 1, shape: shape)
        visit(entry.value, depth: depth + 1, shape: shape)
      }
    }
  }
}
