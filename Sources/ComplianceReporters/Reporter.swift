public import ComplianceCore
import YAMLSupport

/// Renders a report in one format, so that a portfolio of any size streams.
///
/// Each declaration's `section` is rendered as soon as it is checked, and its findings are then
/// dropped; `writeReport` writes the report around the sections once the run's summary is known
/// (a portfolio matrix, the verdict). Rendering is pure and deterministic: the same values give
/// the same text. `render` puts the two together in memory.
public protocol Reporter: Sendable {
  /// The text for one declaration; empty when the format shows nothing for it (then no separator
  /// is written for it either).
  func section(for declaration: DeclarationReport, in run: RunContext) throws -> String

  /// Writes the report: what comes before the sections, then `sections(separator)`, which writes
  /// every non-empty section in input order with `separator` between two, then what comes after.
  func writeReport(
    _ summary: RunSummary, in run: RunContext, sections: (_ separator: String) throws -> Void,
    to write: (String) throws -> Void
  ) throws

  /// What the report shows of each declaration in `run` beyond its summary; a run keeps no more
  /// (docs/performance.md has what each saves). By default: findings in detail, no clause counts.
  func needs(in run: RunContext) -> ReportNeeds
}

extension Reporter {
  public func needs(in run: RunContext) -> ReportNeeds { [.evidence] }

  /// The whole report of `declarations`, checked in `run`, as one text: what a run writes, held
  /// in memory.
  public func render(_ declarations: [DeclarationReport], summary: RunSummary, in run: RunContext) throws -> String {
    let sections = try declarations.map { try section(for: $0, in: run) }.filter { !$0.isEmpty }
    var out = ""
    try writeReport(summary, in: run, sections: { out += sections.joined(separator: $0) }, to: { out += $0 })
    return out
  }
}
