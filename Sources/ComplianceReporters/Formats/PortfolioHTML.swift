import ComplianceCore
import YAMLSupport

/// The portfolio HTML report, for people who manage vendors: a summary first (verdicts, gaps by
/// severity, the requirements most often failed), then the vendors × clauses matrix with a legend
/// and a small inline script for sorting and filtering (without it the table is static), then one
/// collapsible section per vendor that lists only its gaps, unanswered and waived requirements
/// (met ones are counted), and last the requirements behind them, each once, with criterion,
/// legal references and remediation.
extension HTMLReporter {
  // MARK: - Summary

  func portfolioSummary(_ summary: RunSummary, run: RunContext) -> String {
    let lang = run.language
    let declarations = summary.declarations
    let passed = declarations.count { $0.valid && $0.gateFailures == 0 }
    let invalid = declarations.count { !$0.valid }
    let failed = declarations.count - passed - invalid
    var out = "<section class=\"summary\"><h2>\(Escape.html(PortfolioPhrase.summary.text(lang)))</h2>\n"
    out += "<ul class=\"totals\">"
    for (name, count, phrase) in [
      ("declarations", declarations.count, PortfolioPhrase.declarations), ("passed", passed, .passed),
      ("failed", failed, .failed), ("invalid", invalid, .invalid),
    ] {
      out += "<li class=\"\(name)\" data-count=\"\(name)\"><b>\(count)</b> \(Escape.html(phrase.text(lang)))</li>"
    }
    out += "</ul>\n"
    // Gaps and unanswered findings by severity, and how many vendors have at least one.
    var gaps: [Severity: Int] = [:]
    var unanswered: [Severity: Int] = [:]
    var vendors: [Severity: Int] = [:]
    var byRule: [String: (gap: Int, unanswered: Int, severity: Severity, clause: String)] = [:]
    for declaration in declarations {
      var severities: Set<Severity> = []
      var rules: Set<String> = []
      for open in declaration.open {
        if open.status == .gap {
          gaps[open.severity, default: 0] += 1
        } else {
          unanswered[open.severity, default: 0] += 1
        }
        severities.insert(open.severity)
        guard rules.insert(open.rule).inserted else { continue }
        var entry = byRule[open.rule] ?? (0, 0, open.severity, open.clause)
        if open.status == .gap { entry.gap += 1 } else { entry.unanswered += 1 }
        entry.severity = max(entry.severity, open.severity)
        byRule[open.rule] = entry
      }
      for severity in severities { vendors[severity, default: 0] += 1 }
    }
    out += "<h3>\(Escape.html(PortfolioPhrase.bySeverity.text(lang)))</h3>\n<table class=\"bysev\">"
    out += row([
      "<th>\(Escape.html(Phrase.severity.text(lang)))</th>",
      "<th>\(Escape.html(Self.capitalised(Status.gap.pluralName(lang))))</th>",
      "<th>\(Escape.html(Self.capitalised(Status.unanswered.pluralName(lang))))</th>",
      "<th>\(Escape.html(PortfolioPhrase.vendorsWithAny.text(lang)))</th>",
    ])
    for severity in Severity.allCases.reversed() {
      out += "<tr data-severity=\"\(severity.rawValue)\"><td>\(severityBadge(severity, lang: lang))</td>"
      out += "<td class=\"num\" data-gaps=\"\(gaps[severity] ?? 0)\">\(gaps[severity] ?? 0)</td>"
      out += "<td class=\"num\" data-unanswered=\"\(unanswered[severity] ?? 0)\">\(unanswered[severity] ?? 0)</td>"
      out += "<td class=\"num\">\(vendors[severity] ?? 0)</td></tr>"
    }
    let totalGaps = gaps.values.reduce(0, +)
    let totalUnanswered = unanswered.values.reduce(0, +)
    out += "<tr class=\"total\"><td>\(Escape.html(PortfolioPhrase.total.text(lang)))</td>"
    out += "<td class=\"num\">\(totalGaps)</td><td class=\"num\">\(totalUnanswered)</td>"
    out += "<td class=\"num\">\(declarations.count { !$0.open.isEmpty })</td></tr></table>\n"
    out += "<h3>\(Escape.html(PortfolioPhrase.mostOftenFailed.text(lang)))</h3>\n"
    let top = byRule.sorted { a, b in
      let (x, y) = (a.value.gap + a.value.unanswered, b.value.gap + b.value.unanswered)
      return x != y
        ? x > y : (a.value.severity != b.value.severity ? a.value.severity > b.value.severity : a.key < b.key)
    }.prefix(Self.topFailedCount)
    if top.isEmpty {
      out += "<p>\(Escape.html(PortfolioPhrase.noneFailed.text(lang)))</p>\n"
    } else {
      out += "<table class=\"top\">"
      out += row([
        "<th>\(Escape.html(Phrase.requirement.text(lang)))</th>", "<th>\(Escape.html(Phrase.severity.text(lang)))</th>",
        "<th>\(Escape.html(Phrase.clause.text(lang)))</th>",
        "<th>\(Escape.html(PortfolioPhrase.vendorsWithGap.text(lang)))</th>",
        "<th>\(Escape.html(PortfolioPhrase.vendorsUnanswered.text(lang)))</th>",
      ])
      for (rule, entry) in top {
        let title = run.resolved(rule).map { $0.text(\.title, lang) } ?? ""
        out += "<tr data-rule=\"\(Escape.html(rule))\">"
        out +=
          "<td><a href=\"#\(Self.requirementAnchor(rule))\"><b>\(Escape.html(rule))</b></a> \(Escape.html(title))</td>"
        out += "<td>\(severityBadge(entry.severity, lang: lang))</td><td>\(Escape.html(entry.clause))</td>"
        out += "<td class=\"num\">\(entry.gap)</td><td class=\"num\">\(entry.unanswered)</td></tr>"
      }
      out += "</table>\n"
    }
    return out + "</section>\n"
  }

