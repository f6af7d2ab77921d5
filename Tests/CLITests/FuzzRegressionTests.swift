import Foundation
import TestSupport
import Testing

/// Inputs that fuzzing once found trouble with: each must now give a clean result — exit 0, 1 or 2,
/// no crash — and no raw control character in what reaches the terminal.
@Suite struct FuzzRegressionTests {
  static let folder = "Tests/Fixtures/fuzz-regressions"

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: Package.path(folder))) ?? []).sorted()
  }

  @Test func thereAreRegressionInputs() {
    #expect(!Self.files.isEmpty)
  }

  @Test(arguments: files)
  func regressionInputIsHandledCleanly(_ file: String) throws {
    let result = try CLI.run(["check", "\(Self.folder)/\(file)", "--as-of", "2026-11-26"], timeout: 10)
    #expect([0, 1, 2].contains(result.status), "exit \(result.status)")
    let controls = (result.stdout + result.stderr).unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty, "control characters reach the terminal: \(controls.map { String($0.value, radix: 16) })")
  }

  @Test(arguments: files)
  func jsonReportOfARegressionInputReadsBackAsABaseline(_ file: String) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let report = directory.appendingPathComponent("report.json").path
    let input = Package.path("\(Self.folder)/\(file)")
    let first = try CLI.run(["check", input, "--as-of", "2026-11-26", "--format", "json", "-o", report], timeout: 10)
    guard first.status != 2 else { return }  // an invalid declaration has no findings to compare
    let second = try CLI.run(["check", input, "--as-of", "2026-11-26", "--baseline", report], timeout: 10)
    #expect(second.status == 0, "the report does not read back as a baseline: \(second.stderr)")
  }
}
