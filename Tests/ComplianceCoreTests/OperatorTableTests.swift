import TestSupport
import Testing
import YAMLSupport

@testable import ComplianceCore

/// The operator table is complete: every operator is worded in both languages and documented,
/// parses a sample operand, and evaluates to met, gap and unanswered as its descriptor says.
@Suite struct OperatorTableTests {
  /// A check with the operator, and a declaration (without `format`) on which it is met and one on
  /// which it is a gap; nil for an operator that cannot be false.
  struct Sample: Sendable {
    var check: String
    var met: String
    var gap: String?
  }

  /// One sample per operator, by name; a new operator needs one here.
  static let samples: [String: Sample] = [
    "equals": Sample(
      check: "{field: vendor.name, equals: Acme}", met: "vendor: {name: Acme}", gap: "vendor: {name: Other}"),
    "not_equals": Sample(
      check: "{field: vendor.name, not_equals: Acme}", met: "vendor: {name: Other}", gap: "vendor: {name: Acme}"),
    "in": Sample(
      check: "{field: service.dpa_template, in: [vendor, other]}", met: "service: {dpa_template: vendor}",
      gap: "service: {dpa_template: dk-datatilsynet}"),
    "not_in": Sample(
      check: "{field: service.dpa_template, not_in: [vendor, other]}", met: "service: {dpa_template: dk-datatilsynet}",
      gap: "service: {dpa_template: vendor}"),
    "in_set": Sample(
      check: "{field: vendor.country, in_set: eea}", met: "vendor: {country: DK}", gap: "vendor: {country: US}"),
    "not_in_set": Sample(
      check: "{field: vendor.country, not_in_set: eea}", met: "vendor: {country: US}", gap: "vendor: {country: DK}"),
    "min": Sample(
      check: "{field: breach_notification.max_hours, min: {param: hours}}", met: "breach_notification: {max_hours: 48}",
      gap: "breach_notification: {max_hours: 12}"),
    "max": Sample(
      check: "{field: breach_notification.max_hours, max: 48}", met: "breach_notification: {max_hours: 24}",
      gap: "breach_notification: {max_hours: 72}"),
    "non_empty": Sample(
      check: "{field: vendor.name, non_empty: true}", met: "vendor: {name: Acme}", gap: "vendor: {name: ' '}"),
    "exists": Sample(
      check: "{field: vendor.name, exists: true}", met: "vendor: {name: Acme}", gap: "vendor: {country: DK}"),
    "answered": Sample(check: "{field: vendor.name, answered: true}", met: "vendor: {name: ''}", gap: nil),
    "max_age_days": Sample(
      check: "{field: security.risk_assessment_date, max_age_days: 30}",
      met: "security: {risk_assessment_date: 2026-11-20}", gap: "security: {risk_assessment_date: 2026-01-01}"),
    "max_age_months": Sample(
      check: "{field: security.risk_assessment_date, max_age_months: {param: months}}",
      met: "security: {risk_assessment_date: 2026-06-01}", gap: "security: {risk_assessment_date: 2027-01-01}"),
    "not_expired": Sample(
      check: "{field: security.risk_assessment_date, not_expired: true}",
      met: "security: {risk_assessment_date: 2027-01-01}", gap: "security: {risk_assessment_date: 2026-01-01}"),
    "after": Sample(
      check: "{field: security.policy_review_date, after: {field: security.risk_assessment_date, plus_days: 30}}",
      met: "security: {risk_assessment_date: 2026-01-01, policy_review_date: 2026-02-01}",
      gap: "security: {risk_assessment_date: 2026-01-01, policy_review_date: 2026-01-31}"),
    "min_items": Sample(
      check: "{field: processing.legal_basis, min_items: 2}", met: "processing: {legal_basis: [c, e]}",
      gap: "processing: {legal_basis: [e]}"),
    "contains_all": Sample(
      check: "{field: processing.legal_basis, contains_all: [c, e]}", met: "processing: {legal_basis: [c, e, f]}",
      gap: "processing: {legal_basis: [c]}"),
    "contains_any": Sample(
      check: "{field: processing.legal_basis, contains_any: [a, b]}", met: "processing: {legal_basis: [b]}",
      gap: "processing: {legal_basis: [e]}"),
    "same_as": Sample(
      check: "{field: vendor.parent_country, same_as: vendor.country}",
      met: "vendor: {country: DK, parent_country: DK}", gap: "vendor: {country: DK, parent_country: US}"),
    "different_from": Sample(
      check: "{field: vendor.parent_country, different_from: vendor.country}",
      met: "vendor: {country: DK, parent_country: US}", gap: "vendor: {country: DK, parent_country: DK}"),
  ]

