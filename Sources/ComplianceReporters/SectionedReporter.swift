public import ComplianceCore
import YAMLSupport

/// A format whose report is a prologue, the sections with a separator between two, and an
/// epilogue, each a text.
protocol SectionedReporter: Reporter {
  /// What goes between two sections.
  var separator: String { get }
  /// Writes the text before the sections, in pieces where it grows with the portfolio.
  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws
  /// The text after the sections.
  func epilogue(_ summary: RunSummary, in run: RunContext) throws -> String
}

extension SectionedReporter {
  public func writeReport(
    _ summary: RunSummary, in run: RunContext, sections: (_ separator: String) throws -> Void,
    to write: (String) throws -> Void
  ) throws {
    try writePrologue(summary, in: run, to: write)
    try sections(separator)
    try write(epilogue(summary, in: run))
  }
}
