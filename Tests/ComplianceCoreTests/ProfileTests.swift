import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

@Suite struct ProfileTests {
  static let requirements =
    InlineRules.requirement(
      id: "T-01", check: "{field: breach_notification.max_hours, max: {param: max_hours}}",
      parameters: "{max_hours: 48}")
    + InlineRules.requirement(
      id: "T-02", check: "{field: breach_notification.phased_updates, equals: true}", severity: "low")

  private func resolve(_ profile: String, _ profiles: [String: String]) throws -> RuleSet {
    let catalog = try InlineRules.catalog(requirements: Self.requirements, profiles: profiles)
    return try RuleSet.resolve(profile: profile, in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
  }

  @Test func extendsOverridesParametersAndSeveritiesAndRecordsWhoSetThem() throws {
    let ruleSet = try resolve(
      "child",
      [
        "base": "format: dpacheck/profile/v1\npacks: [t]\nfail_on: high\n",
        "child":
          "format: dpacheck/profile/v1\nextends: base\nfail_on: medium\n"
          + "parameters:\n  T-01: {max_hours: 24}\nseverities:\n  T-02: critical\n",
      ])
    #expect(ruleSet.chain == ["child", "base"])
    #expect(ruleSet.failOn == .medium)
    let first = try #require(ruleSet.requirements.first { $0.id == "T-01" })
    #expect(first.parameters["max_hours"] == .number(24))
    #expect(first.parameterSetBy["max_hours"] == "child")
    let second = try #require(ruleSet.requirements.first { $0.id == "T-02" })
    #expect(second.severity == .critical)
    #expect(second.severitySetBy == "child")
  }

  @Test func exclusionRemovesTheRequirementAndKeepsTheJustification() throws {
    let ruleSet = try resolve(
      "x",
      ["x": "format: dpacheck/profile/v1\npacks: [t]\nexclude:\n  - rule: T-02\n    justification: Not relevant here\n"]
    )
    #expect(ruleSet.requirements.map(\.id) == ["T-01"])
    #expect(ruleSet.exclusions.first?.justification == "Not relevant here")
  }

  @Test func cyclicExtendsIsAnError() throws {
    #expect {
      _ = try resolve(
        "a", ["a": "format: dpacheck/profile/v1\nextends: b\n", "b": "format: dpacheck/profile/v1\nextends: a\n"])
    } throws: { error in
      (error as? Diagnostic)?.message == "profiles extend each other in a cycle: a → b → a"
    }
  }

  @Test func unknownRequirementAndParameterAreErrorsAtTheirLine() throws {
    #expect {
      _ = try resolve("x", ["x": "format: dpacheck/profile/v1\npacks: [t]\nseverities:\n  T-03: low\n"])
    } throws: { error in
      let diagnostic = error as? Diagnostic
      return diagnostic?.message == "unknown requirement 'T-03'; did you mean 'T-01'?" && diagnostic?.location.line == 4
    }
    #expect {
      _ = try resolve("x", ["x": "format: dpacheck/profile/v1\npacks: [t]\nparameters:\n  T-01: {hours: 3}\n"])
    } throws: { error in
      (error as? Diagnostic)?.message == "requirement 'T-01' has no parameter 'hours'; its parameters: max_hours"
    }
  }

  @Test func unknownProfileSuggestsAKnownOne() throws {
    #expect {
      _ = try resolve("q", [:])
    } throws: { error in
      (error as? Diagnostic)?.message.hasPrefix("unknown profile 'q'; did you mean 'p'?") == true
    }
  }

  @Test func parameterOverrideChangesTheOutcome() throws {
    let catalog = try InlineRules.catalog(
      requirements: Self.requirements,
      profiles: ["strict": "format: dpacheck/profile/v1\npacks: [t]\nparameters:\n  T-01: {max_hours: 24}\n"])
    let ruleSet = try RuleSet.resolve(profile: "strict", in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.verbatim, "x", at: .start(of: path))
    }
    let report = Checker(ruleSet: ruleSet, asOf: Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0))
      .check(
        SourceFile(name: "d.yaml", text: "format: dpacheck/declaration/v1\nbreach_notification: {max_hours: 36}\n"))
    #expect(report.findings.first { $0.rule == "T-01" }?.status == .gap)
    #expect(
      report.findings.first { $0.rule == "T-01" }?.message(.en)
        == "breach_notification.max_hours is 36; expected at most 24")
  }
}
