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
      out += "\n\(Phrase.warnings.text(lang)):\n" + waiverLines.map { "  \(style.yellow("!")) \($0.escapingControls)\n" }.joined()
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
    let failing = declaration.gateFailureCount(run.failOn) > 0
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
      out += "\n  \(severity) \(style.bold(finding.rule)) \(title) "
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
        out += "    " + Phrase.waiverLine.format(lang, waiver.expires.description, waiver.approvedBy, waiver.reason).escapingControls + "\n"
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

/// Count lines shared by the human formats.
enum Counts {
  static let order: [Status] = [.gap, .unanswered, .met, .notApplicable, .waived]

  static func line(_ count: (Status) -> Int, lang: Language) -> String {
    order.map { $0.counted(count($0), lang) }.joined(separator: ", ")
  }
}

/// The run's verdict.
enum Verdict {
  static func text(_ summary: RunSummary, lang: Language) -> String {
    !summary.allValid ? Phrase.verdictInvalid.text(lang) : (summary.passed ? Phrase.verdictPassed.text(lang) : Phrase.verdictFailed.text(lang))
  }

  static func text(_ declaration: DeclarationSummary, lang: Language) -> String {
    !declaration.valid ? Phrase.verdictInvalid.text(lang) : (declaration.gateFailures == 0 ? Phrase.verdictPassed.text(lang) : Phrase.verdictFailed.text(lang))
  }

  static func styled(_ summary: RunSummary, lang: Language, style: Style) -> String {
    let text = text(summary, lang: lang)
    return summary.allValid && summary.passed ? style.green(text) : style.red(text)
  }
}

/// The changes since a baseline, in plain text.
enum BaselineText {
  /// The changes as lines without heading or indent, shared by the human formats: one line per
  /// change, with the file name and the values (from the declaration and from the baseline)
  /// escaped by the display rule, so that a value can neither start a line nor send escapes.
  static func lines(_ delta: BaselineDelta, file: String, lang: Language) -> [String] {
    var lines: [String] = []
    if !delta.wasInBaseline { lines.append(Phrase.notInBaseline.text(lang)) }
    for change in delta.new {
      lines.append("+ \(Phrase.newFinding.format(lang, change.rule, change.after.name(lang), change.before?.name(lang) ?? "–"))")
    }
    for change in delta.resolved {
      lines.append("- \(Phrase.resolvedFinding.format(lang, change.rule, change.before?.name(lang) ?? "–", change.after.name(lang)))")
    }
    for answer in delta.changedAnswers {
      let place = answer.location.map { "\(file.escapingControls):\($0.line): " } ?? ""
      let before = answer.before?.escapingControls ?? Phrase.notAnswered.text(lang)
      let after = answer.after?.escapingControls ?? Phrase.notAnswered.text(lang)
      lines.append("~ \(place)\(Phrase.changedAnswer.format(lang, answer.path.escapingControls, before, after))")
    }
    if delta.new.isEmpty && delta.resolved.isEmpty && delta.changedAnswers.isEmpty {
      lines.append(Phrase.noChanges.text(lang))
    }
    return lines
  }

  /// The text report's block: a heading, then the lines indented.
  static func text(_ delta: BaselineDelta, file: String, lang: Language) -> String {
    "\n  \(Phrase.changesSinceBaseline.text(lang)):\n" + lines(delta, file: file, lang: lang).map { "    \($0)\n" }.joined()
  }
}

/// Waiver warnings shared by the human formats; the waiver's target (a vendor name or a path
/// pattern) is escaped by the display rule.
enum WaiverText {
  static func lines(_ summary: RunSummary, lang: Language) -> [String] {
    summary.waivers.compactMap { use -> String? in
      let target = use.waiver.target.escapingControls
      switch use.state {
      case .expired: return Phrase.expiredWaiver.format(lang, use.waiver.rule, target, use.waiver.expires.description)
      case .unused: return Phrase.unusedWaiver.format(lang, use.waiver.rule, target)
      case .expiring: return Phrase.expiringWaiver.format(lang, use.waiver.rule, target, use.waiver.expires.description)
      case .live: return nil
      }
    }
  }
}

/// The portfolio summary table in plain text.
///
/// Widths are measured in a first pass and rows written in a second, so that a table of many
/// thousand vendors is built without holding every cell at once.
enum PortfolioTable {
  static func write(_ summary: RunSummary, lang: Language, style: Style, to write: (String) throws -> Void) throws {
    let header = [
      Phrase.vendor.text(lang), Phrase.verdict.text(lang), Status.gap.pluralName(lang),
      Status.unanswered.pluralName(lang), Status.met.pluralName(lang), Phrase.worstGap.text(lang),
    ]
    func cells(_ declaration: DeclarationSummary) -> [String] {
      let vendor = (declaration.vendor ?? Phrase.unnamedVendor.text(lang)).escapingControls.truncated(36)
      let worst = declaration.worstGap.map { "\($0.rule) (\($0.severity.name(lang)))" } ?? "–"
      return [vendor, Verdict.text(declaration, lang: lang), String(declaration.count(.gap)), String(declaration.count(.unanswered)), String(declaration.count(.met)), worst]
    }
    var widths = header.map(\.count)
    for declaration in summary.declarations {
      for (index, cell) in cells(declaration).enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func format(_ row: [String]) -> String {
      row.enumerated().map { index, cell in
        index >= 2 && index <= 4 ? String(repeating: " ", count: widths[index] - cell.count) + cell : cell.padded(to: widths[index])
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    try write(style.bold(format(header)) + "\n")
    for declaration in summary.declarations {
      try write(format(cells(declaration)) + "  " + style.dim(declaration.file.escapingControls) + "\n")
    }
  }
}

/// ANSI styling that is a no-op when colour is off.
struct Style {
  let enabled: Bool

  private func paint(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  func bold(_ text: String) -> String { paint(text, "1") }
  func red(_ text: String) -> String { paint(text, "1;31") }
  func green(_ text: String) -> String { paint(text, "1;32") }
  func yellow(_ text: String) -> String { paint(text, "33") }
  func dim(_ text: String) -> String { paint(text, "2") }

  func severity(_ severity: Severity, _ text: String) -> String {
    switch severity {
    case .critical: paint(text, "1;35")
    case .high: paint(text, "1;31")
    case .medium: paint(text, "33")
    case .low: paint(text, "36")
    }
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func truncated(_ width: Int) -> String {
    count <= width ? self : String(prefix(width - 1)) + "…"
  }

  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
