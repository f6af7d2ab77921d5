import ComplianceCore
import ComplianceReporters
import Foundation
import TestSupport
import Testing

/// `docs/rules.md` is generated from the packs: it must match what they generate now.
@Suite struct RulesReferenceTests {
  @Test func committedReferenceIsUpToDate() throws {
    let generated = RulesReference().render(try Package.catalog())
    let path = Package.path("docs/rules.md")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try generated.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let committed = try String(contentsOfFile: path, encoding: .utf8)
    #expect(committed == generated, "docs/rules.md is stale: run '\(RulesReference.command)'")
  }

  @Test func coverageTableListsEveryClauseAndMarksTheUncovered() throws {
    let catalog = try InlineRules.catalog(
      requirements: InlineRules.requirement(id: "T-01", check: "{field: breach_notification.max_hours, max: 48}"))
    let text = RulesReference().render(catalog)
    for clause in RulesReference.standardClauses where clause != "10" {
      #expect(text.contains("\n| \(clause) |  | **not covered** |"), "clause \(clause)")
    }
    #expect(text.contains("\n| 10 |  | `T-01` |"))
    #expect(
      text.contains(
        "Not covered by any requirement: 4, 5, 6, 7, 8, 9, 11, 12, A, B.1, B.2, C.1, C.2, C.3, C.4, C.5, C.6, C.7, C.8."
      ))
  }

  @Test func everyRequirementIsDocumentedWithBothCriteria() throws {
    let catalog = try Package.catalog()
    let text = RulesReference().render(catalog)
    for requirement in catalog.allRequirements {
      #expect(text.contains("\n#### \(requirement.id): "), "\(requirement.id)")
    }
    #expect(text.components(separatedBy: "\n- **Met if:** ").count - 1 == catalog.allRequirements.count)
    #expect(text.components(separatedBy: "\n- **Opfyldt, hvis:** ").count - 1 == catalog.allRequirements.count)
  }
}
