public import ComplianceCore
import YAMLSupport

/// The terminal report: verdict, counts, then gaps and unanswered by severity with `file:line`.
public struct TextReporter: Reporter {
  /// Creates the reporter.
  public init() {}

  public func render(_ report: Report, options: RenderOptions) throws -> String {
    let lang = options.language
    let style = Style(enabled: options.colored)
    var out = "\(report.toolName) \(report.toolVersion) · \(Phrase.profile.text(lang)): \(report.profile) · \(Phrase.asOf.text(lang)) \(report.asOf)\n"
    for declaration in report.declarations {
      out += "\n" + render(declaration, report: report, lang: lang, style: style)
    }
    if !report.exclusions.isEmpty {
      out += "\n\(Phrase.excludedByProfile.text(lang)):\n"
      for exclusion in report.exclusions {
        out += "  \(exclusion.rule) (\(exclusion.setBy)): \(exclusion.justification)\n"
      }
    }
    let waiverLines = report.waivers.compactMap { use -> String? in
      let target = use.waiver.target
      switch use.state {
      case .expired: return Phrase.expiredWaiver.format(lang, use.waiver.rule, target, use.waiver.expires.description)
      case .unused: return Phrase.unusedWaiver.format(lang, use.waiver.rule, target)
      case .expiring: return Phrase.expiringWaiver.format(lang, use.waiver.rule, target, use.waiver.expires.description)
      case .live: return nil
      }
    }
    if !waiverLines.isEmpty {
      out += "\n\(Phrase.warnings.text(lang)):\n" + waiverLines.map { "  \(style.yellow("!")) \($0)\n" }.joined()
    }
    let verdict = !report.allValid ? style.red(Phrase.verdictInvalid.text(lang)) : (report.passed ? style.green(Phrase.verdictPassed.text(lang)) : style.red(Phrase.verdictFailed.text(lang)))
    out += "\n\(Phrase.gateLine.format(lang, report.failOn.rawValue)). \(Phrase.unansweredCountsNote.text(lang)).\n"
    out += "\(Phrase.verdict.text(lang)): \(verdict)\n"
    return out
  }

  private func render(_ declaration: DeclarationReport, report: Report, lang: Language, style: Style) -> String {
    let vendor = declaration.vendor ?? Phrase.unnamedVendor.text(lang)
    var out = style.bold(vendor) + "  (\(declaration.file))\n"
    guard declaration.valid else {
      out += "  " + style.red(Phrase.invalidDeclaration.text(lang)) + "\n"
      for diagnostic in declaration.diagnostics {
        out += diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n") + "\n"
      }
      return out
    }
    let counts = [
      "\(declaration.count(.gap)) \(Phrase.gap.text(lang))", "\(declaration.count(.unanswered)) \(Phrase.unanswered.text(lang))",
      "\(declaration.count(.met)) \(Phrase.met.text(lang))", "\(declaration.count(.notApplicable)) \(Phrase.notApplicable.text(lang))",
      "\(declaration.count(.waived)) \(Phrase.waived.text(lang))",
    ]
    let failing = !declaration.gateFailures(report.failOn).isEmpty
    let verdict = failing ? style.red(Phrase.verdictFailed.text(lang)) : style.green(Phrase.verdictPassed.text(lang))
    out += "  \(verdict)  \(counts.joined(separator: ", "))\n"
    let open = declaration.findings.filter { $0.status == .gap || $0.status == .unanswered || $0.status == .waived }
    if open.isEmpty {
      out += "  \(Phrase.noGaps.text(lang))\n"
    }
    for finding in open {
      let requirement = finding.requirement.requirement
      let severity = style.severity(finding.severity, finding.severity.name(lang).padded(to: 8))
      let status = finding.status.name(lang)
      out += "\n  \(severity) \(style.bold(finding.rule)) \(finding.title(lang)) [\(status); \(Phrase.clause.text(lang)) \(finding.clause); \(requirement.gdpr.joined(separator: ", "))]\n"
      out += "    \(finding.location): \(finding.message(lang))\n"
      for related in finding.relatedLocations.prefix(5) {
        out += "    \(related.location): \(Phrase.relatedLocations.text(lang).lowercased()) \(related.path)\n"
      }
      if let waiver = finding.waiver {
        out += "    " + Phrase.waiverLine.format(lang, waiver.expires.description, waiver.approvedBy, waiver.reason) + "\n"
      } else {
        out += "    \(Phrase.remediation.text(lang)): \(finding.remediation(lang))\n"
      }
      for warning in finding.warnings(lang) { out += "    \(style.yellow("!")) \(warning)\n" }
    }
    let warned = declaration.findings.filter { $0.status == .met && !$0.lapses.isEmpty }
    if !warned.isEmpty {
      out += "\n  \(Phrase.warnings.text(lang)):\n"
      for finding in warned {
        for warning in finding.warnings(lang) {
          out += "  \(style.yellow("!")) \(finding.location) \(finding.rule): \(warning)\n"
        }
      }
    }
    return out
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
}
