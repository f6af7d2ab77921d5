// The YAML layer alone: parse each file into a node tree with positions, as dpacheck does, and
// report the number of nodes (so the work cannot be skipped). Used by Benchmarks/bench.sh.
import Foundation
import YAMLSupport

func count(_ node: Node) -> Int {
  switch node {
  case .scalar: return 1
  case .sequence(let sequence): return 1 + sequence.items.reduce(0) { $0 + count($1) }
  case .mapping(let mapping): return 1 + mapping.entries.reduce(0) { $0 + 1 + count($1.value) }
  }
}

var total = 0
for path in CommandLine.arguments.dropFirst() {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
    exit(2)
  }
  let limits = YAMLLimits(maxDepth: 256, maxNodes: 10_000_000, maxInputBytes: 64 * 1024 * 1024)
  do {
    total += count(try YAMLDocument.parse(SourceFile(name: path, bytes: [UInt8](data)), limits: limits))
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
  }
}
print("\(total) nodes")
