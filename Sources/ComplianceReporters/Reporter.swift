public import ComplianceCore
public import YAMLSupport

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

/// What every part of a report may need to know about the run, known before the first file.
public struct RunContext: Sendable {
  /// Rendering options.
  public var options: RenderOptions
  /// The resolved profile: requirements, packs, parameters.
  public let ruleSet: RuleSet
  /// Each requirement's position in `ruleSet.requirements`, and the invalid-file rule's after them
  /// (SARIF's `ruleIndex`).
  let ruleIndex: [String: Int]
  /// The gate threshold.
  public var failOn: FailOn
  /// Whether several declarations are checked (a portfolio report).
  public var isPortfolio: Bool

  /// Creates a context.
  public init(options: RenderOptions, ruleSet: RuleSet, failOn: FailOn, isPortfolio: Bool) {
    self.options = options
    self.ruleSet = ruleSet
    var index: [String: Int] = [:]
    for (position, requirement) in ruleSet.requirements.enumerated() { index[requirement.id] = position }
    index[SARIFReporter.invalidRule] = ruleSet.requirements.count
    ruleIndex = index
    self.failOn = failOn
    self.isPortfolio = isPortfolio
  }

  /// The report language.
  public var language: Language { options.language }
}

/// Renders a report in one format, in three parts so that a portfolio of any size streams.
///
/// Each declaration's `section` is rendered as soon as it is evaluated, and its findings are then
/// dropped; the `prologue` (which may summarise the whole run, like a portfolio matrix) and the
/// `epilogue` are rendered at the end, from the run's summary, and written around the sections.
/// Rendering is pure and deterministic.
public protocol Reporter: Sendable {
  /// The text for one declaration.
  func section(for declaration: DeclarationReport, in run: RunContext) throws -> String
  /// What goes between two sections.
  var separator: String { get }
  /// The text before the sections.
  func prologue(_ summary: RunSummary, in run: RunContext) throws -> String
  /// The text after the sections.
  func epilogue(_ summary: RunSummary, in run: RunContext) throws -> String
  /// Writes the prologue in pieces (default: the whole `prologue` at once).
  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws
  /// Writes the whole report: the prologue, then `sections()` (which writes every section), then
  /// the epilogue. By default from `writePrologue` and `epilogue`; JSON and SARIF render prologue
  /// and epilogue from one encoding of the summary (`JSONEnvelopeReporter`).
  func writeReport(
    _ summary: RunSummary, in run: RunContext, sections: () throws -> Void, to write: (String) throws -> Void
  ) throws
  /// Whether the report shows findings per clause for every declaration.
  var needsClauseCounts: Bool { get }
  /// Whether the report shows findings in detail in `run` (their evidence, paths and locations);
  /// when it does not, the checker does not record them (`Checker.recordsEvidence`).
  func needsEvidence(in run: RunContext) -> Bool
}

extension Reporter {
  public var separator: String { "" }

  /// Whether the prologue or epilogue shows findings per clause (the portfolio matrix); only then
  /// does a run keep per-clause counts for every declaration.
  public var needsClauseCounts: Bool { false }

  /// Every format but the text summary of a portfolio shows findings in detail.
  public func needsEvidence(in run: RunContext) -> Bool { true }

  /// Writes the prologue in pieces; reporters whose prologue grows with the portfolio (a summary
  /// table) write it row by row, so that it is never held whole in memory.
  public func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws {
    try write(prologue(summary, in: run))
  }

  public func writeReport(
    _ summary: RunSummary, in run: RunContext, sections: () throws -> Void, to write: (String) throws -> Void
  ) throws {
    try writePrologue(summary, in: run, to: write)
    try sections()
    try write(epilogue(summary, in: run))
  }
}

/// A format whose report is one JSON document with the sections in one of its arrays: the
/// summary is encoded once with that array empty, and split there into prologue and epilogue.
protocol JSONEnvelopeReporter: Reporter {
  /// The prologue and epilogue around the sections.
  func envelope(_ summary: RunSummary, in run: RunContext) throws -> (prologue: String, epilogue: String)
}

extension JSONEnvelopeReporter {
  public func prologue(_ summary: RunSummary, in run: RunContext) throws -> String { try envelope(summary, in: run).prologue }
  public func epilogue(_ summary: RunSummary, in run: RunContext) throws -> String { try envelope(summary, in: run).epilogue }

  public func writeReport(
    _ summary: RunSummary, in run: RunContext, sections: () throws -> Void, to write: (String) throws -> Void
  ) throws {
    let (prologue, epilogue) = try envelope(summary, in: run)
    try write(prologue)
    try sections()
    try write(epilogue)
  }

  /// Splits pretty-printed JSON at the empty array `"key" : []` whose closing bracket is indented
  /// by `indent`, so that sections can be written between the two parts.
  ///
  /// - Throws: when the array is not found: the sections would otherwise follow a closed document.
  static func split(_ encoded: String, arrayKey: String, indent: String) throws -> (prologue: String, epilogue: String) {
    let opening = "\"\(arrayKey)\" : ["
    guard let (before, after) = encoded.split(around: "\(opening)\n\n\(indent)]") else {
      throw OutputError(.outputNoSectionArray, .text(arrayKey))
    }
    return (before + opening + "\n", "\n\(indent)]" + after + "\n")
  }
}

/// The output formats, for `--format`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, markdown, html, sarif, junit

  /// The reporter for the format.
  public var reporter: any Reporter {
    switch self {
    case .text: TextReporter()
    case .json: JSONReporter()
    case .markdown: MarkdownReporter()
    case .html: HTMLReporter()
    case .sarif: SARIFReporter()
    case .junit: JUnitReporter()
    }
  }
}

extension Finding {
  /// Whether the reports list the finding with its evidence: gaps, unanswered and waived
  /// requirements (met and not applicable ones are only counted).
  var isListed: Bool { status == .gap || status == .unanswered || status == .waived }
}
