import ComplianceCore
import ComplianceReporters
import Foundation
import Testing
import YAMLSupport

/// SARIF 2.1.0 rendered in-process from canned models.
@Suite struct SARIFReporterTests {
  static func run(_ text: String) throws -> [String: Any] {
    let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    return try #require((log["runs"] as? [[String: Any]])?.first)
  }

  @Test func everyListedFindingIsAResultWhoseIndexNamesItsRule() throws {
    let reports = [ReportModel.unanswered, ReportModel.nordlys]
    let run = try Self.run(ReportModel.render(.sarif, reports))
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == ReportModel.checker.ruleSet.requirements.count + 1)
    let results = try #require(run["results"] as? [[String: Any]])
    let expected = reports.flatMap { ReportModel.listed($0).map(\.rule) }
    #expect(results.map { $0["ruleId"] as? String } == expected)
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
    }
  }

  @Test func anInvalidDeclarationIsAnInputResultAndANotification() throws {
    let run = try Self.run(ReportModel.render(.sarif, [ReportModel.invalid]))
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["DPACHECK-INPUT"])
    #expect(results.first?["ruleIndex"] as? Int == ReportModel.checker.ruleSet.requirements.count)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
  }

  @Test func anAbsolutePathIsMadeRelativeToTheWorkingFolder() throws {
    let report = ReportModel.report(ReportModel.example("nordlys-cloud"), file: "/srv/vendors/a b.yaml")
    let text = try ReportModel.render(.sarif, [report])
    #expect(text.contains("\"uri\" : \"../srv/vendors/a%20b.yaml\""))
    #expect(!text.contains("\"/srv"))
  }
}
