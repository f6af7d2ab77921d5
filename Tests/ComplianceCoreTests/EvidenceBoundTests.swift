import Testing
import YAMLSupport

@testable import ComplianceCore

/// A check over a long list holds a bounded amount of evidence while it runs, and its values are
/// small: memory grows with a declaration by a bounded factor (docs/robustness.md, "Memory").
@Suite struct EvidenceBoundTests {
  private static func evidence(_ index: Int) -> Evidence {
    Evidence(
      path: "processing.purposes[\(index)]", label: nil,
      location: SourceLocation(file: "d.yaml", line: index + 1, column: 5), actual: .string("p"),
      expectation: .test(.nonEmpty, .none), negated: false)
  }

  @Test func aCollectorHoldsAtMostMaxEvidenceOfEachKindAsOutcomesArrive() {
    var collector = Outcome.Collector()
    var mostHeld = 0
    for index in 0..<10_000 {
      let evidence = Self.evidence(index)
      collector.add(Outcome(truth: .yes, supports: [evidence]))
      collector.add(Outcome(truth: .no, failures: [evidence]))
      collector.add(Outcome(truth: .unknown, missing: [Missing(path: evidence.path, location: evidence.location)]))
      mostHeld = max(mostHeld, collector.heldEvidence)
    }
    #expect(mostHeld == 3 * Outcome.maxEvidence)
    let outcome = collector.outcome(truth: .no)
    let first = (0..<Outcome.maxEvidence).map { "processing.purposes[\($0)]" }
    #expect(outcome.failures.map(\.path) == first)
    #expect(outcome.supports.map(\.path) == first)
    #expect(outcome.missing.map(\.path) == first)
  }

  @Test func repeatedFailuresAreSkippedAndOrderIsKept() {
    var collector = Outcome.Collector()
    for index in [0, 1, 0, 2, 1, 3] {
      collector.add(Outcome(truth: .no, failures: [Self.evidence(index)]))
    }
    #expect(collector.outcome(truth: .no).failures.map(\.path) == [0, 1, 2, 3].map { "processing.purposes[\($0)]" })
  }

  /// A value of a declaration, such as one item of a list, takes 40 bytes: a date is stored in 4.
  @Test func declarationValuesAreSmall() {
    #expect(MemoryLayout<Day>.size == 4)
    #expect(MemoryLayout<Located>.stride <= 40)
  }
}
