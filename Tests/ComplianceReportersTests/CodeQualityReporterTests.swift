import ComplianceCore
import ComplianceReporters
import Foundation
import Testing
import YAMLSupport

/// GitLab's Code Quality report rendered in-process from canned models.
@Suite struct CodeQualityReporterTests {
  static func issues(_ reports: [DeclarationReport]) throws -> [[String: Any]] {
    let text = try ReportModel.render(.codequality, reports)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
  }

  @Test func anIssuePerGapAndUnansweredRequirementAndPerProblemOfAnInvalidFile() throws {
    let reports = [ReportModel.unanswered, ReportModel.invalid, ReportModel.nordlys]
    let issues = try Self.issues(reports)
    let expected = reports.flatMap { report in
      report.valid ? ReportModel.listed(report).filter { $0.waiver == nil }.map(\.rule) : ["DPACHECK-INPUT"]
    }
    #expect(issues.map { $0["check_name"] as? String } == expected)
    let severities = Set(issues.compactMap { $0["severity"] as? String })
    #expect(severities.isSubset(of: ["info", "minor", "major", "critical", "blocker"]))
    let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
    #expect(Set(fingerprints).count == issues.count, "fingerprints repeat")
    for issue in issues {
      let location = try #require(issue["location"] as? [String: Any])
      #expect((location["path"] as? String)?.hasPrefix("vendors/") == true)
      #expect(((location["lines"] as? [String: Any])?["begin"] as? Int ?? 0) >= 1)
      #expect((issue["description"] as? String)?.isEmpty == false)
    }
  }

  @Test func nothingToReportIsAnEmptyArray() throws {
    #expect(try Self.issues([]).isEmpty)
    #expect(try ReportModel.render(.codequality, []) == "[\n\n]\n")
  }

  @Test func theSameFindingKeepsItsFingerprintWhenLinesMove() throws {
    let text = ReportModel.example("startup-unanswered")
    let moved = ReportModel.report("# a comment\n# and another\n" + text, file: "vendors/startup.yaml")
    let before = try Self.issues([ReportModel.unanswered]).map { $0["fingerprint"] as? String }
    let after = try Self.issues([moved]).map { $0["fingerprint"] as? String }
    #expect(before == after)
  }
}
