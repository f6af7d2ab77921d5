import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

/// An informational requirement reports an answer and is never a gap: its check must not be able
/// to fail, and it needs a met example but no gap example.
@Suite struct InformationalRequirementTests {
  static let answered = "{field: subprocessors.third_party_beneficiary, answered: true}"

  @Test func itIsMetWhateverTheAnswerAndUnansweredWithout() throws {
    let catalog = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: Self.answered, severity: "low", informational: true))
    let requirement = try #require(catalog.allRequirements.first)
    #expect(requirement.isInformational)
    let yes = try InlineRules.evaluate(catalog, declaration: "subprocessors:\n  third_party_beneficiary: true\n")
    let no = try InlineRules.evaluate(catalog, declaration: "subprocessors:\n  third_party_beneficiary: false\n")
    #expect(yes.status == .met)
    #expect(no.status == .met)
    // The finding reports the answer and where it was read.
    #expect(no.location.line == 3)
    #expect(no.message(.en).contains("false"))
    let none = try InlineRules.evaluate(catalog, declaration: "subprocessors:\n  contract_copy_on_request: true\n")
    #expect(none.status == .unanswered)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var check: String
    var canFail: Bool
    var testDescription: String { check }
  }

  static let cases: [Case] = [
    Case(check: answered, canFail: false),
    Case(check: "{all: [\(answered), {field: subprocessors.list, answered: true}]}", canFail: false),
    Case(check: "{any: [\(answered), {field: subprocessors.third_party_beneficiary, equals: true}]}", canFail: false),
    Case(check: "{when: {field: subprocessors.authorisation, equals: general}, then: \(answered)}", canFail: false),
    Case(check: "{each: subprocessors.list, check: {field: flow_down, answered: true}}", canFail: false),
    Case(check: "{field: subprocessors.third_party_beneficiary, equals: true}", canFail: true),
    Case(check: "{all: [\(answered), {field: subprocessors.third_party_beneficiary, equals: true}]}", canFail: true),
    Case(check: "{not: \(answered)}", canFail: true),
    Case(check: "{some: subprocessors.list, check: {field: flow_down, answered: true}}", canFail: true),
    Case(check: "{field: subprocessors.third_party_beneficiary, exists: true}", canFail: true),
  ]

  /// A check that could be false would make an "informational" requirement a gap: refused when
  /// the pack loads, at the requirement's `informational` key.
  @Test(arguments: cases)
  func aCheckThatCanFailIsRefused(_ testCase: Case) throws {
    let text = InlineRules.requirement(check: testCase.check, severity: "low", informational: true)
    if testCase.canFail {
      do {
        _ = try InlineRules.catalog(requirements: text)
        Issue.record("loaded an informational requirement whose check can fail")
      } catch let error as Diagnostic {
        #expect(error.code == .rulesInformational)
        #expect(error.location.file == "t/r.yaml")
        #expect(error.location.line == 10)
        #expect(
          error.message.hasPrefix("requirement 'T-01' is informational and so never a gap, but its check can be false"))
      }
    } else {
      #expect(try InlineRules.catalog(requirements: text).allRequirements.count == 1)
    }
  }

  /// Coverage asks an informational requirement for a met example only; any other requirement
  /// still needs a gap example too.
  @Test func coverageNeedsNoGapExample() throws {
    let examples = """
          examples:
            - {expect: met, declaration: {subprocessors: {third_party_beneficiary: false}}}
            - {expect: unanswered, declaration: {subprocessors: {contract_copy_on_request: true}}}

      """
    let informational = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: Self.answered, severity: "low", informational: true) + examples)
    #expect(ExampleRunner.coverage(informational).flatMap(\.incomplete).isEmpty)
    #expect(ExampleRunner.run(informational).allSatisfy { $0.passed })
    let ordinary = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: Self.answered, severity: "low") + examples)
    #expect(ExampleRunner.coverage(ordinary).flatMap(\.incomplete) == ["T-01"])
    // `rules lint` agrees.
    #expect(!RuleLinter.lint(informational).contains { $0.code == .lintExamples })
    #expect(
      RuleLinter.lint(ordinary).filter { $0.code == .lintExamples }.map(\.message) == ["T-01: no 'gap' example"])
  }
}
