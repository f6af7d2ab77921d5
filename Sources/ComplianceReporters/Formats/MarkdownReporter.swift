public import ComplianceCore
import YAMLSupport

/// A report for a pull-request comment or an e-mail: verdict, counts, and a table of gaps and
/// unanswered questions by severity with clause, article and the declaration's line.
///
/// Text from input files is written by `Escape.markdown` (or `markdownCell`, `markdownCode`), so
/// that it shows as itself and creates no structure, mention or reference (on GitHub too).
public struct MarkdownReporter: SectionedReporter {
  /// Creates the reporter.
  public init() {}

  var separator: String { "\n" }

  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws {
    try write(prologue(summary, in: run))
  }

  private func prologue(_ summary: RunSummary, in run: RunContext) -> String {
    let lang = run.language
    let title = run.isPortfolio ? Phrase.portfolioTitle.text(lang) : Phrase.reportTitle.text(lang)
    var out = "# \(title)\n\n"
    out +=
      "**\(Phrase.verdict.text(lang)): \(Verdict.text(summary, lang: lang))** · "
      + "\(Phrase.profile.text(lang)) \(Escape.markdownCode(summary.profile)) · "
      + "\(Phrase.asOf.text(lang)) \(summary.asOf) · "
      + "\(Phrase.failOnLabel.text(lang)) `\(summary.failOn.name(lang))`\n\n"
    guard run.isPortfolio else { return out }
    // With a profile map that gave vendors different profiles, a last column names each one's.
    let showProfile = Set(summary.declarations.map(\.profile)).count > 1
    out += row(
      [
        Phrase.vendor.text(lang), Phrase.verdict.text(lang), Status.gap.pluralName(lang),
        Status.unanswered.pluralName(lang), Status.met.pluralName(lang), Phrase.worstGap.text(lang),
        Phrase.file.text(lang),
      ] + (showProfile ? [Phrase.profile.text(lang)] : []))
    out += "| --- | --- | ---: | ---: | ---: | --- | --- |" + (showProfile ? " --- |\n" : "\n")
    for declaration in summary.declarations {
      let vendor = Escape.markdownCell(declaration.vendor ?? Phrase.unnamedVendor.text(lang))
      let worst = declaration.worstGap.map { "\($0.rule) (\($0.severity.name(lang)))" } ?? "–"
      let counts = [Status.gap, .unanswered, .met].map { String(declaration.count($0)) }
      let file = Escape.markdownCode(declaration.file, inTable: true)
      let profile = showProfile ? [Escape.markdownCode(declaration.profile, inTable: true)] : []
      out += row([vendor, Verdict.text(declaration, lang: lang)] + counts + [worst, file] + profile)
    }
    return out + "\n"
  }

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    let lang = run.language
    if run.isPortfolio && declaration.valid { return "" }
    let vendor = Escape.markdown(declaration.vendor ?? Phrase.unnamedVendor.text(lang))
    var out = "## \(vendor) (\(Escape.markdownCode(declaration.file)))\n\n"
    guard declaration.valid else {
      out += "**\(Phrase.invalidDeclaration.text(lang)).**\n\n```text\n"
      out += declaration.diagnostics.map { $0.rendered(colored: false, language: lang) }.joined(separator: "\n")
        .replacingAll("```", with: "` ` `")
      return out + "\n```\n"
    }
    out += Counts.line(declaration.count, lang: lang) + "\n\n"
    let open = declaration.findings.filter { $0.isListed }
    if let delta = declaration.baseline {
      let lines = BaselineText.lines(delta, file: declaration.file, lang: lang)
      out +=
        "**\(Phrase.changesSinceBaseline.text(lang))**\n\n```diff\n"
        + lines.joined(separator: "\n").replacingAll("```", with: "` ` `") + "\n```\n\n"
    }
    guard !open.isEmpty else { return out + Phrase.noGaps.text(lang) + "\n" }
    out += row(
      [Phrase.severity, .requirement, .status, .clause, .articles, .location, .findings].map { $0.text(lang) })
    out += "| --- | --- | --- | --- | --- | --- | --- |\n"
    for finding in open {
      let requirement = finding.requirement.requirement
      let location = Escape.markdownCode("\(declaration.file):\(finding.location.line)", inTable: true)
      var message = finding.message(lang)
      if let waiver = finding.waiver {
        let waiverLine = Phrase.waiverLine.format(lang, waiver.expires.description, waiver.approvedBy, waiver.reason)
        message += " — " + waiverLine
      }
      out += row([
        finding.severity.name(lang),
        "**\(finding.rule)** \(Escape.markdownCell(finding.title(lang)))",
        finding.status.name(lang),
        Escape.markdownCell(LegalCitation.clause(finding.clause, lang)),
        Escape.markdownCell(LegalCitation.gdpr(requirement.gdpr, lang)),
        location,
        Escape.markdownCell(message),
      ])
    }
    return out
  }

  /// A table row: the cells, Markdown already, between pipes.
  private func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |\n"
  }

  func epilogue(_ summary: RunSummary, in run: RunContext) -> String {
    let lang = run.language
    var out =
      "\n> \(Phrase.gateLine.format(lang, summary.failOn.name(lang))). \(Phrase.unansweredCountsNote.text(lang)).\n"
    if !summary.exclusions.isEmpty {
      out += "\n**\(Phrase.excludedByProfile.text(lang))**\n\n"
      out += summary.exclusions.map {
        "- \($0.rule) (\(Escape.markdown($0.setBy))): \(Escape.markdown($0.justification))\n"
      }.joined()
    }
    let waivers = WaiverText.lines(summary, lang: lang)
    if !waivers.isEmpty {
      out += "\n**\(Phrase.warnings.text(lang))**\n\n" + waivers.map { "- \(Escape.markdown($0))\n" }.joined()
    }
    return out
  }
}
