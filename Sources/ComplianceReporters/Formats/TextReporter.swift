public import ComplianceCore
import YAMLSupport

/// The terminal report: verdict, counts, then gaps and unanswered by severity with `file:line`.
///
/// For a portfolio it prints a summary table (vendor, verdict, counts, worst gap) and the problems
/// of invalid files.
public struct TextReporter: SectionedReporter {
  /// Creates the reporter.
  public init() {}

  var separator: String { "\n" }

  /// A portfolio is a summary table, with the problems of invalid files only.
  public func needs(in run: RunContext) -> ReportNeeds { run.isPortfolio ? [] : [.evidence] }

  /// A portfolio's prologue is a summary table, written row by row; its sections are the problems
  /// of invalid files only.
  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws {
    let lang = run.language
    let profile = summary.profile.escapingControls
    try write(
      "\(summary.toolName) \(summary.toolVersion) · \(Phrase.profile.text(lang)): \(profile) · "
        + "\(Phrase.asOf.text(lang)) \(summary.asOf)\n\n")
    guard run.isPortfolio else { return }
    try PortfolioTable.write(summary, lang: lang, style: Style(enabled: run.options.colored), to: write)
    try write("\n")
  }

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    let lang = run.language
    let style = Style(enabled: run.options.colored)
    if run.isPortfolio && declaration.valid { return "" }
    return render(declaration, run: run, lang: lang, style: style)
  }

  func epilogue(_ summary: RunSummary, in run: RunContext) -> String {
    let lang = run.language
    let style = Style(enabled: run.options.colored)
    var out = ""
    if !summary.exclusions.isEmpty {
      out += "\n\(Phrase.excludedByProfile.text(lang)):\n"
      for exclusion in summary.exclusions {
        let setBy = exclusion.setBy.escapingControls
        out += "  \(exclusion.rule) (\(setBy)): \(exclusion.justification.escapingControls)\n"
      }
    }
    let waiverLines = WaiverText.lines(summary, lang: lang)
    if !waiverLines.isEmpty {
      out +=
        "\n\(Phrase.warnings.text(lang)):\n"
        + waiverLines.map { "  \(style.yellow("!")) \($0.escapingControls)\n" }.joined()
    }
    out += "\n\(Phrase.gateLine.format(lang, summary.failOn.name(lang))). \(Phrase.unansweredCountsNote.text(lang)).\n"
    out += "\(Phrase.verdict.text(lang)): \(Verdict.styled(summary, lang: lang, style: style))\n"
    return out
  }

  private func render(_ declaration: DeclarationReport, run: RunContext, lang: Language, style: Style) -> String {
    // Text from the input files goes to a terminal: every hidden character is escaped
    // (`isHiddenFromDisplay`: no escape sequences, no bidi reordering, no line breaks in a field).
    let vendor = (declaration.vendor ?? Phrase.unnamedVendor.text(lang)).escapingControls
    var out = style.bold(vendor) + "  (\(declaration.file.escapingControls))\n"
    guard declaration.valid else {
      out += "  " + style.red(Phrase.invalidDeclaration.text(lang)) + "\n"
      for diagnostic in declaration.diagnostics {
        let rendered = diagnostic.rendered(colored: false, language: lang)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        out += lines.map { "  \($0)" }.joined(separator: "\n") + "\n"
      }
      return out
    }
    let failing = declaration.gateFailureCount(run.failOn(for: declaration.profile)) > 0
    let verdict = failing ? style.red(Phrase.verdictFailed.text(lang)) : style.green(Phrase.verdictPassed.text(lang))
    out += "  \(verdict)  \(Counts.line(declaration.count, lang: lang))\n"
    let open = declaration.findings.filter { $0.isListed }
    if open.isEmpty {
      out += "  \(Phrase.noGaps.text(lang))\n"
    }
    for finding in open {
      let requirement = finding.requirement.requirement
      let severity = style.severity(finding.severity, finding.severity.name(lang).padded(to: 8))
      let status = finding.status.name(lang)
      let title = finding.title(lang).escapingControls
      let articles = LegalCitation.gdpr(requirement.gdpr, lang).escapingControls
      out +=
        "\n  \(severity) \(style.bold(finding.rule)) \(title) "
        + "[\(status); \(LegalCitation.clause(finding.clause, lang).escapingControls); \(articles)]\n"
      out += "    \(finding.location.description.escapingControls): \(finding.message(lang).escapingControls)\n"
      // Only an open finding can be known from the baseline: a waived one is settled by its waiver.
      if finding.isNewSinceBaseline == false && (finding.status == .gap || finding.status == .unanswered) {
        out += "    (\(Phrase.knownInBaseline.text(lang)))\n"
      }
      for related in finding.relatedLocations.prefix(5) {
        let place = related.location.description.escapingControls
        out += "    \(place): \(Phrase.relatedLocations.text(lang).lowercased()) \(related.path.escapingControls)\n"
      }
      if let waiver = finding.waiver {
        out +=
          "    "
          + Phrase.waiverLine.format(lang, waiver.expires.description, waiver.approvedBy, waiver.reason)
          .escapingControls + "\n"
      } else {
        out += "    \(Phrase.remediation.text(lang)): \(finding.remediation(lang).escapingControls)\n"
      }
      for warning in finding.warnings(lang) { out += "    \(style.yellow("!")) \(warning.escapingControls)\n" }
    }
    if let delta = declaration.baseline {
      out += BaselineText.text(delta, file: declaration.file, lang: lang)
    }
    let warned = declaration.findings.filter { $0.status == .met && !$0.warnings(lang).isEmpty }
    if !warned.isEmpty {
      out += "\n  \(Phrase.warnings.text(lang)):\n"
      for finding in warned {
        for warning in finding.warnings(lang) {
          let place = finding.location.description.escapingControls
          out += "  \(style.yellow("!")) \(place) \(finding.rule): \(warning.escapingControls)\n"
        }
      }
    }
    return out
  }
}
