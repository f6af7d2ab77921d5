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

    /// The 1-based line of the only line containing `fragment`.
    func line(of fragment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let matches = lines.indices.filter { lines[$0].contains(fragment) }
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
      try #require(text.components(separatedBy: edit.old).count == 2, "'\(edit.old)' must occur once in \(fixture)", sourceLocation: sourceLocation)
      text = text.replacingOccurrences(of: edit.old, with: edit.new)
    }
    let catalog = try Package.catalog()
    let ruleSet = try RuleSet.resolve(profile: profile, in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic("test", "no files", at: .start(of: path))
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
    #expect(checked.gatePasses)
    #expect(checked.report.findings.filter { $0.status == .gap }.map(\.rule) == ["INS-06b"])
  }

  @Test func datatilsynetsClausesNeedNoRecommendationAndTheVendorsOwnTextIsAGap() throws {
    let standard = try Self.check("kl-kombit-case-handling.yaml", replacing: [("dpa_template: kl-kombit", "dpa_template: dk-datatilsynet")])
    #expect(try standard.finding("INS-06").status == .met)
    #expect(try standard.finding("INS-06b").status == .met)
    let own = try Self.check("kl-kombit-case-handling.yaml", replacing: [("dpa_template: kl-kombit", "dpa_template: vendor")])
    #expect(try own.finding("INS-06").status == .gap)
    #expect(try own.finding("INS-06").severity == .high)
    // INS-06 reports the vendor's own text; the recommendation to move has nothing to add.
    #expect(try own.finding("INS-06b").status == .notApplicable)
    #expect(!own.gatePasses)
  }
}
