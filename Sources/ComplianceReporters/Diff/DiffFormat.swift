public import ComplianceCore
import YAMLSupport

/// The formats of `dpacheck diff`, for `--format`.
public enum DiffFormat: String, Sendable, CaseIterable {
  case text, json, markdown, html

  /// The report in this format.
  ///
  /// - Throws: only for a value JSON cannot write (never for a diff's values).
  public func render(_ report: DiffReport, options: RenderOptions) throws -> String {
    switch self {
    case .text: DiffTextReporter().render(report, options: options)
    case .json: try DiffJSONReporter().render(report)
    case .markdown: DiffMarkdownReporter().render(report, options: options)
    case .html: DiffHTMLReporter().render(report, options: options)
    }
  }
}
