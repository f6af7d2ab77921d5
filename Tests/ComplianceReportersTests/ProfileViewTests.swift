import ComplianceCore
import ComplianceReporters
import TestSupport
import Testing
import YAMLSupport

/// `rules show`: who set each setting of a profile that extends another.
@Suite struct ProfileViewTests {
  static let requirements =
    InlineRules.requirement(
      id: "T-01", check: "{field: breach_notification.max_hours, max: {param: max_hours}}",
      parameters: "{max_hours: 48}")
    + InlineRules.requirement(
      id: "T-02", check: "{field: breach_notification.phased_updates, equals: true}", severity: "low")
  static let profiles = [
    "base": "format: dpacheck/profile/v1\npacks: [t]\nfail_on: high\nparameters:\n  T-01: {max_hours: 36}\n",
    "child":
      "format: dpacheck/profile/v1\nextends: base\nwarning_window_days: 30\nseverities:\n  T-02: medium\n"
      + "exclude:\n  - rule: T-03\n    justification: Not here\n",
  ]

  static func view(_ profile: String) throws -> ProfileView {
    let catalog = try InlineRules.catalog(
      requirements: requirements
        + InlineRules.requirement(id: "T-03", check: "{field: breach_notification.contact_24x7, equals: true}"),
      profiles: profiles)
    let noFiles = { (path: String) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
    let ruleSet = try RuleSet.resolve(profile: profile, in: catalog, readFile: noFiles)
    return ProfileView(ruleSet: ruleSet)
  }

  @Test func settingsNameTheProfileThatSetThem() throws {
    let text = try Self.view("child").render(.en)
    #expect(text.contains("Chain:          child → base"))
    #expect(text.contains("Packs:          t (inherited from profile base)"))
    #expect(text.contains("Fail on:        high (inherited from profile base)"))
    #expect(text.contains("Warning window: 30 days (set in profile child)"))
    #expect(text.contains("  T-01  max_hours  36     inherited from profile base; pack default: 48"))
    #expect(text.contains("    Severity  medium  set in profile child; pack default: low"))
    #expect(text.contains("  T-03 Title (set in profile child)\n    Not here"))
  }

  @Test func theBaseProfileSetsItsOwnValues() throws {
    let text = try Self.view("base").render(.da)
    #expect(text.contains("Varslingsvindue:  60 dage (standard)"))
    #expect(text.contains("max_hours  36     sat i profilen base; pakkens standard: 48"))
    #expect(text.contains("Udeladte krav:\n  Ingen."))
  }
}
