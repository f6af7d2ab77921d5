import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

/// A missing answer is unanswered: never a gap, never met.
@Suite struct ThreeValuedLogicTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var check: String
    var testDescription: String { check }
  }

  static let leaves: [Case] = [
    Case(check: "{field: breach_notification.max_hours, max: 48}"),
    Case(check: "{field: breach_notification.phased_updates, equals: true}"),
    Case(check: "{field: breach_notification.phased_updates, not_equals: false}"),
    Case(check: "{field: vendor.country, in_set: eea}"),
    Case(check: "{field: vendor.country, not_in_set: eea}"),
    Case(check: "{field: declared_on, max_age_months: 12}"),
    Case(check: "{field: breach_notification.content, contains_all: [nature]}"),
    Case(check: "{field: breach_notification.channel, non_empty: true}"),
    Case(check: "{not: {field: breach_notification.max_hours, min: 49}}"),
    Case(check: "{each: subprocessors.list, check: {field: flow_down, equals: true}}"),
    Case(check: "{some: transfers, check: {field: country, equals: US}}"),
    Case(check: "{field: vendor.country, answered: true}"),
  ]

  @Test(arguments: leaves)
  func missingFieldIsUnanswered(_ testCase: Case) throws {
    #expect(try InlineRules.status(check: testCase.check, "vendor:\n  name: X\n") == .unanswered)
    // A null answer is the same as a missing one.
    #expect(
      try InlineRules.status(
        check: testCase.check,
        """
        breach_notification:
          max_hours: null
          phased_updates: ~
          content:
          channel:
        vendor:
          country: null
        declared_on:
        subprocessors:
          list: null
        transfers:

        """
      ) == .unanswered)
  }

  /// A bound may be read from the declaration: as many follow-ups as the report has exceptions.
  @Test func aBoundReadFromAFieldOfTheSameItem() throws {
    let check = "{each: assurance.reports, check: {field: exception_followups, min_items: {field: exceptions}}}"
    let two =
      "{exception: C.2.4, status: remediated, date: 2026-08-15}, {exception: C.5.1, status: planned, date: 2027-01-31}"
    #expect(
      try InlineRules.status(
        check: check, "assurance: {reports: [{kind: isae3000-gdpr, exceptions: 2, exception_followups: [\(two)]}]}")
        == .met)
    #expect(
      try InlineRules.status(
        check: check, "assurance: {reports: [{kind: isae3000-gdpr, exceptions: 0, exception_followups: []}]}") == .met)
    let nine = try InlineRules.evaluate(
      InlineRules.catalog(requirements: InlineRules.requirement(check: check)),
      declaration: "assurance: {reports: [{kind: isae3000-gdpr, exceptions: 9, exception_followups: [\(two)]}]}")
    #expect(nine.status == .gap)
    #expect(nine.message(.en).contains("expected at least 9 entries"), "\(nine.message(.en))")
    // Either number missing leaves the test unanswered.
    #expect(
      try InlineRules.status(
        check: check, "assurance: {reports: [{kind: isae3000-gdpr, exception_followups: [\(two)]}]}") == .unanswered)
    #expect(
      try InlineRules.status(check: check, "assurance: {reports: [{kind: isae3000-gdpr, exceptions: 2}]}")
        == .unanswered)
  }

  @Test func aBoundReadFromAFieldMustBeANumber() throws {
    let check = "{each: assurance.reports, check: {field: exception_followups, min_items: {field: kind}}}"
    do {
      _ = try InlineRules.catalog(requirements: InlineRules.requirement(check: check))
      Issue.record("a bound read from an enum was accepted")
    } catch let error as Diagnostic {
      #expect(error.message == "a bound read from a field needs a number; 'kind' is not a number in the questionnaire")
    }
  }

  @Test func kleeneAll() throws {
    let check =
      "{all: [{field: instructions.documented_only, equals: true}, {field: instructions.own_purposes, equals: false}]}"
    #expect(try InlineRules.status(check: check, "instructions: {documented_only: true, own_purposes: false}") == .met)
    #expect(try InlineRules.status(check: check, "instructions: {documented_only: true}") == .unanswered)
    // false AND unknown is false: a gap, even with a missing answer beside it.
    #expect(try InlineRules.status(check: check, "instructions: {documented_only: false}") == .gap)
  }

  @Test func kleeneAny() throws {
    let check =
      "{any: [{field: security.access.mfa_users, equals: true}, {field: security.access.sso_protocols, min_items: 1}]}"
    #expect(try InlineRules.status(check: check, "security: {access: {mfa_users: true}}") == .met)
    #expect(try InlineRules.status(check: check, "security: {access: {mfa_users: false}}") == .unanswered)
    #expect(try InlineRules.status(check: check, "security: {access: {mfa_users: false, sso_protocols: []}}") == .gap)
  }

  @Test func implicationIsTrueWhenTheConditionIsFalse() throws {
    let check = "{when: {field: processing.cpr_numbers, equals: true}, then: {field: cpr.in_urls, equals: false}}"
    #expect(try InlineRules.status(check: check, "processing: {cpr_numbers: false}") == .met)
    #expect(try InlineRules.status(check: check, "processing: {cpr_numbers: true}\ncpr: {in_urls: true}") == .gap)
    #expect(try InlineRules.status(check: check, "processing: {cpr_numbers: true}") == .unanswered)
    #expect(try InlineRules.status(check: check, "cpr: {in_urls: false}") == .met)
  }

  @Test func quantifiersOverEmptyAndPartialLists() throws {
    let each = "{each: subprocessors.list, check: {field: flow_down, equals: true}}"
    #expect(try InlineRules.status(check: each, "subprocessors: {list: []}") == .met)
    #expect(
      try InlineRules.status(check: each, "subprocessors: {list: [{name: A, flow_down: true}, {name: B}]}")
        == .unanswered)
    #expect(
      try InlineRules.status(check: each, "subprocessors: {list: [{name: A, flow_down: false}, {name: B}]}") == .gap)
    let some = "{some: assurance.certifications, check: {field: standard, equals: iso27001}}"
    #expect(try InlineRules.status(check: some, "assurance: {certifications: []}") == .gap)
    #expect(
      try InlineRules.status(check: some, "assurance: {certifications: [{standard: iso27701}, {standard: iso27001}]}")
        == .met)
  }

  @Test func answeredIsMetOrUnansweredNeverAGap() throws {
    let check = "{field: vendor.country, answered: true}"
    #expect(try InlineRules.status(check: check, "vendor: {country: US}") == .met)
    #expect(try InlineRules.status(check: check, "vendor: {country: null}") == .unanswered)
    #expect(try InlineRules.status(check: check, "vendor: {name: X}") == .unanswered)
  }

  @Test func existsMakesAbsenceAGap() throws {
    let check = "{each: subprocessors.list, check: {field: transfer, exists: true}}"
    #expect(try InlineRules.status(check: check, "subprocessors: {list: [{name: A}]}") == .gap)
    #expect(
      try InlineRules.status(check: check, "subprocessors: {list: [{name: A, transfer: {mechanism: scc}}]}") == .met)
  }
}

