public import ComplianceCore
import YAMLSupport

/// One self-contained HTML file: inline CSS, nothing fetched; printable on A4.
///
/// A single declaration's report has no script: summary first (verdict, counts, a bar per clause),
/// then the findings grouped by clause with the vendor's answer, the requirement, its criterion,
/// the legal references and the remediation. A portfolio (`PortfolioHTML.swift`) starts with a
/// summary and the vendors × clauses matrix, carries one small script for sorting and filtering,
/// allowed by its hash in the report's Content-Security-Policy, and lists each vendor's open items
/// only. Every text from an input file is escaped by `Escape.html`, which applies the display rule
/// (`isHiddenFromDisplay`) first.
public struct HTMLReporter: SectionedReporter {
  /// Creates the reporter.
  public init() {}

  var separator: String { "\n" }

  /// The portfolio matrix counts every declaration's findings per clause, and its summary rolls up
  /// the requirements most often failed.
  public func needs(in run: RunContext) -> ReportNeeds { [.evidence, .clauseCounts, .openFindings] }

  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws {
    try write(prologue(summary, in: run))
  }

  private func prologue(_ summary: RunSummary, in run: RunContext) -> String {
    let lang = run.language
    let title = run.isPortfolio ? Phrase.portfolioTitle.text(lang) : Phrase.reportTitle.text(lang)
    let meta = [
      "\(Escape.html(Phrase.profile.text(lang))): <b>\(Escape.html(summary.profile))</b>",
      "\(Escape.html(Phrase.asOf.text(lang))) <b>\(summary.asOf)</b>",
      "\(Escape.html(Phrase.failOnLabel.text(lang))) <b>\(Escape.html(summary.failOn.name(lang)))</b>",
      "\(Escape.html(Phrase.countriesList.text(lang))) \(summary.countriesReviewed)",
    ].joined(separator: " · ")
    let verdict = "\(Escape.html(Phrase.verdict.text(lang))): \(Escape.html(Verdict.text(summary, lang: lang)))"
    let gate = Escape.html(Phrase.gateLine.format(lang, summary.failOn.name(lang)))
    let note = "\(gate). \(Escape.html(Phrase.unansweredCountsNote.text(lang)))."
    var out = HTMLHead.html(
      language: lang, title: title, css: Self.css + (run.isPortfolio ? Self.portfolioCSS : ""),
      generator: "\(summary.toolName) \(summary.toolVersion)",
      scriptHashes: run.isPortfolio ? [PortfolioScript.sha256] : [])
    out += """
      <header>
      <h1>\(Escape.html(title))</h1>
      <p class="meta">\(meta)</p>
      <p class="verdict \(Self.verdictClass(summary))">\(verdict)</p>
      <p class="note">\(note)</p>
      </header>

      """
    let waivers = WaiverText.lines(summary, lang: lang)
    if !waivers.isEmpty {
      out +=
        "<section class=\"warnings\"><h2>\(Escape.html(Phrase.warnings.text(lang)))</h2><ul>"
        + waivers.map { "<li>\(Escape.html($0))</li>" }.joined() + "</ul></section>\n"
    }
    if run.isPortfolio {
      out += portfolioSummary(summary, run: run)
      out += portfolioMatrix(summary, run: run)
    }
    return out
  }

