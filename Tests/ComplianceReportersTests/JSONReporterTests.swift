import ComplianceCore
import ComplianceReporters
import Foundation
import Testing
import YAMLSupport

/// The JSON report (design §8) rendered in-process from canned models.
@Suite struct JSONReporterTests {
  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func oneDeclarationCarriesEveryFindingOfTheModel() throws {
    let report = ReportModel.unanswered
    let json = try Self.object(ReportModel.render(.json, [report]))
    #expect(json["format"] as? String == "dpacheck/report/v1")
    #expect(json["as_of"] as? String == "2026-06-01")
    let declarations = try #require(json["declarations"] as? [[String: Any]])
    try #require(declarations.count == 1)
    #expect(declarations[0]["file"] as? String == "vendors/startup.yaml")
    let findings = try #require(declarations[0]["findings"] as? [[String: Any]])
    #expect(findings.map { $0["rule"] as? String } == report.findings.map(\.rule))
    #expect(findings.map { $0["status"] as? String } == report.findings.map(\.status.rawValue))
    let gate = try #require(json["gate"] as? [String: Any])
    #expect(gate["passed"] as? Bool == false)
  }

  @Test func aPortfolioStreamsEachDeclarationIntoOneDocument() throws {
    let reports = [ReportModel.nordlys, ReportModel.invalid, ReportModel.unanswered]
    let text = try ReportModel.render(.json, reports)
    let declarations = try #require(try Self.object(text)["declarations"] as? [[String: Any]])
    #expect(declarations.map { $0["file"] as? String } == reports.map(\.file))
    #expect(declarations.map { $0["valid"] as? Bool } == [true, false, true])
    let diagnostics = try #require(declarations[1]["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["code"] as? String == "yaml.syntax")
    #expect(diagnostics.first?["line"] as? Int == 3)
    #expect(text.hasSuffix("}\n") && !text.hasSuffix("}\n\n"))
  }

  @Test func noDeclarationsIsAnEmptyArray() throws {
    let json = try Self.object(ReportModel.render(.json, []))
    #expect((json["declarations"] as? [Any])?.isEmpty == true)
  }

  @Test func theSameModelGivesTheSameBytes() throws {
    let reports = [ReportModel.hostile, ReportModel.nordlys]
    #expect(try ReportModel.render(.json, reports) == ReportModel.render(.json, reports))
    #expect(try ReportModel.render(.json, reports, language: .da) != ReportModel.render(.json, reports))
  }
}
