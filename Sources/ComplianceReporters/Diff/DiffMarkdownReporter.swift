import ComplianceCore
import YAMLSupport

/// `dpacheck diff --format markdown`: a table per declaration, for a pull request or an e-mail.
struct DiffMarkdownReporter {
  func render(_ report: DiffReport, options: RenderOptions) -> String {
    let language = options.language
    let da = language == .da
    var out = "# " + (da ? "Ændringer i erklæringen" : "Changes in the declaration") + "\n\n"
    out += "\(Escape.markdownCode(report.old)) → \(Escape.markdownCode(report.new))"
    out += da ? " (vurderet pr. \(report.asOf))\n\n" : " (as of \(report.asOf))\n\n"
    out += "**" + DiffWording.summary(report, language) + "**\n"
    for diff in report.declarations {
      out += "\n## " + Escape.markdown(DiffWording.title(of: diff)) + "\n\n"
      if diff.changes.isEmpty {
        out += (da ? "Ingen ændringer." : "No changes.") + "\n"
        continue
      }
      out += da ? "| | Ændring | Hvor |\n| --- | --- | --- |\n" : "| | Change | Where |\n| --- | --- | --- |\n"
      let ordered = diff.changes.filter(\.isMaterial) + diff.changes.filter { !$0.isMaterial }
      for change in ordered {
        var text = DiffWording.headline(change, language)
        if let reason = DiffWording.reason(change, language) { text += " — " + reason }
        let file = change.isInOld ? diff.oldFile : diff.newFile
        let place = "\(file):\(change.location.line):\(change.location.column)"
        out +=
          "| \(change.isMaterial ? "⚠️" : "") | \(Escape.markdownCell(text)) | "
          + "\(Escape.markdownCode(place, inTable: true)) |\n"
      }
    }
    for file in report.oldOnly {
      out += "\n- ⚠️ " + Escape.markdown(DiffWording.unpairedLine(file, onlyIn: report.old, language)) + "\n"
    }
    for file in report.newOnly {
      out += "\n- ⚠️ " + Escape.markdown(DiffWording.unpairedLine(file, onlyIn: report.new, language)) + "\n"
    }
    return out
  }
}
