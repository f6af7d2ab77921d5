import ComplianceCore
import Foundation
import TestSupport
import Testing
import YAMLSupport

/// Verdicts of the shipped packs on declarations a Danish municipality's DPO would recognise, under
/// the default profile: each test pins a requirement's status, severity, clause and line.
@Suite struct MunicipalVerdictTests {
  static let asOf = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

  /// A declaration checked with the shipped rules, and its text for finding lines.
  struct Checked {
    var report: DeclarationReport
    var text: String

    /// The finding of requirement `id`.
    func finding(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Finding {
      try #require(report.findings.first { $0.rule == id }, "no finding for \(id)", sourceLocation: sourceLocation)
    }

    /// The 1-based line of the only line that is `fragment` (a section key such as `processing:`)
    /// or, failing that, of the only line containing it.
    func line(of fragment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let exact = lines.indices.filter { lines[$0] == fragment }
      let matches = exact.isEmpty ? lines.indices.filter { lines[$0].contains(fragment) } : exact
      try #require(matches.count == 1, "'\(fragment)' is on \(matches.count) lines", sourceLocation: sourceLocation)
      return matches[0] + 1
    }

    /// Whether the default profile's gate (high) passes.
    var gatePasses: Bool { report.gateFailureCount(.high) == 0 }
  }

  /// Checks a fixture under `Tests/Fixtures/declarations/`, after replacing each `old` text (which
  /// must occur exactly once) by its `new` text.
  static func check(
    _ fixture: String, replacing edits: [(old: String, new: String)] = [], profile: String = "kommune",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Checked {
    let path = "Tests/Fixtures/declarations/\(fixture)"
    var text = try String(contentsOfFile: Package.path(path), encoding: .utf8)
    for edit in edits {
      try #require(
        text.components(separatedBy: edit.old).count == 2, "'\(edit.old)' must occur once in \(fixture)",
        sourceLocation: sourceLocation)
      text = text.replacingOccurrences(of: edit.old, with: edit.new)
    }
    let catalog = try Package.catalog()
    let ruleSet = try RuleSet.resolve(profile: profile, in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
    let report = Checker(ruleSet: ruleSet, asOf: asOf).check(SourceFile(name: path, text: text))
    try #require(report.valid, "\(report.diagnostics)", sourceLocation: sourceLocation)
    return Checked(report: report, text: text)
  }

  // MARK: - Clause 2: the KL/KOMBIT template

  /// A case-handling system whose agreement is on KL and KOMBIT's template: KL says such agreements
  /// remain fully lawful, so the template is met; moving to Datatilsynet's clauses at the next
  /// revision is a low recommendation that does not fail the gate.
  @Test func aLegacyKLKOMBITAgreementIsLawful() throws {
    let checked = try Self.check("kl-kombit-case-handling.yaml")
    let line = try checked.line(of: "dpa_template: kl-kombit")
    let template = try checked.finding("INS-06")
    #expect(template.status == .met)
    #expect(template.severity == .high)
    #expect(template.clause == "2")
    #expect(template.location.line == line)
    let recommendation = try checked.finding("INS-06b")
    #expect(recommendation.status == .gap)
    #expect(recommendation.severity == .low)
    #expect(recommendation.clause == "2")
    #expect(recommendation.location.line == line)
    let passes = checked.gatePasses
    #expect(passes)
    #expect(checked.report.findings.filter { $0.status == .gap }.map(\.rule) == ["INS-06b"])
  }

  @Test func datatilsynetsClausesNeedNoRecommendationAndTheVendorsOwnTextIsAGap() throws {
    let standard = try Self.check(
      "kl-kombit-case-handling.yaml", replacing: [("dpa_template: kl-kombit", "dpa_template: dk-datatilsynet")])
    #expect(try standard.finding("INS-06").status == .met)
    #expect(try standard.finding("INS-06b").status == .met)
    let own = try Self.check(
      "kl-kombit-case-handling.yaml", replacing: [("dpa_template: kl-kombit", "dpa_template: vendor")])
    #expect(try own.finding("INS-06").status == .gap)
    #expect(try own.finding("INS-06").severity == .high)
    // INS-06 reports the vendor's own text; the recommendation to move has nothing to add.
    #expect(try own.finding("INS-06b").status == .notApplicable)
    let passes = own.gatePasses
    #expect(!passes)
  }

  // MARK: - Clause 9 and Appendix C.3: data portability (Art. 20)

  /// A building-permit system: the municipality acts on Art. 6(1)(c) and (e), so Art. 20(3) rules
  /// portability out, and a service without an export per person is not a gap.
  @Test func aBuildingPermitSystemNeedsNoPortability() throws {
    let checked = try Self.check("building-permits.yaml")
    let rights = try checked.finding("AST-02")
    #expect(rights.status == .met)
    #expect(rights.severity == .high)
    #expect(rights.clause == "C.3")
    #expect(rights.location.line == (try checked.line(of: "dsr_capabilities:")))
    #expect(!rights.requirement.requirement.gdpr.contains("Art. 20"))
    let portability = try checked.finding("AST-02b")
    #expect(portability.status == .notApplicable)
    #expect(portability.location.line == (try checked.line(of: "legal_basis: [c, e]")))
    let passes = checked.gatePasses
    #expect(passes)
    #expect(checked.report.findings.filter { $0.status == .gap || $0.status == .unanswered }.isEmpty)
  }

  /// The same service offered on a contract with the citizen (Art. 6(1)(b)) must support
  /// portability; with the legal basis unanswered, a service without it is a question, not a gap.
  @Test func portabilityIsRequiredOnlyOnConsentOrContract() throws {
    let contract = try Self.check("building-permits.yaml", replacing: [("legal_basis: [c, e]", "legal_basis: [b]")])
    let gap = try contract.finding("AST-02b")
    #expect(gap.status == .gap)
    #expect(gap.severity == .high)
    #expect(gap.clause == "C.3")
    #expect(gap.location.line == (try contract.line(of: "dsr_capabilities:")))
    let passes = contract.gatePasses
    #expect(!passes)
    let offered = try Self.check(
      "building-permits.yaml",
      replacing: [
        ("legal_basis: [c, e]", "legal_basis: [a, e]"),
        ("erasure, restriction, objection]", "erasure, restriction, portability, objection]"),
      ])
    #expect(try offered.finding("AST-02b").status == .met)
    let unstated = try Self.check("building-permits.yaml", replacing: [("  legal_basis: [c, e]\n", "")])
    let question = try unstated.finding("AST-02b")
    #expect(question.status == .unanswered)
    #expect(question.missing.map(\.path).contains("processing.legal_basis"))
    #expect(question.location.line == (try unstated.line(of: "processing:")))
  }

  /// Returning the data to the municipality at the end is Art. 28(3)(g), not the data subject's
  /// right to portability.
  @Test func returnAtTheEndCitesArticle28Only() throws {
    let checked = try Self.check("building-permits.yaml")
    let exit = try checked.finding("END-01")
    #expect(exit.status == .met)
    #expect(exit.clause == "11")
    #expect(exit.requirement.requirement.gdpr == ["Art. 28(3)(g)"])
  }

  // MARK: - Appendix A: the classification that decides which packs apply

  static let classification =
    "  special_categories: [health]\n  criminal_offences: false\n  cpr_numbers: true\n  children: false\n"

  /// The case-handling system's declaration with the four classification fields deleted: an
  /// unanswered high finding, and the special-categories pack still applies (its applicability
  /// is unknown, not false).
  @Test func deletingTheAppendixAClassificationLeavesItUnanswered() throws {
    let checked = try Self.check("kl-kombit-case-handling.yaml", replacing: [(Self.classification, "")])
    let description = try checked.finding("INS-04")
    #expect(description.status == .unanswered)
    #expect(description.severity == .high)
    #expect(description.clause == "A")
    #expect(description.location.line == (try checked.line(of: "processing:")))
    #expect(
      Set(description.missing.map(\.path)) == [
        "processing.special_categories", "processing.criminal_offences", "processing.cpr_numbers",
        "processing.children",
      ])
    let special = checked.report.findings.filter { $0.requirement.requirement.pack == "special-categories" }
    #expect(special.count == 10)
    #expect(special.allSatisfy { $0.status != .notApplicable }, "\(special.map { "\($0.rule) \($0.status)" })")
    #expect(try checked.finding("SPC-01").status == .met)
    let passes = checked.gatePasses
    #expect(!passes)
  }

