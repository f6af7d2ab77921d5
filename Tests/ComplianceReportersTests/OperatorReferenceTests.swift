import ComplianceCore
import ComplianceReporters
import Foundation
import TestSupport
import Testing

/// The operator table of `docs/rule-language.md` is generated from the operator descriptors: it must
/// match what they generate now.
@Suite struct OperatorReferenceTests {
  @Test func committedTableIsUpToDate() throws {
    let path = Package.path("docs/rule-language.md")
    let committed = try String(contentsOfFile: path, encoding: .utf8)
    let generated = try #require(
      OperatorReference().updating(committed), "docs/rule-language.md lacks the operator table's marker lines")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try generated.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    #expect(committed == generated, "docs/rule-language.md is stale: \(OperatorReference.begin)")
  }

  @Test func everyOperatorHasARowInTableOrder() {
    let rows = OperatorReference().render().split(separator: "\n").dropFirst(2)
    #expect(rows.count == Operator.all.count)
    for (row, descriptor) in zip(rows, Operator.all) {
      #expect(row.hasPrefix("| `\(descriptor.name): \(descriptor.operand.placeholder)` | "), "\(row)")
    }
  }

  @Test func updatingReplacesOnlyTheLinesBetweenTheMarkers() {
    let document = "# T\n\n\(OperatorReference.begin)\nold\nrows\n\(OperatorReference.end)\n\nAfter.\n"
    let expected =
      "# T\n\n\(OperatorReference.begin)\n" + OperatorReference().render() + "\(OperatorReference.end)\n\nAfter.\n"
    #expect(OperatorReference().updating(document) == expected)
    #expect(OperatorReference().updating("# T\n") == nil)
  }
}
