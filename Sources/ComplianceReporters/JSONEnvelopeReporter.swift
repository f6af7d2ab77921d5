public import ComplianceCore
import YAMLSupport

/// A format whose report is one JSON document with the sections as the items of one of its
/// arrays (a `StreamedSections`): the summary is encoded once, around that array.
protocol JSONEnvelopeReporter: Reporter {
  /// The document without the sections.
  func envelope(_ summary: RunSummary, in run: RunContext) throws -> any Encodable
}

extension JSONEnvelopeReporter {
  public func writeReport(
    _ summary: RunSummary, in run: RunContext, sections: (_ separator: String) throws -> Void,
    to write: (String) throws -> Void
  ) throws {
    let (before, after) = try JSONText.envelope(envelope(summary, in: run))
    try write(before)
    try sections(",\n")
    try write(after)
  }
}