  /// One answer of "none" does not settle the others: the pack's applicability stays unknown.
  @Test func aPartialClassificationIsStillUnanswered() throws {
    let checked = try Self.check(
      "kl-kombit-case-handling.yaml",
      replacing: [(Self.classification, "  special_categories: []\n  cpr_numbers: false\n")])
    #expect(try checked.finding("INS-04").status == .unanswered)
    #expect(
      Set(try checked.finding("INS-04").missing.map(\.path)) == ["processing.criminal_offences", "processing.children"])
    #expect(try checked.finding("SPC-07").status == .met)
    let none = try Self.check(
      "kl-kombit-case-handling.yaml",
      replacing: [
        (
          Self.classification,
          "  special_categories: []\n  criminal_offences: false\n  cpr_numbers: false\n  children: false\n"
        )
      ])
    #expect(try none.finding("INS-04").status == .met)
    #expect(
      none.report.findings.filter { $0.requirement.requirement.pack == "special-categories" }.allSatisfy {
        $0.status == .notApplicable
      })
  }

  // MARK: - Clause 10: whose 72 hours

  /// Under Art. 33(1) the 72 hours run from the controller's awareness; the processor notifies
  /// "without undue delay" (Art. 33(2)) within the hours fixed in clause 10.2. A 72-hour notice is
  /// still a critical gap under the default 48 hours.
  @Test func theBreachNoticeRationaleStartsTheClockAtTheMunicipality() throws {
    let checked = try Self.check("kl-kombit-case-handling.yaml", replacing: [("max_hours: 24", "max_hours: 72")])
    let notice = try checked.finding("BR-01")
    #expect(notice.status == .gap)
    #expect(notice.severity == .critical)
    #expect(notice.clause == "10")
    #expect(notice.location.line == (try checked.line(of: "max_hours: 72")))
    let rationale = notice.requirement.requirement.rationale
    let english = rationale.text(.en)
    #expect(english.contains("after the municipality itself became aware of it (Art. 33(1))"))
    #expect(english.contains("without undue delay after becoming aware of it (Art. 33(2))"))
    #expect(english.contains("clause 10.2"))
    #expect(!english.contains("when the processor becomes aware"))
    let danish = rationale.text(.da)
    #expect(danish.contains("efter at kommunen selv er blevet bekendt med det (art. 33, stk. 1)"))
    #expect(danish.contains("art. 33, stk. 2"))
    #expect(danish.contains("bestemmelse 10.2"))
    #expect(!danish.contains("hvor databehandleren blev opmærksom på bruddet"))
  }

  // MARK: - Appendix C.7: who pays for the auditor's report

  /// The yearly auditor's report is the high requirement; who pays for it is left to the parties,
  /// a low commercial requirement of its own.
  @Test func whoPaysForTheAuditIsACommercialTerm() throws {
    let checked = try Self.check(
      "kl-kombit-case-handling.yaml", replacing: [("report_cost: processor", "report_cost: controller")])
    let report = try checked.finding("AUD-02")
    #expect(report.status == .met)
    #expect(report.severity == .high)
    #expect(report.clause == "C.7")
    #expect(report.location.line == (try checked.line(of: "annual_report: true")))
    let cost = try checked.finding("AUD-02b")
    #expect(cost.status == .gap)
    #expect(cost.severity == .low)
    #expect(cost.clause == "C.7")
    #expect(cost.location.line == (try checked.line(of: "report_cost: controller")))
    #expect(checked.report.findings.filter { $0.status == .gap }.map(\.rule).sorted() == ["AUD-02b", "INS-06b"])
    let passes = checked.gatePasses
    #expect(passes)
    let none = try Self.check(
      "kl-kombit-case-handling.yaml", replacing: [("annual_report: true", "annual_report: false")])
    #expect(try none.finding("AUD-02").status == .gap)
    #expect(try none.finding("AUD-02b").status == .notApplicable)
  }

  // MARK: - Clause 7: the optional third-party-beneficiary clause

  /// Optional since Datatilsynet's amendment of 4 March 2024: the answer is reported, never a gap.
  @Test func theThirdPartyBeneficiaryClauseIsInformational() throws {
    let checked = try Self.check(
      "kl-kombit-case-handling.yaml", replacing: [("third_party_beneficiary: true", "third_party_beneficiary: false")])
    let clause = try checked.finding("SUB-08")
    #expect(clause.status == .met)
    #expect(clause.severity == .low)
    #expect(clause.clause == "7")
    #expect(clause.location.line == (try checked.line(of: "third_party_beneficiary: false")))
    #expect(clause.message(.en).contains("false"))
    #expect(clause.requirement.requirement.isInformational)
    #expect(clause.requirement.requirement.examples.allSatisfy { $0.expect != .gap })
    let unstated = try Self.check(
      "kl-kombit-case-handling.yaml", replacing: [("  third_party_beneficiary: true\n", "")])
    #expect(try unstated.finding("SUB-08").status == .unanswered)
    let passes = unstated.gatePasses
    #expect(passes)
  }

  // MARK: - Appendix C.2: a risk assessment that covers the sensitive data

  /// SPC-09 promises a risk assessment that covers the health data and CPR numbers: a recent
  /// assessment of the system in general is not enough, though it meets SEC-01.
  @Test func theRiskAssessmentMustCoverTheSensitiveData() throws {
    let covers = "risk_assessment_covers_special_categories: true"
    let general = try Self.check(
      "kl-kombit-case-handling.yaml", replacing: [(covers, "risk_assessment_covers_special_categories: false")])
    let sensitive = try general.finding("SPC-09")
    #expect(sensitive.status == .gap)
    #expect(sensitive.severity == .critical)
    #expect(sensitive.clause == "C.2")
    #expect(sensitive.location.line == (try general.line(of: "risk_assessment_covers_special_categories: false")))
    let current = try general.finding("SEC-01")
    #expect(current.status == .met)
    #expect(current.location.line == (try general.line(of: "risk_assessment_date:")))
    let passes = general.gatePasses
    #expect(!passes)
    let unstated = try Self.check("kl-kombit-case-handling.yaml", replacing: [("  \(covers)\n", "")])
    #expect(try unstated.finding("SPC-09").status == .unanswered)
    #expect(
      try unstated.finding("SPC-09").missing.map(\.path) == ["security.risk_assessment_covers_special_categories"])
    let stale = try Self.check(
      "kl-kombit-case-handling.yaml",
      replacing: [("risk_assessment_date: 2026-04-15", "risk_assessment_date: 2025-04-15")])
    #expect(try stale.finding("SPC-09").status == .gap)
    #expect(try stale.finding("SEC-01").status == .gap)
    #expect(try Self.check("kl-kombit-case-handling.yaml").finding("SPC-09").status == .met)
  }
}
