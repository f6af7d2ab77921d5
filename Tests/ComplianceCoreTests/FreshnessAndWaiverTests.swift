import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

@Suite struct FreshnessTests {
  @Test func dateFreshnessIsJudgedAgainstAsOf() throws {
    let check = "{field: security.penetration_test.date, max_age_months: 12}"
    #expect(
      try InlineRules.status(check: check, "security: {penetration_test: {date: 2026-02-10}}", asOf: "2026-11-26")
        == .met)
    #expect(
      try InlineRules.status(check: check, "security: {penetration_test: {date: 2025-11-25}}", asOf: "2026-11-26")
        == .gap)
    #expect(
      try InlineRules.status(check: check, "security: {penetration_test: {date: 2025-11-26}}", asOf: "2026-11-26")
        == .met)
  }

  @Test func evidenceAboutToLapseWarnsOnAMetFinding() throws {
    let catalog = try InlineRules.catalog(
      requirements: InlineRules.requirement(
        check: "{some: assurance.certifications, check: {field: valid_until, not_expired: true}}"))
    let finding = try InlineRules.evaluate(
      catalog, declaration: "assurance:\n  certifications:\n    - {standard: iso27001, valid_until: 2026-12-20}\n")
    #expect(finding.status == .met)
    #expect(
      finding.warnings(.en) == [
        "assurance.certifications[0] ('iso27001').valid_until is good only until 2026-12-20 (24 days)"
      ])
    let later = try InlineRules.evaluate(
      catalog, declaration: "assurance:\n  certifications:\n    - {standard: iso27001, valid_until: 2027-12-20}\n")
    #expect(later.warnings(.en).isEmpty)
  }

  @Test func dayArithmetic() throws {
    let day = try #require(Day("2024-02-29"))
    #expect(day.adding(months: 12).description == "2025-02-28")
    #expect(day.adding(days: 1).description == "2024-03-01")
    #expect(Day(ordinal: day.ordinal) == day)
    #expect(Day("2026-02-30") == nil)
    #expect(Day("26-02-01") == nil)
  }
}

@Suite struct WaiverTests {
  @Test func globMatching() {
    #expect(Glob.matches("vendors/*.yaml", "vendors/nordlys.yaml"))
    #expect(!Glob.matches("vendors/*.yaml", "vendors/a/nordlys.yaml"))
    #expect(Glob.matches("vendors/**/*.yaml", "vendors/a/b/nordlys.yaml"))
    #expect(Glob.matches("**/nord?ys.yaml", "nordlys.yaml"))
    #expect(!Glob.matches("*a*a*a*a*a*a*b", String(repeating: "a", count: 200)))
  }

  @Test func liveWaiverWaivesAndExpiredOneDoesNot() throws {
    let catalog = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: "{field: breach_notification.max_hours, max: 48}"))
    let ruleSet = try RuleSet.resolve(profile: "p", in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.verbatim, "x", at: .start(of: path))
    }
    let waivers = try WaiverSet.load(
      SourceFile(
        name: "w/waivers.yaml",
        text: """
          format: dpacheck/waivers/v1
          waivers:
            - rule: T-01
              vendor: Live ApS
              reason: Agreed at the 2026 supervision meeting
              approved_by: Jane Jensen, DPO
              expires: 2027-03-31
            - rule: T-01
              vendor: Old ApS
              reason: Old
              approved_by: Jane Jensen, DPO
              expires: 2026-01-31
            - rule: T-01
              vendor: Nobody ApS
              reason: Unused
              approved_by: Jane Jensen, DPO
              expires: 2027-03-31
          """), knownRules: ["T-01"], workingDirectory: "/work")
    let asOf = try #require(Day("2026-11-26"))
    let checker = Checker(ruleSet: ruleSet, asOf: asOf, waivers: waivers)
    let live = checker.check(
      SourceFile(
        name: "a.yaml",
        text: "format: dpacheck/declaration/v1\nvendor: {name: Live ApS}\nbreach_notification: {max_hours: 72}\n"))
    let old = checker.check(
      SourceFile(
        name: "b.yaml",
        text: "format: dpacheck/declaration/v1\nvendor: {name: Old ApS}\nbreach_notification: {max_hours: 72}\n"))
    #expect(live.findings.first?.status == .waived)
    #expect(live.findings.first?.waiver?.approvedBy == "Jane Jensen, DPO")
    #expect(live.gateFailures(.high).isEmpty)
    #expect(old.findings.first?.status == .gap)
    #expect(
      old.findings.first?.warnings(.en) == ["The waiver for T-01 (Old ApS) expired on 2026-01-31 and no longer applies"]
    )
    var counts: [YAMLSupport.SourceLocation: Int] = [:]
    for report in [live, old] {
      for (location, count) in DeclarationSummary(report, failOn: .high).waiverMatches {
        counts[location, default: 0] += count
      }
    }
    let uses = checker.waiverUses(counts)
    #expect(uses.map(\.state) == [.live, .expired, .unused])
  }

  @Test func waiverWithoutExpiryIsAnErrorAtItsLine() throws {
    #expect {
      _ = try WaiverSet.load(
        SourceFile(
          name: "w.yaml",
          text: """
            format: dpacheck/waivers/v1
            waivers:
              - rule: T-01
                vendor: A
                reason: r
                approved_by: b

            """),
        knownRules: ["T-01"], workingDirectory: "/work")
    } throws: { error in
      let diagnostic = error as? Diagnostic
      return diagnostic?.message == "a waiver is missing the required key 'expires'" && diagnostic?.location.line == 3
    }
  }
}