  /// How many requirements the summary's roll-up lists.
  static let topFailedCount = 10

  // MARK: - Matrix

  func portfolioMatrix(_ summary: RunSummary, run: RunContext) -> String {
    let lang = run.language
    let clauses = summary.clauses
    let profiles = Set(summary.declarations.map(\.profile))
    let showProfile = profiles.count > 1
    var out = "<section class=\"matrix\"><h2>\(Escape.html(Phrase.vendorsByClause.text(lang)))</h2>\n"
    out += legend(lang)
    out += filters(summary, run: run)
    out += "<table id=\"matrix\">\n<thead>"
    var header = [
      "<th class=\"vn\">\(Escape.html(Phrase.vendor.text(lang)))</th>"
    ]
    if showProfile { header.append("<th class=\"pf\">\(Escape.html(PortfolioPhrase.profileColumn.text(lang)))</th>") }
    header += [
      "<th class=\"vd\">\(Escape.html(Phrase.verdict.text(lang)))</th>",
      "<th class=\"nm\" title=\"\(Escape.html(Status.gap.pluralName(lang)))\">"
        + "\(Escape.html(PortfolioPhrase.gapsShort.text(lang)))</th>",
      "<th class=\"nm\" title=\"\(Escape.html(Status.unanswered.pluralName(lang)))\">"
        + "\(Escape.html(PortfolioPhrase.unansweredShort.text(lang)))</th>",
    ]
    header += clauses.map {
      "<th class=\"cl\" title=\"\(Escape.html(clauseLabel($0, run: run)))\">\(Escape.html($0))</th>"
    }
    out += row(header) + "</thead>\n<tbody>\n"
    for declaration in summary.declarations {
      out += matrixRow(declaration, clauses: clauses, showProfile: showProfile, lang: lang) + "\n"
    }
    return out + "</tbody></table></section>\n"
  }

