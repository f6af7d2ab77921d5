public import ComplianceCore
import YAMLSupport

/// The machine contract (design §8): `dpacheck/report/v1`, keys sorted, no timestamps.
///
/// Declarations stream: each is encoded on its own and placed in the `declarations` array of a
/// top-level object encoded from the run's summary.
public struct JSONReporter: JSONEnvelopeReporter {
  /// Creates the reporter.
  public init() {}

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    try JSONText.encode(ReportJSON.declaration(declaration, language: run.language), indent: 4)
  }

  func envelope(_ summary: RunSummary, in run: RunContext) -> any Encodable {
    ReportJSON(summary, language: run.language)
  }
}
