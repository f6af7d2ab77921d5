import ComplianceCore
import YAMLSupport

/// The output formats, for `--format`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, markdown, html, sarif, junit, codequality, csv, xlsx

  /// The reporter for the format.
  public var reporter: any Reporter {
    switch self {
    case .text: TextReporter()
    case .json: JSONReporter()
    case .markdown: MarkdownReporter()
    case .html: HTMLReporter()
    case .sarif: SARIFReporter()
    case .junit: JUnitReporter()
    case .codequality: CodeQualityReporter()
    case .csv: CSVReporter()
    case .xlsx: XLSXReporter()
    }
  }

  /// Whether the format is a binary file that only goes to a named file (`-o FILE`).
  public var needsFile: Bool { self == .xlsx }
}
