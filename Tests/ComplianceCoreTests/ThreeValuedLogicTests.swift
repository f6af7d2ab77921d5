import ComplianceCore
import TestSupport
import Testing

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
    #expect(try InlineRules.status(check: testCase.check, "breach_notification:\n  max_hours: null\n  phased_updates: ~\n  content:\n  channel:\nvendor:\n  country: null\ndeclared_on:\nsubprocessors:\n  list: null\ntransfers:\n") == .unanswered)
  }

  @Test func kleeneAll() throws {
    let check = "{all: [{field: instructions.documented_only, equals: true}, {field: instructions.own_purposes, equals: false}]}"
    #expect(try InlineRules.status(check: check, "instructions: {documented_only: true, own_purposes: false}") == .met)
    #expect(try InlineRules.status(check: check, "instructions: {documented_only: true}") == .unanswered)
    // false AND unknown is false: a gap, even with a missing answer beside it.
    #expect(try InlineRules.status(check: check, "instructions: {documented_only: false}") == .gap)
  }

  @Test func kleeneAny() throws {
    let check = "{any: [{field: security.access.mfa_users, equals: true}, {field: security.access.sso_protocols, min_items: 1}]}"
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
    #expect(try InlineRules.status(check: each, "subprocessors: {list: [{name: A, flow_down: true}, {name: B}]}") == .unanswered)
    #expect(try InlineRules.status(check: each, "subprocessors: {list: [{name: A, flow_down: false}, {name: B}]}") == .gap)
    let some = "{some: assurance.certifications, check: {field: standard, equals: iso27001}}"
    #expect(try InlineRules.status(check: some, "assurance: {certifications: []}") == .gap)
    #expect(try InlineRules.status(check: some, "assurance: {certifications: [{standard: iso27701}, {standard: iso27001}]}") == .met)
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
    #expect(try InlineRules.status(check: check, "subprocessors: {list: [{name: A, transfer: {mechanism: scc}}]}") == .met)
  }
}
