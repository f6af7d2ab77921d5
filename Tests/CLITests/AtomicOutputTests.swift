import Foundation
import TestSupport
import Testing

/// `-o FILE` never leaves a partial report, even when the process is killed mid-run.
@Suite(.serialized) struct AtomicOutputTests {
  /// A portfolio large enough that the run is still going when it is interrupted.
  private func portfolio(_ count: Int) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-atomic-\(UUID().uuidString)")
    let vendors = directory.appendingPathComponent("vendors")
    try FileManager.default.createDirectory(at: vendors, withIntermediateDirectories: true)
    let text = try String(contentsOfFile: Package.path("Examples/declarations/nordlys-cloud.yaml"), encoding: .utf8)
    for index in 0..<count {
      try text.replacingOccurrences(of: "Nordlys Cloud ApS", with: "Vendor \(index)")
        .write(to: vendors.appendingPathComponent("v\(index).yaml"), atomically: false, encoding: .utf8)
    }
    return directory
  }

  private func interrupt(with signal: Int32, after milliseconds: UInt32) throws -> (old: String, now: String?, leftovers: [String]) {
    let directory = try portfolio(1500)
    let target = directory.appendingPathComponent("report.json")
    try "OLD REPORT\n".write(to: target, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = ["check", "vendors", "--format", "json", "-o", "report.json", "--as-of", "2026-11-26"]
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    usleep(milliseconds * 1000)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    let now = try? String(contentsOf: target, encoding: .utf8)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0 != "vendors" && $0 != "report.json" }
    return ("OLD REPORT\n", now, leftovers)
  }

  @Test func interruptedRunLeavesTheOldReportAndNoTemporaryFile() throws {
    let result = try interrupt(with: SIGTERM, after: 400)
    #expect(result.now == result.old, "the target was replaced by a partial report")
    #expect(result.leftovers.isEmpty, "left behind: \(result.leftovers)")
  }

  @Test func killedRunLeavesTheOldReport() throws {
    let result = try interrupt(with: SIGKILL, after: 400)
    // SIGKILL cannot be handled: a temporary file may remain, but the target is never partial.
    #expect(result.now == result.old)
  }

  @Test func completedRunReplacesTheReportWhole() throws {
    let directory = try portfolio(20)
    try "OLD REPORT\n".write(to: directory.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "vendors", "--format", "json", "-o", "report.json", "--as-of", "2026-11-26"], in: directory.path)
    #expect(result.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("report.json"))) as? [String: Any]
    #expect((json?["declarations"] as? [Any])?.count == 20)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["report.json", "vendors"])
  }

  @Test func deviceTargetIsWrittenThroughNotReplaced() throws {
    let result = try CLI.run(["check", "Examples/declarations/nordlys-cloud.yaml", "--as-of", "2026-11-26", "-o", "/dev/null"])
    #expect(result.status == 0)
    var status = stat()
    #expect(stat("/dev/null", &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR, "/dev/null is no longer a device")
  }

  @Test func unwritableTargetExitsTwoWithoutPartialFiles() throws {
    let result = try CLI.run(["check", "Examples/declarations/nordlys-cloud.yaml", "-o", "/nonexistent-folder/report.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot write the report to '/nonexistent-folder/report.txt'"))
  }
}
