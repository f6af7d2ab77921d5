// The YAML layer alone: parse each file into a node tree with positions, as dpacheck does, and
// report the number of nodes (so the work cannot be skipped). Used by Benchmarks/bench.sh.
// Files are read with the C library, as the C baseline reads them.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import YAMLSupport

func count(_ node: Node) -> Int {
  switch node {
  case .scalar: return 1
  case .sequence(let sequence): return 1 + sequence.items.reduce(0) { $0 + count($1) }
  case .mapping(let mapping): return 1 + mapping.entries.reduce(0) { $0 + 1 + count($1.value) }
  }
}

func fail(_ message: String) -> Never {
  let line = Array((message + "\n").utf8)
  _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(2)
}

func contents(of path: String) -> [UInt8] {
  guard let file = fopen(path, "rb") else { fail("\(path): cannot read") }
  defer { fclose(file) }
  fseek(file, 0, SEEK_END)
  let size = ftell(file)
  fseek(file, 0, SEEK_SET)
  return [UInt8](unsafeUninitializedCapacity: max(size, 0)) { buffer, count in
    count = buffer.baseAddress.map { fread($0, 1, buffer.count, file) } ?? 0
  }
}

var total = 0
for path in CommandLine.arguments.dropFirst() {
  let limits = YAMLLimits(maxDepth: 256, maxNodes: 10_000_000, maxInputBytes: 64 * 1024 * 1024)
  do {
    total += count(try YAMLDocument.parse(SourceFile(name: path, bytes: contents(of: path)), limits: limits))
  } catch {
    fail("\(error)")
  }
}
print("\(total) nodes")