/// A leaf's `says` replaces the generic wording of its failure.
@Suite struct LeafSentenceTests {
  static let check = """
    {field: breach_notification.max_hours, max: 48, \
    says: {da: "underretning efter {value} timer er for sent", en: "notice after {value} hours is too late"}}
    """

  @Test func aFailingLeafSaysItsSentence() throws {
    let catalog = try InlineRules.catalog(requirements: InlineRules.requirement(check: Self.check))
    let finding = try InlineRules.evaluate(catalog, declaration: "breach_notification:\n  max_hours: 72\n")
    #expect(finding.status == .gap)
    #expect(finding.message(.en) == "notice after 72 hours is too late")
    #expect(finding.message(.da) == "underretning efter 72 timer er for sent")
    #expect(finding.location.line == 3)
  }

  @Test func underNotTheSentenceIsDropped() throws {
    let catalog = try InlineRules.catalog(requirements: InlineRules.requirement(check: "{not: \(Self.check)}"))
    let finding = try InlineRules.evaluate(catalog, declaration: "breach_notification:\n  max_hours: 24\n")
    #expect(finding.status == .gap)
    #expect(!finding.message(.en).contains("too late"))
  }

  /// A freshness sentence speaks of a date that is too old; a date after the evaluation date keeps
  /// the generic wording, which says that evidence from the future is no evidence.
  @Test func aDateInTheFutureKeepsItsOwnWording() throws {
    let check = """
      {field: security.risk_assessment_date, max_age_months: 12, \
      says: {da: "risikovurderingen fra {value} er for gammel", en: "the risk assessment of {value} is too old"}}
      """
    let catalog = try InlineRules.catalog(requirements: InlineRules.requirement(check: check))
    let old = try InlineRules.evaluate(catalog, declaration: "security:\n  risk_assessment_date: 2024-10-01\n")
    #expect(old.message(.en) == "the risk assessment of 2024-10-01 is too old")
    let future = try InlineRules.evaluate(catalog, declaration: "security:\n  risk_assessment_date: 2027-01-05\n")
    #expect(future.status == .gap)
    #expect(future.message(.en).contains("after the evaluation date 2026-11-26"), "\(future.message(.en))")
    #expect(!future.message(.en).contains("too old"))
    #expect(future.location.line == 3)
  }

  @Test func anUnknownPlaceholderIsAnError() throws {
    let check = "{field: breach_notification.max_hours, max: 48, says: {da: \"{hours}\", en: \"{hours}\"}}"
    #expect(throws: Diagnostic.self) {
      try InlineRules.catalog(requirements: InlineRules.requirement(check: check))
    }
    do {
      _ = try InlineRules.catalog(requirements: InlineRules.requirement(check: check))
    } catch let error as Diagnostic {
      #expect(error.message == "'says' may use only {label} and {value}; found '{hours}'")
    }
  }

  @Test func aCountrySetIsNamedInWords() throws {
    let check = "{each: security.encryption.key_countries, check: {field: ., in_set: eea}}"
    let catalog = try InlineRules.catalog(requirements: InlineRules.requirement(check: check))
    let finding = try InlineRules.evaluate(catalog, declaration: "security:\n  encryption:\n    key_countries: [US]\n")
    #expect(finding.message(.en) == "security.encryption.key_countries[0] is 'US'; expected a country in the EU/EEA")
    #expect(finding.message(.da) == "security.encryption.key_countries[0] er 'US'; forventet et land i EU/EØS")
  }
}
