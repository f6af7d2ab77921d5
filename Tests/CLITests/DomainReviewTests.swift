import Foundation
import TestSupport
import Testing

/// Verdicts of the shipped packs that a Danish DPO would sign, checked through the binary on
/// declarations the DPO would recognise: status, severity, clause and the line of the finding.
@Suite(.serialized) struct DomainReviewTests {
  /// A finding of the JSON report, as the machine contract gives it.
  struct Finding {
    var status: String
    var severity: String
    var clause: String
    var line: Int
    var path: String
    var message: String
  }

  /// Every finding of one declaration's JSON report, by requirement id.
  static func findings(_ file: String, asOf: String, profile: String = "kommune") throws -> [String: Finding] {
    let result = try CLI.run(["check", file, "--as-of", asOf, "--profile", profile, "--format", "json"])
    #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let declaration = try #require((json["declarations"] as? [[String: Any]])?.first)
    let findings = try #require(declaration["findings"] as? [[String: Any]])
    var byRule: [String: Finding] = [:]
    for finding in findings {
      let rule = try #require(finding["rule"] as? String)
      let location = try #require(finding["location"] as? [String: Int])
      byRule[rule] = Finding(
        status: try #require(finding["status"] as? String), severity: try #require(finding["severity"] as? String),
        clause: try #require(finding["clause"] as? String), line: try #require(location["line"]),
        path: finding["path"] as? String ?? "", message: finding["message"] as? String ?? "")
    }
    return byRule
  }

  /// The 1-based line of the first line of `file` that contains `text`.
  static func line(of text: String, in file: String) throws -> Int {
    let contents = try String(contentsOfFile: Package.path(file), encoding: .utf8)
    let lines = contents.split(separator: "\n", omittingEmptySubsequences: false)
    return try #require(lines.firstIndex { $0.contains(text) }, "'\(text)' not in \(file)") + 1
  }

  // MARK: - Country data: an adequacy decision counts from its date

  @Test func aBrazilianSupportDeskIsAdequateFromTheTwentySixthOfJanuary2026() throws {
    let file = "Tests/Fixtures/declarations/brazil-support.yaml"
    let before = try #require(try Self.findings(file, asOf: "2026-01-25")["TRF-02d"])
    #expect(before.status == "gap")
    #expect(before.severity == "critical")
    #expect(before.clause == "C.6")
    #expect(before.line == (try Self.line(of: "mechanism: adequacy", in: file)), "\(before)")
    let after = try #require(try Self.findings(file, asOf: "2026-01-26")["TRF-02d"])
    #expect(after.status == "met", "\(after)")
  }
}