  private func matrixRow(_ declaration: DeclarationSummary, clauses: [String], showProfile: Bool, lang: Language)
    -> String
  {
    let vendor = declaration.vendor ?? Phrase.unnamedVendor.text(lang)
    let verdict = !declaration.valid ? "invalid" : (declaration.gateFailures == 0 ? "passed" : "failed")
    let worst = declaration.open.map(\.severity).max()
    let openClauses = clauses.enumerated().filter { index, _ in
      index < declaration.clauseCounts.count
        && declaration.clauseCounts[index][.gap] + declaration.clauseCounts[index][.unanswered] > 0
    }.map(\.element)
    let searchable = [declaration.vendor, declaration.service, declaration.cvr, declaration.file, declaration.profile]
      .compactMap { $0 }.joined(separator: " ").lowercased()
    let anchor = Self.anchor(declaration.file)
    var out = "<tr data-verdict=\"\(verdict)\" data-severity=\"\(worst?.rawValue ?? "")\""
    out += " data-clauses=\"\(Escape.html(openClauses.joined(separator: " ")))\""
    out += " data-text=\"\(Escape.html(searchable))\" data-target=\"\(anchor)\">"
    let details = [
      declaration.service, declaration.declaredOn.map { "\(PortfolioPhrase.declaredOn.text(lang)) \($0)" },
      declaration.cvr.map { "\(PortfolioPhrase.cvr.text(lang)) \($0)" },
    ]
    let sub = details.compactMap { $0 }.map(Escape.html).joined(separator: " · ")
    out += "<td class=\"vn\" data-sort=\"\(Escape.html(vendor.lowercased()))\">"
    out += "<a href=\"#\(anchor)\">\(Escape.html(vendor))</a>"
    if !sub.isEmpty { out += "<span class=\"sub\">\(sub)</span>" }
    out += "</td>"
    if showProfile { out += "<td>\(Escape.html(declaration.profile))</td>" }
    let rank = verdict == "invalid" ? 2 : (verdict == "failed" ? 1 : 0)
    out +=
      "<td class=\"vd \(verdict)\" data-sort=\"\(rank)\">\(Escape.html(Verdict.text(declaration, lang: lang)))</td>"
    out += "<td class=\"num\">\(declaration.valid ? String(declaration.count(.gap)) : "")</td>"
    out += "<td class=\"num\">\(declaration.valid ? String(declaration.count(.unanswered)) : "")</td>"
    for index in clauses.indices {
      let counts = index < declaration.clauseCounts.count ? declaration.clauseCounts[index] : StatusCounts()
      let open = counts[.gap] + counts[.unanswered]
      let (cellClass, label, sort): (String, String, Int) =
        if counts[.gap] > 0 {
          ("gap", String(open), open)
        } else if counts[.unanswered] > 0 {
          ("unanswered", String(open), open)
        } else if counts[.waived] > 0 {
          ("waived", String(counts[.waived]), 0)
        } else if counts[.met] > 0 {
          ("met", "✓", 0)
        } else {
          ("none", "", -1)
        }
      let title = Counts.order.compactMap { status in
        counts[status] > 0 ? status.counted(counts[status], lang) : nil
      }.joined(separator: ", ")
      out += "<td class=\"cell \(cellClass)\" data-sort=\"\(sort)\" title=\"\(Escape.html(title))\">\(label)</td>"
    }
    return out + "</tr>"
  }

  private func legend(_ lang: Language) -> String {
    var out = "<div class=\"legend\"><b>\(Escape.html(PortfolioPhrase.legendTitle.text(lang)))</b><ul>"
    for (cellClass, sample, phrase) in [
      ("gap", "3", PortfolioPhrase.legendGap), ("unanswered", "2", .legendUnanswered), ("waived", "1", .legendWaived),
      ("met", "✓", .legendMet), ("none", "", .legendNone),
    ] {
      out += "<li><span class=\"cell \(cellClass)\">\(sample)</span> \(Escape.html(phrase.text(lang)))</li>"
    }
    return out + "</ul><p>\(Escape.html(PortfolioPhrase.legendHint.text(lang)))</p></div>\n"
  }

