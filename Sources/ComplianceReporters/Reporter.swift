public import ComplianceCore

/// Options shared by every reporter.
public struct RenderOptions: Sendable {
  /// The language of human-readable text.
  public var language: Language
  /// Whether to use ANSI colour (text only; never when `NO_COLOR` is set or not on a terminal).
  public var colored: Bool

  /// Creates options.
  public init(language: Language = .en, colored: Bool = false) {
    self.language = language
    self.colored = colored
  }
}

/// Renders a report in one format. Rendering is pure and deterministic.
public protocol Reporter: Sendable {
  /// Renders the whole report.
  func render(_ report: Report, options: RenderOptions) throws -> String
}

/// The output formats, for `--format`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json

  /// The reporter for the format.
  public var reporter: any Reporter {
    switch self {
    case .text: TextReporter()
    case .json: JSONReporter()
    }
  }
}