  static let names = Operator.all.map(\.name)

  @Test func namesAreUniqueAndFound() {
    #expect(Set(Self.names).count == Operator.all.count)
    for descriptor in Operator.all {
      #expect(Operator.named(descriptor.name) === descriptor)
    }
    #expect(Operator.named("not_empty") == nil)
  }

  @Test(arguments: names)
  func isDocumented(_ name: String) throws {
    let descriptor = try #require(Operator.named(name))
    #expect(!descriptor.summary.isEmpty && !descriptor.summary.contains("\n"), "\(name): summary")
    #expect(!descriptor.fields.description.isEmpty, "\(name): field types")
    #expect(!descriptor.summary.contains("|") && !descriptor.fields.description.contains("|"), "\(name): a table cell")
  }

  @Test(arguments: names)
  func isWordedInBothLanguages(_ name: String) throws {
    let descriptor = try #require(Operator.named(name))
    #expect(!descriptor.wordings.isEmpty, "\(name) has no wording")
    for wording in descriptor.wordings {
      let wording = wording.texts
      var texts = [(wording.plain, "plain"), (wording.negated, "negated")]
      for (set, own) in wording.names { texts += [(own.plain, set), (own.negated, "not \(set)")] }
      for (text, form) in texts {
        #expect(!text.da.isEmpty && !text.en.isEmpty, "\(name), \(form): a language lacks a text")
        #expect(text.da != text.en, "\(name), \(form): not translated")
        for placeholder in ["%1", "%2", "%3"] {
          #expect(text.da.contains(placeholder) == text.en.contains(placeholder), "\(name), \(form): \(placeholder)")
        }
      }
    }
  }

  @Test(arguments: names)
  func evaluatesItsSample(_ name: String) throws {
    let descriptor = try #require(Operator.named(name))
    let sample = try #require(Self.samples[name], "no sample for '\(name)'")
    let catalog = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: sample.check, parameters: "{hours: 24, months: 12}"))
    let leaf = try #require(Self.leaf(catalog.allRequirements.first?.check))
    #expect(leaf.operation.operator === descriptor)

    let met = try InlineRules.evaluate(catalog, declaration: sample.met)
    #expect(met.status == .met, "\(name) on \(sample.met)")
    // An absent field is unknown, but for an operator whose question is whether it is there.
    let absent = try InlineRules.evaluate(catalog, declaration: "")
    #expect(absent.status == (descriptor.whenAbsent == nil ? .unanswered : .gap), "\(name) on nothing")

    #expect((sample.gap != nil) == descriptor.canBeFalse, "\(name): a gap sample exactly when it can be false")
    if let body = sample.gap {
      let gap = try InlineRules.evaluate(catalog, declaration: body)
      #expect(gap.status == .gap, "\(name) on \(body)")
      for language in [Language.da, .en] { #expect(!gap.message(language).isEmpty) }
      #expect(gap.message(.da) != gap.message(.en))
      for evidence in gap.evidence {
        guard case .test(let wording, _) = evidence.expectation else { continue }
        #expect(descriptor.wordings.contains(wording), "\(name) recorded a wording it does not list")
      }
    }
  }

  private static func leaf(_ check: Check?) -> Leaf? {
    if case .leaf(let leaf)? = check { return leaf }
    return nil
  }
}
