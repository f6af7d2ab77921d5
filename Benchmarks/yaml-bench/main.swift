import ComplianceCore
import Frontend
import YAMLSupport

// The YAML layer alone: parse each file into a node tree with positions, as dpacheck does, and
// report the number of nodes (so the work cannot be skipped). Used by Benchmarks/bench.sh.
// Files are read as dpacheck reads them (InputFile, POSIX), with a 64 MiB limit.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

func count(_ node: Node) -> Int {
  switch node {
  case .scalar: return 1
  case .sequence(let sequence): return 1 + sequence.items.reduce(0) { $0 + count($1) }
  case .mapping(let mapping): return 1 + mapping.entries.reduce(0) { $0 + 1 + count($1.value) }
  }
}

let limits = YAMLLimits(maxDepth: 256, maxNodes: 10_000_000, maxInputBytes: 64 * 1024 * 1024)
var total = 0
for path in CommandLine.arguments.dropFirst() {
  do {
    let source = SourceFile(name: path, bytes: try InputFile.read(path, limit: limits.maxInputBytes))
    total += count(try YAMLDocument.parse(source, limits: limits))
  } catch {
    StandardError.write("\(error)\n")
    exit(2)
  }
}
print("\(total) nodes")
