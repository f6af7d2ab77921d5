import Foundation
import TestSupport
import Testing

/// A declaration's memory is bounded by a multiple of its size: a list of half a million short
/// items once cost a piece of evidence per item while `each` ran over it (docs/robustness.md,
/// "Memory"). Peak memory is read by `/usr/bin/time`; under a sanitizer, which adds shadow memory
/// and a quarantine of its own, the test is skipped.
@Suite(.serialized) struct MemoryTests {
  static let time = "/usr/bin/time"
  static let declaration = "Examples/declarations/nordlys-cloud.yaml"
  /// Bytes of peak memory a byte of declaration may add: about 85 bytes per node (its YAML record
  /// and its value) for a list whose items take 2 bytes each, with room to spare.
  static let bytesPerByte = 64

  static var canMeasure: Bool {
    let environment = ProcessInfo.processInfo.environment
    let sanitized = ["ASAN_OPTIONS", "TSAN_OPTIONS", "DPACHECK_BINARY"].contains { environment[$0] != nil }
    return !sanitized && FileManager.default.isExecutableFile(atPath: time)
  }

  /// The peak resident memory of `dpacheck check FILE`, in bytes.
  private static func peakMemory(checking file: String, in directory: URL) throws -> Int {
    let report = directory.appendingPathComponent("time.txt").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: time)
    process.arguments = ["-f", "%M", "-o", report, CLI.binary, "check", file, "--as-of", "2026-11-26"]
    process.currentDirectoryURL = Package.root
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect([0, 1].contains(process.terminationStatus), "exit \(process.terminationStatus) for \(file)")
    let text = try String(contentsOfFile: report, encoding: .utf8)
    // The last line holds the figure (a signal would add a line before it).
    let kilobytes = text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    return try #require(kilobytes, "no figure in '\(text)'") * 1024
  }

  @Test(.enabled(if: canMeasure, "needs /usr/bin/time and a binary without a sanitizer"))
  func aLongListCostsABoundedMultipleOfItsSize() throws {
    try withTemporaryDirectory(prefix: "dpacheck-memory") { directory in
      let text = try String(contentsOfFile: Package.path(Self.declaration), encoding: .utf8)
      let list = "  purposes: [" + Array(repeating: "p", count: 450_000).joined(separator: ",") + "]"
      let big = text.replacingOccurrences(of: "  purposes: [case handling, archiving]", with: list)
      try #require(big != text)
      let file = directory.appendingPathComponent("purposes.yaml")
      try Data(big.utf8).write(to: file)
      let base = try Self.peakMemory(checking: Self.declaration, in: directory)
      let peak = try Self.peakMemory(checking: file.path, in: directory)
      let added = peak - base
      #expect(
        added < Self.bytesPerByte * big.utf8.count,
        "a \(big.utf8.count)-byte declaration peaks at \(peak / 1024) KB, \(added / 1024) KB above a small one")
    }
  }
}
