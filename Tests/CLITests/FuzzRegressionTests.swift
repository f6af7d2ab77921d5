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

  /// The inputs of the `check` target: valid declarations, whose JSON report has findings to compare.
  static var checkFiles: [String] { files.filter { $0.hasPrefix("check-") } }

  @Test func thereAreCheckRegressionInputs() {
    #expect(!Self.checkFiles.isEmpty)
  }

  @Test(arguments: checkFiles)
  func jsonReportOfARegressionInputReadsBackAsABaseline(_ file: String) throws {
    try withTemporaryDirectory(prefix: "dpacheck-fuzz") { directory in
      let report = directory.appendingPathComponent("report.json").path
      let input = Package.path("\(Self.folder)/\(file)")
      let first = try CLI.run(["check", input, "--as-of", "2026-11-26", "--format", "json", "-o", report], timeout: 10)
      #expect([0, 1].contains(first.status), "exit \(first.status): \(first.stderr)")
      let second = try CLI.run(["check", input, "--as-of", "2026-11-26", "--baseline", report], timeout: 10)
      #expect(second.status == 0, "the report does not read back as a baseline: \(second.stderr)")
      // The declaration is found in its own report, with the same findings and answers.
      #expect(second.stdout.contains("Changes since the baseline:\n    no changes\n"), "\(second.stdout)")
      #expect(!second.stdout.contains("The declaration was not in the baseline"), "\(second.stdout)")
    }
  }
}
