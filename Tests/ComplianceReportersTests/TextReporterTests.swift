import ComplianceCore
import ComplianceReporters
import Foundation
import Testing
import YAMLSupport

/// The terminal report rendered in-process from canned models.
@Suite struct TextReporterTests {
  @Test func oneDeclarationListsEachGapWithItsPosition() throws {
    let report = ReportModel.unanswered
    let text = try ReportModel.render(.text, [report])
    #expect(text.hasPrefix("dpacheck \(DPACheckVersion.current) · Profile: kommune · As of 2026-06-01\n"))
    for finding in ReportModel.listed(report) {
      #expect(text.contains("\(finding.rule) "), "\(finding.rule) is not listed")
    }
    let gap = try #require(report.findings.first { $0.status == .gap })
    let location = gap.location
    #expect(text.contains("vendors/startup.yaml:\(location.line):\(location.column): "))
    #expect(text.hasSuffix("Verdict: FAILED\n"))
  }

  @Test func aPortfolioIsATableWithDetailsOnlyForInvalidFiles() throws {
    let text = try ReportModel.render(.text, [ReportModel.nordlys, ReportModel.invalid])
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("Nordlys Cloud ApS") && $0.hasSuffix("vendors/nordlys-cloud.yaml") })
    #expect(!text.contains("Remediation:"), "a portfolio summary lists no finding in detail")
    #expect(text.contains("vendors/broken.yaml:3:1: error:"))
  }

  @Test func colourOnlyWhenAsked() throws {
    let plain = try ReportModel.render(.text, [ReportModel.nordlys])
    let colored = try ReportModel.render(.text, [ReportModel.nordlys], colored: true)
    #expect(!plain.contains("\u{1B}["))
    #expect(colored.contains("\u{1B}["))
  }

  @Test func danishIsDanish() throws {
    let text = try ReportModel.render(.text, [ReportModel.nordlys], language: .da)
    #expect(text.contains("Profil: kommune"))
    #expect(!text.contains("Verdict:"))
  }
}