  /// The filter controls: hidden until the script shows them, so a reader without scripts sees
  /// the static table only.
  private func filters(_ summary: RunSummary, run: RunContext) -> String {
    let lang = run.language
    func option(_ value: String, _ label: String) -> String {
      "<option value=\"\(Escape.html(value))\">\(Escape.html(label))</option>"
    }
    let all = option("", PortfolioPhrase.all.text(lang))
    var out = "<div id=\"filters\" class=\"filters\" hidden>"
    out += "<label>\(Escape.html(PortfolioPhrase.filterVerdict.text(lang))) <select data-filter=\"verdict\">\(all)"
    out += option("passed", Phrase.verdictPassed.text(lang)) + option("failed", Phrase.verdictFailed.text(lang))
    out += option("invalid", Phrase.verdictInvalid.text(lang)) + "</select></label>"
    out += "<label>\(Escape.html(PortfolioPhrase.filterSeverity.text(lang))) <select data-filter=\"severity\">\(all)"
    for severity in Severity.allCases.reversed() {
      out += option(severity.rawValue, PortfolioPhrase.atLeast.format(lang, severity.name(lang)))
    }
    out += "</select></label>"
    out += "<label>\(Escape.html(PortfolioPhrase.filterClause.text(lang))) <select data-filter=\"clause\">\(all)"
    for clause in summary.clauses { out += option(clause, clauseLabel(clause, run: run)) }
    out += "</select></label>"
    out += "<label>\(Escape.html(PortfolioPhrase.filterSearch.text(lang))) "
    out += "<input type=\"search\" data-filter=\"text\"></label>"
    out += "<span class=\"shown\"><b id=\"shown\"></b> \(Escape.html(PortfolioPhrase.shown.text(lang)))</span>"
    out += "<button type=\"button\" data-open=\"1\">\(Escape.html(PortfolioPhrase.expandAll.text(lang)))</button>"
    out += "<button type=\"button\" data-open=\"0\">\(Escape.html(PortfolioPhrase.collapseAll.text(lang)))</button>"
    out += "<span class=\"hint\">\(Escape.html(PortfolioPhrase.sortHint.text(lang)))</span>"
    return out + "</div>\n"
  }

  // MARK: - One vendor

  func portfolioSection(for declaration: DeclarationReport, in run: RunContext) -> String {
    let lang = run.language
    let vendor = declaration.vendor ?? Phrase.unnamedVendor.text(lang)
    let failing = declaration.gateFailureCount(run.failOn(for: declaration.profile)) > 0
    let verdict = !declaration.valid ? "invalid" : (failing ? "failed" : "passed")
    let verdictText =
      !declaration.valid
      ? Phrase.verdictInvalid.text(lang) : (failing ? Phrase.verdictFailed.text(lang) : Phrase.verdictPassed.text(lang))
    var out = "<details class=\"vendor\" id=\"\(Self.anchor(declaration.file))\" open>\n<summary>"
    out += "<span class=\"vname\">\(Escape.html(vendor))</span>"
    if let service = declaration.service { out += " <span class=\"svc\">\(Escape.html(service))</span>" }
    out += " <span class=\"chip \(verdict)\">\(Escape.html(verdictText))</span>"
    if declaration.valid {
      let counts = [Status.gap, .unanswered].map { $0.counted(declaration.count($0), lang) }
        .joined(separator: ", ")
      out += " <span class=\"cnt\">\(Escape.html(counts))</span>"
    }
    out += "</summary>\n"
    var facts = [declaration.file]
    if let cvr = declaration.cvr { facts.append("\(PortfolioPhrase.cvr.text(lang)) \(cvr)") }
    if let day = declaration.declaredOn { facts.append("\(PortfolioPhrase.declaredOn.text(lang)) \(day)") }
    facts.append("\(Phrase.profile.text(lang)): \(declaration.profile)")
    out += "<p class=\"file\">\(facts.map(Escape.html).joined(separator: " · "))</p>\n"
    guard declaration.valid else {
      out += "<pre class=\"diagnostics\">"
      let rendered = declaration.diagnostics.map { $0.rendered(colored: false, language: lang) }
      out += Escape.htmlLines(rendered.joined(separator: "\n"))
      return out + "</pre>\n</details>\n"
    }
    if let delta = declaration.baseline {
      let lines = BaselineText.lines(delta, file: declaration.file, lang: lang)
      out += "<pre class=\"baseline\">\(lines.map(Escape.html).joined(separator: "\n"))</pre>\n"
    }
    let listed = declaration.findings.filter { $0.isListed }
    if !listed.isEmpty {
      out += "<table class=\"open\">"
      for finding in listed {
        out += "<tr><td class=\"sevcell\">\(severityBadge(finding.severity, lang: lang))</td>"
        out += statusCell(finding.status, lang: lang)
        // The requirements behind gaps and unanswered items are listed at the end; waived ones are not.
        out +=
          finding.status == .waived
          ? "<td><b>\(Escape.html(finding.rule))</b> "
          : "<td><a href=\"#\(Self.requirementAnchor(finding.rule))\"><b>\(Escape.html(finding.rule))</b></a> "
        out += Escape.html(finding.title(lang))
        out += "<div class=\"msg\">\(Escape.html(finding.message(lang)))</div>"
        if let waiver = finding.waiver {
          let line = Phrase.waiverLine.format(lang, waiver.expires.description, waiver.approvedBy, waiver.reason)
          out += "<div class=\"msg\">\(Escape.html(line))</div>"
        }
        out += "</td>" + locationCell(finding.location) + "</tr>"
      }
      out += "</table>\n"
    }
    let warnings = declaration.findings.filter { !$0.isListed }.flatMap { finding in
      finding.warnings(lang).map { "\(finding.rule): \($0)" }
    }
    if !warnings.isEmpty {
      out += "<div class=\"warn\">⚠ " + warnings.map(Escape.html).joined(separator: "<br>⚠ ") + "</div>\n"
    }
    let settled = PortfolioPhrase.metCounted.format(
      lang, Status.met.counted(declaration.count(.met), lang),
      Status.notApplicable.counted(declaration.count(.notApplicable), lang))
    out += "<p class=\"note\">\(Escape.html(settled))</p>\n"
    return out + "</details>\n"
  }

