public import ComplianceCore
import YAMLSupport

/// `check --format xlsx`: a workbook for a DPO who tracks vendors in a spreadsheet.
///
/// Three sheets: a summary (the run and one row per declaration), the vendors × clauses matrix
/// (each cell the worst status of the clause and how many findings have it, coloured by status),
/// and the findings, one row each, with an autofilter and a frozen header. Statuses and
/// severities are the JSON report's values (`gap`, `high`), so filters and scripts read the same
/// words in both. The reporter writes a `WorkbookInstruction` stream; the `Spreadsheets` target
/// turns it into the file.
public struct XLSXReporter: Reporter {
  /// Creates the reporter.
  public init() {}

  /// The matrix counts each declaration's findings per clause.
  public func needs(in run: RunContext) -> ReportNeeds { [.evidence, .clauseCounts] }

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    let lang = run.language
    let vendor = declaration.vendor.map { WorkbookCell.text($0) } ?? .empty
    let service = declaration.service.map { WorkbookCell.text($0) } ?? .empty
    return WorkbookInstruction.stream(
      declaration.findings.map { finding in
        .row([
          .text(declaration.file), vendor, service, .text(finding.rule), .text(finding.status.rawValue),
          .text(finding.severity.rawValue), .text(finding.clause),
          .text(finding.requirement.requirement.gdpr.joined(separator: ", ")), .number(finding.location.line),
          .text(finding.message(lang)),
        ])
      })
  }

  public func writeReport(
    _ summary: RunSummary, in run: RunContext, sections: (String) throws -> Void, to write: (String) throws -> Void
  ) throws {
    let lang = run.language
    try write(WorkbookInstruction.stream(summarySheet(summary, lang: lang) + matrixSheet(summary, lang: lang)))
    let header = [
      SheetPhrase.file, .vendor, .service, .rule, .status, .severity, .clause, .gdpr, .line, .message,
    ].map { WorkbookCell.text($0.text(lang), .header) }
    let widths: [Double] = [28, 24, 20, 10, 14, 10, 8, 14, 7, 80]
    var start = [WorkbookInstruction.sheet(name: SheetPhrase.findingsSheet.text(lang), hidden: false)]
    start += widths.enumerated().map { .width(column: $0, width: $1) }
    start += [.freeze(row: 1, column: 0), .row(header)]
    try write(WorkbookInstruction.stream(start))
    try sections("")
    var end: [WorkbookInstruction] = [.autofilter]
    end += Self.statusHighlights(firstRow: 1, firstColumn: 4, lastRow: -1, lastColumn: 4)
    try write(WorkbookInstruction.stream(end))
  }

  /// The colour of each status, for cells that begin with its JSON value.
  static func statusHighlights(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int)
    -> [WorkbookInstruction]
  {
    let colours: [(Status, WorkbookColour)] = [
      (.gap, .red), (.unanswered, .orange), (.met, .green), (.waived, .blue), (.notApplicable, .grey),
    ]
    return colours.map { status, colour in
      .highlight(
        firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
        prefix: status.rawValue, colour: colour)
    }
  }

  private func summarySheet(_ summary: RunSummary, lang: Language) -> [WorkbookInstruction] {
    var out: [WorkbookInstruction] = [
      .sheet(name: SheetPhrase.summarySheet.text(lang), hidden: false),
      .width(column: 0, width: 30), .width(column: 1, width: 28),
    ]
    for column in 2...8 { out.append(.width(column: column, width: 12)) }
    let total = { (status: Status) in summary.declarations.reduce(0) { $0 + $1.count(status) } }
    out.append(.row([.text(SheetPhrase.reportTitle.text(lang), .title)]))
    let facts: [(SheetPhrase, WorkbookCell)] = [
      (.asOf, WorkbookCell(.date(summary.asOf.description))),
      (.profile, .text(summary.profile)),
      (.failOn, .text(summary.failOn.rawValue)),
      (.verdict, .text(Verdict.text(summary, lang: lang))),
      (.declarations, .number(summary.declarations.count)),
      (.invalid, .number(summary.declarations.filter { !$0.valid }.count)),
    ]
    for (label, value) in facts { out.append(.row([.text(label.text(lang), .bold), value])) }
    for status in Counts.order {
      out.append(.row([.text(status.rawValue, .bold), .number(total(status))]))
    }
    out.append(.row([]))
    out.append(
      .row(
        [SheetPhrase.file, .vendor, .verdict].map { .text($0.text(lang), .header) }
          + Counts.order.map { .text($0.rawValue, .header) }))
    for declaration in summary.declarations {
      out.append(
        .row(
          [
            .text(declaration.file), declaration.vendor.map { .text($0) } ?? .empty,
            .text(Verdict.text(declaration, lang: lang)),
          ] + Counts.order.map { .number(declaration.count($0)) }))
    }
    return out
  }

  private func matrixSheet(_ summary: RunSummary, lang: Language) -> [WorkbookInstruction] {
    let clauses = summary.clauses
    var out: [WorkbookInstruction] = [
      .sheet(name: SheetPhrase.matrixSheet.text(lang), hidden: false),
      .width(column: 0, width: 28), .width(column: 1, width: 28), .width(column: 2, width: 14),
      .freeze(row: 1, column: 2),
    ]
    for index in clauses.indices { out.append(.width(column: 3 + index, width: 14)) }
    out.append(
      .row(
        [SheetPhrase.vendor, .file, .verdict].map { .text($0.text(lang), .header) }
          + clauses.map { .text($0, .header) }))
    for declaration in summary.declarations {
      var cells: [WorkbookCell] = [
        declaration.vendor.map { .text($0) } ?? .empty, .text(declaration.file),
        .text(Verdict.text(declaration, lang: lang)),
      ]
      for index in clauses.indices {
        let counts = index < declaration.clauseCounts.count ? declaration.clauseCounts[index] : StatusCounts()
        let worst: Status? = [.gap, .unanswered, .waived, .met, .notApplicable].first { counts[$0] > 0 }
        cells.append(worst.map { .text("\($0.rawValue) \(counts[$0])") } ?? .empty)
      }
      out.append(.row(cells))
    }
    if !clauses.isEmpty {
      out += Self.statusHighlights(firstRow: 1, firstColumn: 3, lastRow: -1, lastColumn: 2 + clauses.count)
    }
    return out
  }
}
