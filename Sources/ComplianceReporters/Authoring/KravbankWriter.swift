import ComplianceCore
import YAMLSupport

/// The kravbank as a file to attach to a tender (`rules list --format html|csv`): the same rows
/// as `Kravbank`, in its language.
public enum KravbankWriter {
  /// One self-contained HTML page, printable on A4: nothing fetched, no script.
  public static func html(_ kravbank: Kravbank, toolVersion: String) -> String {
    let lang = kravbank.language
    let columns = Kravbank.Column.allCases
    let mustCount = kravbank.rows.count { $0.obligation == .must }
    let note =
      lang == .da
      ? "Krav markeret \"skal\" er dem, hvis mangel får profilens grænse (\(kravbank.failOn.name(lang))) til "
        + "at fejle; \"bør\"-krav vurderes, men afgør ikke alene. Leverandøren besvarer kravene i en "
        + "databehandlererklæring (format dpacheck/declaration/v1); felterne står i sidste kolonne."
      : "Requirements marked \"must\" are those whose gap fails the profile's gate "
        + "(\(kravbank.failOn.name(lang))); \"should\" requirements are assessed but do not decide on their own. "
        + "The vendor answers them in a data processor's declaration (format dpacheck/declaration/v1); the fields "
        + "are in the last column."
    let counts =
      lang == .da
      ? "\(kravbank.rows.count) krav, heraf \(mustCount) skal-krav."
      : "\(kravbank.rows.count) requirements, \(mustCount) of them must."
    var out = HTMLHead.html(
      language: lang, title: kravbank.title, css: css, generator: "dpacheck \(toolVersion)")
    out += """
      <h1>\(Escape.html(kravbank.title))</h1>
      <p class="note">\(Escape.html(counts)) \(Escape.html(note))</p>
      <table>
      <thead><tr>
      """
    out += columns.map { "<th class=\"\($0.rawValue)\">\(Escape.html($0.heading(lang)))</th>" }.joined()
    out += "</tr></thead>\n<tbody>\n"
    for row in kravbank.rows {
      out += "<tr class=\"\(row.obligation.rawValue)\" id=\"\(Escape.html(row.id))\">"
      out += "<td class=\"id\"><b>\(Escape.html(row.id))</b></td>"
      out += "<td><b>\(Escape.html(row.requirement))</b><div class=\"why\">\(Escape.html(row.rationale))</div></td>"
      out += "<td>\(Escape.html(row.criterion))</td>"
      out += "<td>\(Escape.html(row.legalBasis))</td>"
      out += "<td class=\"ob\">\(Escape.html(row.obligation.name(lang)))</td>"
      out += "<td>\(Escape.html(row.severity.name(lang)))</td>"
      out += "<td>"
      out += row.fields.map { field in
        "<div><code>\(Escape.html(field.path))</code>"
          + (field.question.isEmpty ? "" : " \(Escape.html(field.question))") + "</div>"
      }.joined()
      out += "</td></tr>\n"
    }
    out += "</tbody></table>\n<footer>\(Escape.html(Phrase.generatedBy.format(lang, "dpacheck", toolVersion)))"
    return out + "</footer>\n</body>\n</html>\n"
  }

  /// RFC 4180 CSV with a UTF-8 byte order mark (`CSVText`): a header row with the columns'
  /// headings in the kravbank's language, then a row per requirement; the fields of a requirement
  /// one per line within their cell.
  public static func csv(_ kravbank: Kravbank) -> String {
    let columns = Kravbank.Column.allCases
    var out = CSVText.byteOrderMark + CSVText.record(columns.map { $0.heading(kravbank.language) })
    for row in kravbank.rows {
      out += CSVText.record(columns.map { kravbank.text(row, $0) })
    }
    return out
  }

  static let css = """
    @page{size:A4 landscape;margin:12mm 10mm}
    body{font:9pt/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2433;margin:0 auto;\
    -webkit-print-color-adjust:exact;print-color-adjust:exact}
    h1{font-size:16pt;margin:0 0 2mm}.note{color:#3b4456;margin:1mm 0 3mm}
    table{border-collapse:collapse;width:100%}thead{display:table-header-group}
    th{background:#eef1f6;text-align:left;padding:1mm 1.5mm;font-size:8.5pt}
    td{padding:1mm 1.5mm;border-bottom:1px solid #d5dae3;vertical-align:top;overflow-wrap:break-word;hyphens:auto}
    th.id{width:15mm}th.requirement{width:31%}th.criterion{width:24%}th.legalBasis{width:13%}th.obligation{width:11mm}\
    th.severity{width:13mm}
    tr{break-inside:avoid}td.id{white-space:nowrap}.why{color:#5a6478;font-size:8pt}
    td.ob{font-weight:700;text-transform:uppercase;font-size:8pt}tr.must td.ob{color:#a4161a}
    tr.should td.ob{color:#7a5200}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:7.5pt}
    footer{margin-top:6mm;color:#8a93a6;font-size:8pt}
    @media screen{body{padding:8mm;max-width:297mm}}
    """
}

/// The formats of `rules list`: the text table, or the kravbank for a tender.
public enum RulesListFormat: String, Sendable, CaseIterable {
  case text, html, csv, xlsx
}
