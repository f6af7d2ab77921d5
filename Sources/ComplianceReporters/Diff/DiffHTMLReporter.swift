import ComplianceCore
import YAMLSupport

/// `dpacheck diff --format html`: one self-contained page (inline CSS, no script), printable.
struct DiffHTMLReporter {
  func render(_ report: DiffReport, options: RenderOptions) -> String {
    let language = options.language
    let da = language == .da
    let title = da ? "Ændringer i erklæringen" : "Changes in the declaration"
    let css = """
      body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
      table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
      th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
      tr.material td:first-child{color:#b00;font-weight:bold}
      .where{font-family:monospace;font-size:.9em;color:#555}
      @media print{body{margin:0}}
      """
    var out = HTMLHead.html(language: language, title: title, css: css)
    out += """
      <h1>\(Escape.html(title))</h1>
      <p>\(Escape.html(report.old)) → \(Escape.html(report.new)) \
      (\(da ? "vurderet pr." : "as of") \(report.asOf), \(da ? "profil" : "profile") \(Escape.html(report.profile)))</p>
      <p><strong>\(Escape.html(DiffWording.summary(report, language)))</strong></p>

      """
    for diff in report.declarations {
      out += "<h2>\(Escape.html(DiffWording.title(of: diff)))</h2>\n"
      if diff.changes.isEmpty {
        out += "<p>\(da ? "Ingen ændringer." : "No changes.")</p>\n"
        continue
      }
      out += "<table>\n<tr><th></th><th>\(da ? "Ændring" : "Change")</th><th>\(da ? "Hvor" : "Where")</th></tr>\n"
      let ordered = diff.changes.filter(\.isMaterial) + diff.changes.filter { !$0.isMaterial }
      for change in ordered {
        var text = Escape.html(DiffWording.headline(change, language))
        if let reason = DiffWording.reason(change, language) { text += "<br><em>\(Escape.html(reason))</em>" }
        let file = change.isInOld ? diff.oldFile : diff.newFile
        let place = "\(file):\(change.location.line):\(change.location.column)"
        let mark = change.isMaterial ? (da ? "væsentlig" : "material") : ""
        out +=
          "<tr\(change.isMaterial ? " class=\"material\"" : "")><td>\(mark)</td><td>\(text)</td>"
          + "<td class=\"where\">\(Escape.html(place))</td></tr>\n"
      }
      out += "</table>\n"
    }
    let unpaired =
      report.oldOnly.map { DiffWording.unpairedLine($0, onlyIn: report.old, language) }
      + report.newOnly.map { DiffWording.unpairedLine($0, onlyIn: report.new, language) }
    if !unpaired.isEmpty {
      out += "<ul>\n" + unpaired.map { "<li>\(Escape.html($0))</li>\n" }.joined() + "</ul>\n"
    }
    return out + "</body>\n</html>\n"
  }
}
