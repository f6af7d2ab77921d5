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

  // MARK: - Assurance reports are read, not only dated

  @Test func nineExceptionsWithoutFollowUpAreAGapDespiteAnUnqualifiedOpinion() throws {
    let file = "Tests/Fixtures/declarations/isae-exceptions.yaml"
    let findings = try Self.findings(file, asOf: "2026-11-26")
    // The report is current, type 2 and unqualified: those requirements are met.
    for rule in ["ASR-02", "ASR-05", "ASR-10", "ASR-11", "ASR-12"] {
      #expect(findings[rule]?.status == "met", "\(rule): \(String(describing: findings[rule]))")
    }
    let exceptions = try #require(findings["ASR-13"])
    #expect(exceptions.status == "gap")
    #expect(exceptions.severity == "medium")
    #expect(exceptions.clause == "C.7")
    #expect(exceptions.line == (try Self.line(of: "- kind: isae3000-gdpr", in: file)), "\(exceptions)")
    #expect(exceptions.path == "assurance.reports[0].exception_followups", "\(exceptions)")
  }

  @Test func aCarvedOutHostingProviderNeedsItsOwnAssurance() throws {
    let file = "Tests/Fixtures/declarations/isae-exceptions.yaml"
    let carveOut = try #require(try Self.findings(file, asOf: "2026-11-26")["ASR-14"])
    #expect(carveOut.status == "gap")
    #expect(carveOut.severity == "high")
    #expect(carveOut.clause == "C.7")
    #expect(carveOut.line == (try Self.line(of: "- name: Nordhost Datacenter A/S", in: file)), "\(carveOut)")
    #expect(carveOut.message.contains("Nordhost Datacenter A/S"), "\(carveOut.message)")
  }

  @Test(arguments: ["qualified", "adverse", "disclaimer"])
  func aModifiedOpinionIsAGap(_ opinion: String) throws {
    let original = try String(
      contentsOfFile: Package.path("Tests/Fixtures/declarations/isae-exceptions.yaml"), encoding: .utf8)
    try withTemporaryDirectory(prefix: "dpacheck-tests") { directory in
      let file = directory.appendingPathComponent("opinion.yaml").path
      try original.replacingOccurrences(of: "opinion: unqualified", with: "opinion: \(opinion)")
        .write(toFile: file, atomically: true, encoding: .utf8)
      let finding = try #require(try Self.findings(file, asOf: "2026-11-26")["ASR-05"])
      #expect(finding.status == "gap")
      #expect(finding.severity == "high")
      #expect(finding.clause == "C.7")
      let line = try Self.line(of: "opinion: unqualified", in: "Tests/Fixtures/declarations/isae-exceptions.yaml")
      #expect(finding.line == line, "\(finding)")
      #expect(finding.path == "assurance.reports[0].opinion")
    }
  }

  // MARK: - Obligations no requirement checked

  @Test func aPayrollSubProcessorCertifiedForNonHRDataOnlyIsNoTransferBasis() throws {
    let file = "Tests/Fixtures/declarations/payroll-us-dpf.yaml"
    let findings = try Self.findings(file, asOf: "2026-11-26")
    // Certified under the DPF: the transfer mechanism as such is valid ...
    #expect(findings["TRF-02c"]?.status == "met", "\(String(describing: findings["TRF-02c"]))")
    // ... but not for the HR data it receives.
    let scope = try #require(findings["TRF-09"])
    #expect(scope.status == "gap")
    #expect(scope.severity == "critical")
    #expect(scope.clause == "8")
    #expect(scope.line == (try Self.line(of: "dpf_covered_data: [non_hr]", in: file)), "\(scope)")
    #expect(scope.message.contains("Paywell Cloud Inc."), "\(scope.message)")
  }

  struct Obligation: Sendable, CustomTestStringConvertible {
    var rule: String
    var status: String
    var severity: String
    var clause: String
    var lineOf: String
    var testDescription: String { "\(rule) at '\(lineOf)'" }
  }

  static let obligations: [Obligation] = [
    Obligation(rule: "TRF-08", status: "gap", severity: "medium", clause: "C.5", lineOf: "address: \" \""),
    Obligation(rule: "SUB-10", status: "gap", severity: "medium", clause: "B.1", lineOf: "address: \"\""),
    Obligation(rule: "SUB-11", status: "gap", severity: "medium", clause: "7", lineOf: "approval_request_days: 5"),
    Obligation(
      rule: "AST-05", status: "gap", severity: "medium", clause: "9", lineOf: "recipient_notification_support: false"),
    Obligation(
      rule: "AST-06", status: "gap", severity: "high", clause: "9", lineOf: "breach_communication_support: false"),
    Obligation(
      rule: "AST-07", status: "gap", severity: "medium", clause: "6", lineOf: "security_assessment_support: false"),
    Obligation(rule: "END-07", status: "gap", severity: "medium", clause: "11", lineOf: "termination:"),
  ]

  @Test(arguments: obligations)
  func anObligationOfTheStandardLeftBlankIsAGap(_ obligation: Obligation) throws {
    let file = "Tests/Fixtures/declarations/appendix-gaps.yaml"
    let finding = try #require(try Self.findings(file, asOf: "2026-11-26")[obligation.rule])
    #expect(finding.status == obligation.status, "\(finding)")
    #expect(finding.severity == obligation.severity)
    #expect(finding.clause == obligation.clause)
    #expect(finding.line == (try Self.line(of: obligation.lineOf, in: file)), "\(finding)")
  }
}