  func epilogue(_ summary: RunSummary, in run: RunContext) -> String {
    let lang = run.language
    var out = run.isPortfolio ? failedRequirements(summary, run: run) : ""
    if !summary.exclusions.isEmpty {
      out += "<section class=\"exclusions\"><h2>\(Escape.html(Phrase.excludedByProfile.text(lang)))</h2><ul>"
      out += summary.exclusions.map {
        "<li><b>\(Escape.html($0.rule))</b> (\(Escape.html($0.setBy))): \(Escape.html($0.justification))</li>"
      }.joined()
      out += "</ul></section>\n"
    }
    let generatedBy = Phrase.generatedBy.format(lang, summary.toolName, summary.toolVersion)
    out += "<footer>\(Escape.html(generatedBy))</footer>\n"
    if run.isPortfolio { out += "<script>\(PortfolioScript.source)</script>\n" }
    out += "</body>\n</html>\n"
    return out
  }

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    if run.isPortfolio { return portfolioSection(for: declaration, in: run) }
    let lang = run.language
    let vendor = declaration.vendor ?? Phrase.unnamedVendor.text(lang)
    var out = "<article class=\"vendor\" id=\"\(Self.anchor(declaration.file))\">\n"
    out += "<h2>\(Escape.html(vendor))</h2>\n"
    out += "<p class=\"file\">\(Escape.html(declaration.file))</p>\n"
    guard declaration.valid else {
      out += "<p class=\"verdict invalid\">\(Escape.html(Phrase.invalidDeclaration.text(lang)))</p>\n"
      out += "<pre class=\"diagnostics\">"
      let rendered = declaration.diagnostics.map { $0.rendered(colored: false, language: lang) }
      out += Escape.htmlLines(rendered.joined(separator: "\n"))
      return out + "</pre>\n</article>\n"
    }
    let failing = declaration.gateFailureCount(run.failOn(for: declaration.profile)) > 0
    if run.isPortfolio {
      let verdict = failing ? Phrase.verdictFailed.text(lang) : Phrase.verdictPassed.text(lang)
      out += "<p class=\"verdict \(failing ? "failed" : "passed")\">\(Escape.html(verdict))</p>\n"
    }
    out += counts(declaration.count, lang: lang)
    if let delta = declaration.baseline {
      let lines = BaselineText.lines(delta, file: declaration.file, lang: lang)
      out +=
        "<section class=\"baseline\"><h3>\(Escape.html(Phrase.changesSinceBaseline.text(lang)))</h3>"
        + "<pre>\(lines.map(Escape.html).joined(separator: "\n"))</pre></section>\n"
    }
    out += clauseBars(declaration, run: run)
    out += chainTree(declaration, lang: lang)
    out += openFindings(declaration, lang: lang)
    let clauses = Set(declaration.findings.map(\.clause)).sorted(by: Clause.precedes)
    for clause in clauses {
      let findings = declaration.findings.filter { $0.clause == clause }
      out += "<section class=\"clause\">\n<h3>\(Escape.html(clauseLabel(clause, run: run)))</h3>\n"
      for finding in findings where finding.isListed {
        out += card(finding, file: declaration.file, lang: lang)
      }
      let settled = findings.filter { $0.status == .met || $0.status == .notApplicable }
      if !settled.isEmpty {
        out += "<table class=\"settled\">"
        for finding in settled {
          let warnings = finding.warnings(lang)
          let warning =
            warnings.isEmpty
            ? "" : "<div class=\"warn\">⚠ " + warnings.map(Escape.html).joined(separator: "<br>") + "</div>"
          out += row([
            statusCell(finding.status, lang: lang),
            "<td>\(ruleAndTitle(finding, lang: lang))\(warning)</td>",
            locationCell(finding.location),
          ])
        }
        out += "</table>\n"
      }
      out += "</section>\n"
    }
    return out + "</article>\n"
  }

  // MARK: - Parts

  func card(_ finding: Finding, file: String, lang: Language) -> String {
    let requirement = finding.requirement.requirement
    let id = Self.anchor(file, rule: finding.rule)
    var out = "<div class=\"finding \(Self.statusClass(finding.status))\" id=\"\(id)\">\n"
    let badges = severityBadge(finding.severity, lang: lang) + " " + statusBadge(finding.status, lang: lang)
    out += "<div class=\"head\">\(badges) \(ruleAndTitle(finding, lang: lang))</div>\n<dl>\n"
    let place = "\(Escape.html(file)):\(finding.location.line):\(finding.location.column)"
    out += entry(Phrase.answer.text(lang), "<code>\(place)</code> \(Escape.html(finding.message(lang)))")
    for related in finding.relatedLocations.prefix(10) {
      let line = "<code>\(related.location.line):\(related.location.column)</code> \(Escape.html(related.path))"
      out += "<dd class=\"related\">\(line)</dd>\n"
    }
    out += entry(Phrase.criterion.text(lang), Escape.html(finding.requirement.text(\.metIf, lang)))
    var references = requirement.gdpr.map { "GDPR \(LegalCitation.gdpr($0, lang))" }
    references.append(LegalCitation.clause(requirement.clause, lang))
    references += requirement.mapsTo.map { LegalCitation.mapping($0, lang) }
    let referencesTerm = Phrase.articles.text(lang) + " / " + Phrase.mapsTo.text(lang)
    out += entry(referencesTerm, Escape.html(references.joined(separator: " · ")))
    if let waiver = finding.waiver {
      let line = Phrase.waiverLine.format(lang, waiver.expires.description, waiver.approvedBy, waiver.reason)
      out += entry(Phrase.waived.text(lang), Escape.html(line))
    }
    out += entry(Phrase.remediation.text(lang), Escape.html(finding.remediation(lang)))
    let warnings = finding.warnings(lang)
    if !warnings.isEmpty {
      out += entry(Phrase.warnings.text(lang), warnings.map(Escape.html).joined(separator: "<br>"))
    }
    return out + "</dl>\n</div>\n"
  }

  /// A short list of the gaps and unanswered requirements, most severe first, each linking to its
  /// card in the clause sections below.
  func openFindings(_ declaration: DeclarationReport, lang: Language) -> String {
    let open = declaration.findings.filter { $0.isListed }
    guard !open.isEmpty else { return "" }
    var out = "<h3>\(Escape.html(Phrase.gapsAndUnanswered.text(lang)))</h3>\n<table class=\"open\">"
    for finding in open {
      let link = "#" + Self.anchor(declaration.file, rule: finding.rule)
      out += row([
        "<td class=\"sevcell\">\(severityBadge(finding.severity, lang: lang))</td>",
        statusCell(finding.status, lang: lang),
        "<td><a href=\"\(link)\"><b>\(Escape.html(finding.rule))</b></a> \(Escape.html(finding.title(lang)))</td>",
        locationCell(finding.location),
      ])
    }
    return out + "</table>\n"
  }

  func counts(_ count: (Status) -> Int, lang: Language) -> String {
    "<ul class=\"counts\">"
      + Counts.order.map { status in
        let name = count(status) == 1 ? status.name(lang) : status.pluralName(lang)
        return "<li class=\"\(Self.statusClass(status))\"><b>\(count(status))</b> \(Escape.html(name))</li>"
      }.joined() + "</ul>\n"
  }

  func clauseBars(_ declaration: DeclarationReport, run: RunContext) -> String {
    let lang = run.language
    var byClause: [String: [Status: Int]] = [:]
    for finding in declaration.findings { byClause[finding.clause, default: [:]][finding.status, default: 0] += 1 }
    var out = "<h3>\(Escape.html(Phrase.clauseOverview.text(lang)))</h3>\n<table class=\"bars\">\n"
    for clause in byClause.keys.sorted(by: Clause.precedes) {
      let counts = byClause[clause] ?? [:]
      let total = max(1, counts.values.reduce(0, +))
      out += "<tr><th>\(Escape.html(clauseLabel(clause, run: run)))</th><td><div class=\"bar\">"
      for status in [Status.met, .waived, .unanswered, .gap, .notApplicable] {
        let value = counts[status] ?? 0
        guard value > 0 else { continue }
        let width = Double(value) * 100 / Double(total)
        let style = "width:\(Self.percent(width))%"
        let title = Escape.html(status.counted(value, lang))
        out += "<span class=\"\(Self.statusClass(status))\" style=\"\(style)\" title=\"\(title)\">\(value)</span>"
      }
      out += "</div></td></tr>\n"
    }
    return out + "</table>\n"
  }

  func clauseLabel(_ clause: String, run: RunContext) -> String {
    let title = run.ruleSet.catalog.clauseTitle(clause)?.text(run.language)
    let prefix = Int(clause) != nil ? "\(Phrase.clause.text(run.language)) \(clause)" : clause
    guard let title else { return prefix }
    return Int(clause) != nil ? "\(prefix): \(title)" : title
  }

  // MARK: - Elements

  /// One term of a card's definition list and its description; `term` is plain text, `details`
  /// is HTML already.
  func entry(_ term: String, _ details: String) -> String {
    "<dt>\(Escape.html(term))</dt><dd>\(details)</dd>\n"
  }

  /// A table row of cells that are HTML already (`<td>` or `<th>` elements).
  func row(_ cells: [String]) -> String {
    "<tr>" + cells.joined() + "</tr>"
  }

  /// The requirement id in bold, then its title.
  func ruleAndTitle(_ finding: Finding, lang: Language) -> String {
    "<b>\(Escape.html(finding.rule))</b> \(Escape.html(finding.title(lang)))"
  }

  func severityBadge(_ severity: Severity, lang: Language) -> String {
    "<span class=\"sev \(severity.rawValue)\">\(Escape.html(severity.name(lang)))</span>"
  }

  func statusBadge(_ status: Status, lang: Language) -> String {
    "<span class=\"st \(Self.statusClass(status))\">\(Escape.html(status.name(lang)))</span>"
  }

  /// A status as a table cell, coloured like its badge.
  func statusCell(_ status: Status, lang: Language) -> String {
    "<td class=\"st \(Self.statusClass(status))\">\(Escape.html(status.name(lang)))</td>"
  }

  /// A finding's line and column, as the last cell of a row.
  func locationCell(_ location: SourceLocation) -> String {
    "<td class=\"loc\">\(location.line):\(location.column)</td>"
  }

  // MARK: - Classes, ids and style

  static func statusClass(_ status: Status) -> String {
    switch status {
    case .met: "met"
    case .gap: "gap"
    case .unanswered: "unanswered"
    case .notApplicable: "na"
    case .waived: "waived"
    }
  }

  /// The CSS class of the run's verdict.
  static func verdictClass(_ summary: RunSummary) -> String {
    !summary.allValid ? "invalid" : (summary.passed ? "passed" : "failed")
  }

  static func percent(_ value: Double) -> String {
    String(Int((value * 10).rounded())).withDecimal
  }

  /// The fragment id of a declaration's article: `v-`, the path with every character but ASCII
  /// letters and digits as `-` (readable), then `-` and a hash of the whole path (FNV-1a, 32 bits,
  /// hexadecimal), so that paths that differ only where the readable part has `-` (`a b.yaml`,
  /// `a_b.yaml`) get different ids. The same path always gets the same id, in every part of the
  /// report and in every run.
  static func anchor(_ file: String) -> String {
    var hash: UInt32 = 2_166_136_261
    for byte in file.utf8 {
      hash = (hash ^ UInt32(byte)) &* 16_777_619
    }
    let hex = String(hash, radix: 16)
    return "v-" + slug(file) + "-" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// The fragment id of a finding's card: its declaration's id, `--`, then the requirement id
  /// (ASCII letters, digits, `-` and `.`, as requirement files are checked) with `.` as `_`.
  static func anchor(_ file: String, rule: String) -> String {
    let id = rule.unicodeScalars.map { $0 == "." ? "_" : ($0 == "-" || isLetterOrDigit($0) ? Character($0) : "-") }
    return anchor(file) + "--" + String(id)
  }

  /// `text` with every character but ASCII letters and digits written `-`.
  private static func slug(_ text: String) -> String {
    String(text.unicodeScalars.map { isLetterOrDigit($0) ? Character($0) : "-" })
  }

  static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
  }

  static let css = """
    @page{size:A4;margin:14mm 12mm}
    *{box-sizing:border-box}
    body{font:10.5pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d2433;\
    margin:0 auto;max-width:190mm;padding:8mm 0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    h1{font-size:18pt;margin:0 0 2mm}h2{font-size:14pt;margin:6mm 0 1mm}\
    h3{font-size:11.5pt;margin:5mm 0 2mm;border-bottom:1px solid #d5dae3;padding-bottom:1mm}
    .meta,.file,.note{color:#5a6478;margin:1mm 0}.file{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:9pt}
    .verdict{display:inline-block;font-weight:700;padding:1.5mm 4mm;border-radius:2mm;margin:2mm 0}
    .verdict.passed{background:#dff3e4;color:#13632d}.verdict.failed{background:#fde2e1;color:#a4161a}\
    .verdict.invalid{background:#fde2e1;color:#a4161a}
    ul.counts{list-style:none;padding:0;display:flex;gap:2mm;flex-wrap:wrap;margin:2mm 0}
    ul.counts li{padding:1mm 3mm;border-radius:1.5mm;background:#eef1f6}
    .met{background:#2e9d55;color:#fff}.gap{background:#d62f35;color:#fff}.unanswered{background:#f0a202;color:#1d2433}\
    .waived{background:#4a6fd1;color:#fff}.na{background:#c3c9d4;color:#1d2433}
    ul.counts li.met{background:#dff3e4;color:#13632d}ul.counts li.gap{background:#fde2e1;color:#a4161a}\
    ul.counts li.unanswered{background:#fff1cc;color:#7a5200}ul.counts li.waived{background:#e1e8fb;color:#2a4aa0}\
    ul.counts li.na{background:#eef1f6;color:#3b4456}
    table{border-collapse:collapse;width:100%}
    table.bars th{text-align:left;font-weight:500;width:45%;padding:.6mm 2mm .6mm 0;font-size:9pt}
    .bar{display:flex;height:4.5mm;border-radius:1mm;overflow:hidden;background:#eef1f6}
    .bar span{display:block;font-size:7.5pt;line-height:4.5mm;text-align:center;overflow:hidden}
    .finding{border:1px solid #d5dae3;border-left:2mm solid #d62f35;border-radius:1.5mm;padding:2mm 3mm;margin:2mm 0;\
    break-inside:avoid;background:#fff;color:#1d2433}
    .finding.unanswered{border-left-color:#f0a202}.finding.waived{border-left-color:#4a6fd1}
    .finding .head{margin-bottom:1mm}
    .sev,.st{display:inline-block;font-size:8pt;font-weight:700;text-transform:uppercase;padding:.3mm 1.5mm;\
    border-radius:1mm}
    .sev.critical{background:#5c1a8c;color:#fff}.sev.high{background:#a4161a;color:#fff}\
    .sev.medium{background:#f0a202;color:#1d2433}.sev.low{background:#3b82a0;color:#fff}
    dl{margin:0;display:grid;grid-template-columns:32mm 1fr;gap:.6mm 3mm;font-size:9.5pt}
    dt{color:#5a6478;font-weight:600}dd{margin:0;overflow-wrap:anywhere}dd.related{grid-column:2;color:#5a6478}
    code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:8.5pt}
    pre.diagnostics{white-space:pre-wrap;background:#f6f7fa;padding:2mm;border-radius:1mm;overflow-wrap:anywhere}
    table.settled td,table.open td{padding:.5mm 1.5mm;border-bottom:1px solid #eef1f6;font-size:9pt;vertical-align:top}
    table.open td.sevcell{width:20mm;white-space:nowrap}\
    table.open td.st{width:24mm;text-align:center;font-size:7.5pt;text-transform:uppercase;font-weight:700}
    table.open a{color:inherit}
    table.settled td.st{width:24mm;text-align:center;font-size:7.5pt;text-transform:uppercase;font-weight:700}
    td.loc{color:#5a6478;width:14mm;text-align:right;font-family:ui-monospace,Menlo,monospace;font-size:8pt}
    .warn{color:#7a5200;font-size:8.5pt}
    section.matrix table{font-size:8.5pt}\
    section.matrix th,section.matrix td{border:1px solid #fff;padding:.8mm 1.2mm;text-align:center}
    section.matrix td:first-child{text-align:left}section.matrix td.passed{color:#13632d;font-weight:700}\
    section.matrix td.failed,section.matrix td.invalid{color:#a4161a;font-weight:700}
    td.cell.none{background:#f6f7fa}
    article.vendor{break-before:page}article.vendor:first-of-type{break-before:auto}
    .warnings ul,.exclusions ul{margin:1mm 0;padding-left:5mm}
    footer{margin-top:8mm;color:#8a93a6;font-size:8pt}
    @media screen{body{padding:8mm}}
    """

  /// What a portfolio adds to `css`: the summary, the legend, the filters, the matrix and the
  /// collapsible vendors' sections.
  static let portfolioCSS = """

    ul.totals{list-style:none;padding:0;display:flex;gap:2mm;flex-wrap:wrap;margin:2mm 0}
    ul.totals li{padding:1mm 3mm;border-radius:1.5mm;background:#eef1f6}ul.totals li.passed{background:#dff3e4;\
    color:#13632d}ul.totals li.failed,ul.totals li.invalid{background:#fde2e1;color:#a4161a}
    table.bysev,table.top{font-size:9pt;margin:1mm 0}table.bysev{width:auto}
    table.bysev th,table.top th{text-align:left;font-weight:600;color:#5a6478;border-bottom:1px solid #d5dae3;\
    padding:.5mm 2mm}table.bysev td,table.top td{padding:.5mm 2mm;border-bottom:1px solid #eef1f6}
    td.num{text-align:right}tr.total td{font-weight:700}
    .legend{font-size:8.5pt;color:#3b4456;margin:1mm 0 2mm}.legend p{margin:0}
    .legend ul{list-style:none;padding:0;margin:1mm 0;display:flex;flex-wrap:wrap;gap:1mm 4mm}
    .legend .cell{display:inline-block;min-width:5mm;height:4mm;text-align:center;border-radius:.8mm;font-size:8pt}
    .filters{display:flex;flex-wrap:wrap;gap:2mm 4mm;align-items:center;font-size:9pt;margin:2mm 0;padding:2mm;\
    background:#f6f7fa;border-radius:1.5mm}.filters[hidden]{display:none}.filters .hint{color:#5a6478}
    #matrix{font-size:7.5pt;table-layout:fixed}#matrix th{background:#eef1f6;padding:.5mm .3mm;font-size:6.5pt;\
    overflow:hidden}#matrix th.sortable{cursor:pointer}#matrix th.vn{width:50mm}#matrix th.vd{width:17mm}\
    #matrix th.nm{width:9mm}#matrix th.pf{width:18mm}
    #matrix td{padding:.3mm .3mm;overflow:hidden}#matrix td.vn{text-align:left;white-space:nowrap;\
    text-overflow:ellipsis}#matrix tr[hidden]{display:none}#matrix td.vd{font-size:6.5pt}
    #matrix .sub{display:block;color:#5a6478;font-size:6pt;overflow:hidden;text-overflow:ellipsis}
    .cell.none{background:#f6f7fa}
    details.vendor{border-top:1px solid #d5dae3;padding:1mm 0}details.vendor[hidden]{display:none}
    details.vendor summary{font-weight:600;cursor:pointer;break-after:avoid}details.vendor .svc{font-weight:400}
    .chip{font-size:7.5pt;font-weight:700;padding:.3mm 1.5mm;border-radius:1mm;text-transform:uppercase}
    .chip.passed{background:#dff3e4;color:#13632d}.chip.failed,.chip.invalid{background:#fde2e1;color:#a4161a}
    .cnt{font-weight:400;color:#5a6478;font-size:9pt}.msg{color:#3b4456;font-size:8.5pt}
    details.vendor p.note,details.vendor p.file{font-size:8.5pt;margin:.5mm 0}
    .finding.req{border-left-color:#5a6478}
    @media print{.filters{display:none}}
    """
}

extension String {
  /// "123" (tenths) as "12.3".
  fileprivate var withDecimal: String {
    let digits = count == 1 ? "0" + self : self
    return String(digits.dropLast()) + "." + String(digits.suffix(1))
  }
}
