import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

/// The country logic: EEA, adequacy with scope, Greenland, and joins between lists.
@Suite struct TransferLogicTests {
  /// Every sub-processor country outside the EEA needs a valid mechanism.
  static let subprocessorCheck = """
    {each: subprocessors.list, as: sp, check: {each: countries, where: {field: ., not_in_set: eea}, \
    check: {all: [{field: sp.transfer, exists: true}, {any: [\
    {field: sp.transfer.mechanism, in: [scc, bcr]}, \
    {all: [{field: ., in_set: adequacy}, {field: sp.transfer.mechanism, equals: adequacy}]}, \
    {all: [{field: ., in_set: adequacy_dpf}, {field: sp.transfer.mechanism, in: [dpf, adequacy]}, \
    {field: sp.transfer.dpf_certified, equals: true}]}]}]}}}
    """

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var subprocessor: String
    var expected: Status
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "Norway written unquoted is EEA", subprocessor: "{name: A, countries: [NO]}", expected: .met),
    Case(name: "Germany needs nothing", subprocessor: "{name: A, countries: [DE]}", expected: .met),
    Case(name: "EL is Greece", subprocessor: "{name: A, countries: [EL]}", expected: .met),
    Case(
      name: "Faroe Islands by adequacy", subprocessor: "{name: A, countries: [FO], transfer: {mechanism: adequacy}}",
      expected: .met),
    Case(
      name: "Greenland has no adequacy", subprocessor: "{name: A, countries: [GL], transfer: {mechanism: adequacy}}",
      expected: .gap),
    Case(
      name: "Greenland under SCCs", subprocessor: "{name: A, countries: [GL], transfer: {mechanism: scc}}",
      expected: .met),
    Case(
      name: "US certified under DPF",
      subprocessor: "{name: A, countries: [US], transfer: {mechanism: dpf, dpf_certified: true}}", expected: .met),
    Case(
      name: "US not certified",
      subprocessor: "{name: A, countries: [US], transfer: {mechanism: dpf, dpf_certified: false}}", expected: .gap),
    Case(
      name: "US adequacy claimed without certification answer",
      subprocessor: "{name: A, countries: [US], transfer: {mechanism: adequacy}}", expected: .unanswered),
    Case(
      name: "Canada by adequacy", subprocessor: "{name: A, countries: [CA], transfer: {mechanism: adequacy}}",
      expected: .met),
    Case(
      name: "United Kingdom by adequacy", subprocessor: "{name: A, countries: [GB], transfer: {mechanism: adequacy}}",
      expected: .met),
    Case(name: "India without any transfer", subprocessor: "{name: A, countries: [IN]}", expected: .gap),
    Case(
      name: "India by derogation", subprocessor: "{name: A, countries: [IN], transfer: {mechanism: derogation}}",
      expected: .gap),
    Case(
      name: "India under BCRs", subprocessor: "{name: A, countries: [DK, IN], transfer: {mechanism: bcr}}",
      expected: .met),
  ]

  @Test(arguments: cases)
  func subprocessorTransferMechanisms(_ testCase: Case) throws {
    let status = try InlineRules.status(
      check: Self.subprocessorCheck, "subprocessors:\n  list:\n    - \(testCase.subprocessor)\n")
    #expect(status == testCase.expected)
  }

  @Test func joinFindsTheTransferForTheSameCountry() throws {
    let check =
      "{each: processing.locations, as: site, where: {field: country, not_in_set: eea}, "
      + "check: {some: $.transfers, check: {field: country, same_as: site.country}}}"
    let catalog = try InlineRules.catalog(requirements: InlineRules.requirement(check: check))
    let locations = """
      processing:
        locations:
          - {country: DK, role: storage}
          - {country: IN, role: support_access}

      """
    let met = try InlineRules.evaluate(
      catalog, declaration: locations + "transfers:\n  - {country: IN, mechanism: scc}\n")
    #expect(met.status == .met)
    let gap = try InlineRules.evaluate(
      catalog, declaration: locations + "transfers:\n  - {country: US, mechanism: scc}\n")
    #expect(gap.status == .gap)
    // The finding points at the location that lacks a transfer, not at the transfers list.
    #expect(gap.location.line == 5)
    #expect(gap.path == "processing.locations[1]")
    #expect(gap.message(.en).contains("no entry in transfers meets the requirement"))
  }

  @Test func countryNormalisationAndCase() throws {
    #expect(try InlineRules.status(check: "{field: vendor.country, equals: GR}", "vendor: {country: EL}") == .met)
    #expect(throws: DiagnosticList.self) {
      _ = try InlineRules.status(check: "{field: vendor.country, in_set: eea}", "vendor: {country: dk}")
    }
  }

  /// An adequacy decision counts from its date and until any end date, as of the evaluation date.
  struct DatedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var country: String
    var asOf: String
    var expected: Status
    var testDescription: String { name }
  }

  static let datedCases: [DatedCase] = [
    // Implementing Decision (EU) 2026/179 of 26 January 2026.
    DatedCase(name: "Brazil the day before its decision", country: "BR", asOf: "2026-01-25", expected: .gap),
    DatedCase(name: "Brazil on the day of its decision", country: "BR", asOf: "2026-01-26", expected: .met),
    // Implementing Decision (EU) 2021/1772 of 28 June 2021, renewed on 19 December 2025 until 27 December 2031.
    DatedCase(name: "United Kingdom before its first decision", country: "GB", asOf: "2021-06-27", expected: .gap),
    DatedCase(name: "United Kingdom between the two decisions", country: "GB", asOf: "2025-12-24", expected: .met),
    DatedCase(name: "United Kingdom after the renewal ends", country: "GB", asOf: "2031-12-28", expected: .gap),
    DatedCase(name: "Switzerland, a decision of 2000", country: "CH", asOf: "2026-11-26", expected: .met),
  ]

  @Test(arguments: datedCases)
  func adequacyCountsFromTheDecisionsDate(_ testCase: DatedCase) throws {
    let body =
      "subprocessors:\n  list:\n    - {name: A, countries: [\(testCase.country)], transfer: {mechanism: adequacy}}\n"
    #expect(try InlineRules.status(check: Self.subprocessorCheck, body, asOf: testCase.asOf) == testCase.expected)
  }

  @Test func theUnitedStatesIsCoveredOnlyFromTheDataPrivacyFramework() throws {
    let body =
      "subprocessors:\n  list:\n    - {name: A, countries: [US], transfer: {mechanism: dpf, dpf_certified: true}}\n"
    // Implementing Decision (EU) 2023/1795 of 10 July 2023.
    #expect(try InlineRules.status(check: Self.subprocessorCheck, body, asOf: "2023-07-09") == .gap)
    #expect(try InlineRules.status(check: Self.subprocessorCheck, body, asOf: "2023-07-10") == .met)
  }
}
