import ComplianceCore
import YAMLSupport

/// `dpacheck diff` as text for a terminal: per declaration, the material changes first (marked
/// `!`), each with its `file:line:column`, then the others.
struct DiffTextReporter {
  func render(_ report: DiffReport, options: RenderOptions) -> String {
    let language = options.language
    let style = Style(enabled: options.colored)
    let da = language == .da
    var out = style.bold("dpacheck diff") + ": \(report.old.escapingControls) → \(report.new.escapingControls)"
    out +=
      da
      ? " (vurderet pr. \(report.asOf), profil \(report.profile))\n"
      : " (as of \(report.asOf), profile \(report.profile))\n"
    for diff in report.declarations {
      out += "\n" + style.bold(DiffWording.title(of: diff)) + "\n"
      if diff.changes.isEmpty {
        out += da ? "  ingen ændringer\n" : "  no changes\n"
        continue
      }
      let ordered = diff.changes.filter(\.isMaterial) + diff.changes.filter { !$0.isMaterial }
      for change in ordered {
        let mark = change.isMaterial ? style.red("!") : " "
        out += "  \(mark) \(DiffWording.headline(change, language))\n"
        if let reason = DiffWording.reason(change, language) { out += "      \(reason)\n" }
        let file = change.isInOld ? diff.oldFile : diff.newFile
        let place = "\(file.escapingControls):\(change.location.line):\(change.location.column)"
        let inOld = da ? " (i den gamle erklæring)" : " (in OLD)"
        out += "      " + style.dim(change.isInOld ? place + inOld : place) + "\n"
      }
    }
    for file in report.oldOnly { out += "\n! " + DiffWording.unpairedLine(file, onlyIn: report.old, language) + "\n" }
    for file in report.newOnly { out += "\n! " + DiffWording.unpairedLine(file, onlyIn: report.new, language) + "\n" }
    out += "\n" + DiffWording.summary(report, language) + ".\n"
    return out
  }
}
