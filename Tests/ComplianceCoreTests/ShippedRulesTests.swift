import ComplianceCore
import TestSupport
import Testing

/// The shipped packs load, and every requirement's examples come out as they say.
@Suite struct ShippedRulesTests {
  @Test func everyExampleOfEveryPackPasses() throws {
    let catalog = try Package.catalog()
    let results = ExampleRunner.run(catalog)
    #expect(!results.isEmpty)
    for result in results where !result.passed {
      Issue.record("\(result.location): example of \(result.rule) expected \(result.expected.rawValue), got \(result.actual.rawValue): \(result.message)")
    }
  }

  @Test func everyRequirementHasMetAndGapExamples() throws {
    for coverage in ExampleRunner.coverage(try Package.catalog()) {
      #expect(coverage.incomplete.isEmpty, "\(coverage.pack): \(coverage.incomplete)")
    }
  }

  @Test func bundledAndDirectoryRulesAgree() throws {
    let catalog = try Package.catalog()
    #expect(catalog.packs.map(\.id) == catalog.packs.map(\.id).sorted())
    #expect(catalog.profileIDs.contains("kommune"))
  }
}
