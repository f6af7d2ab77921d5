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

  /// The inputs of the `rulepack` target, which reads each both as the requirements file of an extra
  /// pack beside the shipped ones and as a profile.
  static var rulepackFiles: [String] { files.filter { $0.hasPrefix("rulepack-") } }

  /// The pack the `rulepack` target puts the input in (`Fuzz/rulepack.swift`).
  static let fuzzPack = """
    format: dpacheck/pack/v1
    id: fuzz
    title: {da: "Fuzz-pakke", en: "Fuzz pack"}
    version: "1"
    examples_as_of: 2026-11-26

    """

  @Test(arguments: rulepackFiles)
  func rulepackRegressionInputIsHandledCleanly(_ file: String) throws {
    let input = Package.path("\(Self.folder)/\(file)")
    let declaration = "Examples/declarations/nordlys-cloud.yaml"
    let asProfile = try CLI.run(["check", declaration, "--profile", input, "--as-of", "2026-11-26"], timeout: 10)
    #expect([0, 1, 2].contains(asProfile.status), "as a profile: exit \(asProfile.status)")
    try withTemporaryDirectory(prefix: "dpacheck-fuzz-rules") { directory in
      let rules = directory.appendingPathComponent("rules").path
      try BadInputTests.copy(Package.path("Rules"), to: rules)
      try FileManager.default.createDirectory(atPath: "\(rules)/fuzz", withIntermediateDirectories: true)
      try Data(Self.fuzzPack.utf8).write(to: URL(fileURLWithPath: "\(rules)/fuzz/pack.yaml"))
      try Data(contentsOf: URL(fileURLWithPath: input)).write(to: URL(fileURLWithPath: "\(rules)/fuzz/r.yaml"))
      let profile = "format: dpacheck/profile/v1\npacks: [fuzz]\nfail_on: low\n"
      try Data(profile.utf8).write(to: URL(fileURLWithPath: "\(rules)/profiles/fuzz-profile.yaml"))
      let test = try CLI.run(["rules", "test", "--rules", rules], timeout: 10)
      #expect([0, 1, 2].contains(test.status), "rules test: exit \(test.status)")
      let check = try CLI.run(
        ["check", declaration, "--rules", rules, "--profile", "fuzz-profile", "--as-of", "2026-11-26"], timeout: 10)
      #expect([0, 1, 2].contains(check.status), "as a requirements file: exit \(check.status)")
    }
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