  // MARK: - The requirements behind the gaps

  func failedRequirements(_ summary: RunSummary, run: RunContext) -> String {
    let lang = run.language
    var vendors: [String: Int] = [:]
    for declaration in summary.declarations {
      for rule in Set(declaration.open.map(\.rule)) { vendors[rule, default: 0] += 1 }
    }
    guard !vendors.isEmpty else { return "" }
    let requirements = vendors.keys.compactMap { run.resolved($0) }.sorted { a, b in
      a.severity != b.severity
        ? a.severity > b.severity
        : Clause.precedes(a.requirement.clause, b.requirement.clause)
          || (a.requirement.clause == b.requirement.clause && a.id < b.id)
    }
    var out = "<section class=\"requirements\"><h2>\(Escape.html(PortfolioPhrase.failedRequirements.text(lang)))</h2>\n"
    for resolved in requirements {
      let requirement = resolved.requirement
      out += "<div class=\"finding req\" id=\"\(Self.requirementAnchor(resolved.id))\">\n<div class=\"head\">"
      out += severityBadge(resolved.severity, lang: lang)
      out += " <b>\(Escape.html(resolved.id))</b> \(Escape.html(resolved.text(\.title, lang)))"
      let count = vendors[resolved.id] ?? 0
      let noun = count == 1 ? PortfolioPhrase.vendorCount : .vendorsCount
      out += " <span class=\"cnt\">\(count) \(Escape.html(noun.text(lang)))</span>"
      out += "</div>\n<dl>\n"
      out += entry(Phrase.criterion.text(lang), Escape.html(resolved.text(\.metIf, lang)))
      var references = requirement.gdpr.map { "GDPR \(LegalCitation.gdpr($0, lang))" }
      references.append(LegalCitation.clause(requirement.clause, lang))
      references += requirement.mapsTo.map { LegalCitation.mapping($0, lang) }
      out += entry(
        Phrase.articles.text(lang) + " / " + Phrase.mapsTo.text(lang),
        Escape.html(references.joined(separator: " · ")))
      out += entry(Phrase.remediation.text(lang), Escape.html(resolved.text(\.remediation, lang)))
      out += "</dl>\n</div>\n"
    }
    return out + "</section>\n"
  }

  /// `text` with its first letter in upper case.
  static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  /// The fragment id of a requirement in the list of requirements behind the gaps.
  static func requirementAnchor(_ rule: String) -> String {
    "r-" + String(rule.unicodeScalars.map { isLetterOrDigit($0) || $0 == "-" ? Character($0) : "_" })
  }
}
