import Foundation
import TestSupport
import Testing

/// Every example declaration's outcome under the default profile on 2026-11-26: which requirements
/// are gaps, whether any are unanswered, and the exit code.
@Suite struct ExampleDeclarationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var gaps: Set<String>
    var unanswered: ClosedRange<Int>
    var exit: Int32
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    Case(file: "nordlys-cloud.yaml", gaps: [], unanswered: 0...0, exit: 0),
    Case(file: "faroe-norway.yaml", gaps: [], unanswered: 0...0, exit: 0),
    Case(file: "health-platform.yaml", gaps: [], unanswered: 0...0, exit: 0),
    Case(file: "school-app-children.yaml", gaps: [], unanswered: 0...0, exit: 0),
    Case(file: "us-subprocessor-dpf.yaml", gaps: [], unanswered: 0...0, exit: 0),
    Case(file: "three-level-chain.yaml", gaps: [], unanswered: 0...0, exit: 0),
    Case(file: "us-subprocessor-uncertified.yaml", gaps: ["TRF-02c"], unanswered: 0...0, exit: 1),
    Case(file: "greenland-support.yaml", gaps: ["TRF-02d"], unanswered: 0...0, exit: 1),
    Case(file: "scc-without-tia.yaml", gaps: ["TRF-03"], unanswered: 0...0, exit: 1),
    Case(file: "late-breach-notice.yaml", gaps: ["BR-01"], unanswered: 0...0, exit: 1),
    Case(file: "stale-evidence.yaml", gaps: ["ASR-01", "ASR-02", "ASR-03", "SUB-09"], unanswered: 0...0, exit: 1),
    Case(
      file: "startup-unanswered.yaml", gaps: ["ASR-01", "ASR-02", "ASR-03", "END-01", "INS-06", "SUB-01", "TRF-02c"],
      unanswered: 40...200, exit: 1),
  ]

  @Test(arguments: cases)
  func outcomeUnderTheDefaultProfile(_ testCase: Case) throws {
    let result = try CLI.run([
      "check", "Examples/declarations/\(testCase.file)", "--as-of", "2026-11-26", "--format", "json",
    ])
    #expect(result.status == testCase.exit, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let declaration = try #require((json["declarations"] as? [[String: Any]])?.first)
    let findings = try #require(declaration["findings"] as? [[String: Any]])
    let gaps = Set(findings.filter { $0["status"] as? String == "gap" }.compactMap { $0["rule"] as? String })
    #expect(gaps == testCase.gaps)
    let unanswered = findings.filter { $0["status"] as? String == "unanswered" }.count
    #expect(testCase.unanswered.contains(unanswered), "\(unanswered) unanswered")
  }

  @Test func everyExampleIsCovered() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Package.path("Examples/declarations")).filter {
      $0.hasSuffix(".yaml")
    }
    #expect(Set(files) == Set(Self.cases.map(\.file)))
  }

  /// The status of each requirement in the JSON report of a single declaration.
  private func statuses(_ result: CLI.Result) throws -> [String: String] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let declarations = try #require(json["declarations"] as? [[String: Any]])
    try #require(declarations.count == 1)
    let findings = try #require(declarations[0]["findings"] as? [[String: Any]])
    var statuses: [String: String] = [:]
    for finding in findings {
      let rule = try #require(finding["rule"] as? String)
      statuses[rule] = try #require(finding["status"] as? String)
    }
    return statuses
  }

  @Test func healthProfileIsStricter() throws {
    let file = "Examples/declarations/nordlys-cloud.yaml"
    let kommune = try CLI.run(["check", file, "--as-of", "2026-11-26", "--format", "json"])
    let sundhed = try CLI.run([
      "check", file, "--as-of", "2026-11-26", "--profile", "kommune-sundhed", "--format", "json",
    ])
    #expect(kommune.status == 0, "\(kommune.stderr)")
    #expect(sundhed.status == 1, "\(sundhed.stderr)")
    // The health profile keeps look-up logs for 365 days: Nordlys's retention meets kommune, not that.
    let underKommune = try statuses(kommune)
    let underSundhed = try statuses(sundhed)
    #expect(underKommune["SEC-10"] == "met")
    #expect(underSundhed["SEC-10"] == "gap")
    // The health profile's 24 h breach notice is met by Nordlys's 24 h.
    #expect(underSundhed["BR-01"] == "met")
    let text = try CLI.run(["check", file, "--as-of", "2026-11-26", "--profile", "kommune-sundhed"])
    #expect(text.status == 1, "\(text.stderr)")
    #expect(!text.stdout.contains("BR-01"), "24 h meets the health profile's 24 h")
  }
}
