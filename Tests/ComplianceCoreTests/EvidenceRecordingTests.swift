import ComplianceCore
import Foundation
import TestSupport
import Testing
import YAMLSupport

/// A check that records no evidence (for the text summary of a portfolio) must decide exactly what
/// a full check decides: the same statuses, severities and gate, only without evidence and paths.
@Suite struct EvidenceRecordingTests {
  static let asOf = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

  static func checker(profile: String) throws -> Checker {
    let catalog = try Package.catalog()
    let ruleSet = try RuleSet.resolve(profile: profile, in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
    return Checker(ruleSet: ruleSet, asOf: asOf)
  }

  static let examples: [String] = {
    let folder = Package.root.appendingPathComponent("Examples/declarations").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
  }()

  @Test(arguments: ["kommune", "kommune-sundhed"])
  func statusesAndTheGateAreTheSameWithoutEvidence(profile: String) throws {
    let full = try Self.checker(profile: profile)
    var lean = full
    lean.recordsEvidence = false
    try #require(Self.examples.count >= 10)
    var gapsSeen = 0
    for path in Self.examples {
      let source = try SourceFile(name: path, bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
      let withEvidence = full.check(source)
      let without = lean.check(source)
      #expect(withEvidence.valid && without.valid, "\(path)")
      #expect(withEvidence.findings.map(\.rule) == without.findings.map(\.rule))
      #expect(withEvidence.findings.map(\.status) == without.findings.map(\.status), "\(path)")
      #expect(withEvidence.findings.map(\.severity) == without.findings.map(\.severity))
      #expect(withEvidence.gateFailureCount(full.failOn) == without.gateFailureCount(lean.failOn))
      #expect(withEvidence.worstGap?.rule == without.worstGap?.rule)
      // The full check has evidence for its met and failed findings; the lean one has none.
      #expect(withEvidence.findings.contains { !$0.evidence.isEmpty })
      #expect(without.findings.allSatisfy { $0.evidence.isEmpty && $0.path.isEmpty })
      gapsSeen += withEvidence.findings.filter { $0.status == .gap }.count
    }
    #expect(gapsSeen > 0)
  }

  @Test func aBaselineAlwaysRecordsEvidence() throws {
    let text = """
      {"format": "dpacheck/report/v1", "declarations": []}
      """
    let baseline = try Baseline.load(SourceFile(name: "baseline.json", text: text))
    let ruleSet = try Self.checker(profile: "kommune").ruleSet
    var checker = Checker(ruleSet: ruleSet, asOf: Self.asOf, baseline: baseline)
    checker.recordsEvidence = false
    let path = try #require(Self.examples.first)
    let source = try SourceFile(name: path, bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
    let report = checker.check(source)
    #expect(report.valid)
    #expect(report.findings.contains { !$0.evidence.isEmpty && !$0.path.isEmpty })
  }
}
