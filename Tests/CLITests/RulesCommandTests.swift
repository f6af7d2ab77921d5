import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct RulesCommandTests {
  @Test func lintPassesOnTheShippedPacks() throws {
    let result = try CLI.run(["rules", "lint"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(" 0 errors"))
  }

  @Test func lintListsEveryProblemWithItsPlace() throws {
    let result = try CLI.run(["rules", "lint", "--rules", "Tests/Fixtures/rules-lint"])
    #expect(result.status == 2)
    let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(
      errors.contains {
        $0.hasPrefix("Tests/Fixtures/rules-lint/profiles/bad.yaml:4:3: error: unknown requirement 'L-03'")
      })
    #expect(
      errors.contains {
        $0.contains("requirements.yaml:3:5: error: L-01: 'met_if' (da) should start \"Kravet er opfyldt, hvis …\"")
      })
    #expect(errors.contains { $0.contains("L-01: no 'gap' example") })
    #expect(errors.contains { $0.contains("L-02: 'rationale' has no Danish text") })
    #expect(errors.contains { $0.contains("L-02: no GDPR article is cited") })
    #expect(result.stderr.contains("warning: L-01: parameter 'unused' is used neither by the check nor in a text"))
    #expect(result.stdout.contains("5 errors"))
  }

  @Test func rulesTestReportsCoveragePerPack() throws {
    let result = try CLI.run(["rules", "test"])
    #expect(result.status == 0)
    for pack in ["dk-dpa", "security-baseline", "special-categories"] {
      #expect(result.stdout.contains(pack))
    }
  }

  @Test func rulesTestFailsOnAMissingGapExample() throws {
    let result = try CLI.run(["rules", "test", "--rules", "Tests/Fixtures/rules-lint"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("requirement L-01 in golden needs at least one met and one gap example"))
  }

  @Test func packsHaveSixtyRequirementsAndCoverEveryClause() throws {
    let list = try CLI.run(["rules", "list"]).stdout.split(separator: "\n").filter {
      $0.range(of: "^[A-Z]+-[0-9A-Za-z.]+ ", options: .regularExpression) != nil
    }
    #expect(list.count >= 60)
    let clauses = Set(
      list.compactMap { line in
        line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first.map(String.init)
      })
    for clause in [
      "4", "5", "6", "7", "8", "9", "10", "11", "12", "A", "B.1", "B.2", "C.1", "C.2", "C.3", "C.4", "C.5", "C.6",
      "C.7", "C.8",
    ] {
      #expect(clauses.contains(clause), "clause \(clause) has no requirement")
    }
  }
}
