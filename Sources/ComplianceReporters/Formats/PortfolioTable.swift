import ComplianceCore
import YAMLSupport

/// The portfolio summary table in plain text.
///
/// Widths are measured in a first pass and rows written in a second, so that a table of many
/// thousand vendors is built without holding every cell at once.
enum PortfolioTable {
  static func write(_ summary: RunSummary, lang: Language, style: Style, to write: (String) throws -> Void) throws {
    // With a profile map that gave vendors different profiles, a last column names each one's.
    let showProfile = Set(summary.declarations.map(\.profile)).count > 1
    let header =
      [
        Phrase.vendor.text(lang), Phrase.verdict.text(lang), Status.gap.pluralName(lang),
        Status.unanswered.pluralName(lang), Status.met.pluralName(lang), Phrase.worstGap.text(lang),
      ] + (showProfile ? [Phrase.profile.text(lang)] : [])
    func cells(_ declaration: DeclarationSummary) -> [String] {
      let vendor = (declaration.vendor ?? Phrase.unnamedVendor.text(lang)).escapingControls.truncated(36)
      let worst = declaration.worstGap.map { "\($0.rule) (\($0.severity.name(lang)))" } ?? "–"
      return [
        vendor, Verdict.text(declaration, lang: lang), String(declaration.count(.gap)),
        String(declaration.count(.unanswered)), String(declaration.count(.met)), worst,
      ] + (showProfile ? [declaration.profile.escapingControls] : [])
    }
    var widths = header.map(\.count)
    for declaration in summary.declarations {
      for (index, cell) in cells(declaration).enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func format(_ row: [String]) -> String {
      row.enumerated().map { index, cell in
        index >= 2 && index <= 4
          ? String(repeating: " ", count: widths[index] - cell.count) + cell : cell.padded(to: widths[index])
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    try write(style.bold(format(header)) + "\n")
    for declaration in summary.declarations {
      try write(format(cells(declaration)) + "  " + style.dim(declaration.file.escapingControls) + "\n")
    }
  }
}
