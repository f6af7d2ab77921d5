public import ComplianceCore
import YAMLSupport

/// One row per finding, for spreadsheets: RFC 4180 (`CSVText`: CRLF, quoting, formulas
/// neutralised), UTF-8 with a byte order mark.
///
/// The header row has fixed English column names whatever `--lang` says, so that a script reads
/// every report the same way; statuses and severities are the JSON report's values (`gap`,
/// `not_applicable`, `high`), and the title and message are in the report's language. Rows come
/// in the JSON report's order: declarations in input order, then each one's findings. An invalid
/// declaration gives one row per problem, with status `invalid`, the diagnostic's code as `rule`
/// and its position. Each declaration's rows are rendered as it is checked, so a portfolio
/// streams.
public struct CSVReporter: SectionedReporter {
  /// Creates the reporter.
  public init() {}

  /// The column names, in order.
  public static let columns = [
    "file", "vendor", "service", "profile", "rule", "status", "severity", "clause", "gdpr", "line", "column",
    "title", "message",
  ]

  var separator: String { "" }

  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws {
    try write(CSVText.byteOrderMark + CSVText.record(Self.columns))
  }

  func epilogue(_ summary: RunSummary, in run: RunContext) throws -> String { "" }

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    let lang = run.language
    let identity = [declaration.file, declaration.vendor ?? "", declaration.service ?? "", declaration.profile]
    guard declaration.valid else {
      return declaration.diagnostics.map { diagnostic in
        CSVText.record(
          identity + [
            diagnostic.code.rawValue, "invalid", "", "", "", String(diagnostic.location.line),
            String(diagnostic.location.column), "", diagnostic.message(lang),
          ])
      }.joined()
    }
    var out = ""
    for finding in declaration.findings {
      out += CSVText.record(
        identity + [
          finding.rule, finding.status.rawValue, finding.severity.rawValue, finding.clause,
          finding.requirement.requirement.gdpr.joined(separator: "; "), String(finding.location.line),
          String(finding.location.column), finding.title(lang), finding.message(lang),
        ])
    }
    return out
  }
}
