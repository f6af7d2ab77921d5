import ComplianceCore
import YAMLSupport

/// The fixed words of the portfolio HTML report in Danish and English.
enum PortfolioPhrase: String, CaseIterable {
  case summary, declarations, passed, failed, invalid, bySeverity, vendorsWithAny, total
  case mostOftenFailed, vendorsWithGap, vendorsUnanswered, noneFailed, legendTitle
  case legendGap, legendUnanswered, legendWaived, legendMet, legendNone, legendHint
  case filterVerdict, filterSeverity, filterClause, filterSearch, all, atLeast, shown, expandAll, collapseAll
  case cvr, declaredOn, metCounted, vendorCount, failedRequirements, vendorsCount, profileColumn
  case sortHint, gapsShort, unansweredShort

  func text(_ language: Language) -> String {
    let pair = Self.table[self] ?? ("", "")
    return language == .da ? pair.da : pair.en
  }

  func format(_ language: Language, _ arguments: String...) -> String {
    Phrase.fill(text(language), arguments)
  }

  private static let table: [PortfolioPhrase: (da: String, en: String)] = [
    .summary: ("Overblik", "Summary"),
    .declarations: ("erklæringer", "declarations"),
    .passed: ("bestået", "passed"),
    .failed: ("ikke bestået", "failed"),
    .invalid: ("ugyldige", "invalid"),
    .bySeverity: ("Mangler og ubesvarede efter alvor", "Gaps and unanswered by severity"),
    .vendorsWithAny: ("Leverandører med mindst én", "Vendors with at least one"),
    .total: ("I alt", "Total"),
    .mostOftenFailed: ("De krav, der oftest ikke er opfyldt", "The requirements most often failed"),
    .vendorsWithGap: ("Leverandører med mangel", "Vendors with a gap"),
    .vendorsUnanswered: ("Leverandører, der ikke har svaret", "Vendors that did not answer"),
    .noneFailed: ("Alle krav er opfyldt hos alle leverandører.", "Every vendor meets every requirement."),
    .legendTitle: ("Sådan læses tabellen", "How to read the table"),
    .legendGap: (
      "rød: antal mangler og ubesvarede krav i bestemmelsen, mindst én mangel",
      "red: the number of gaps and unanswered requirements in the clause, at least one a gap"
    ),
    .legendUnanswered: (
      "gul: antal ubesvarede krav i bestemmelsen, ingen mangel",
      "amber: the number of unanswered requirements in the clause, no gap"
    ),
    .legendWaived: (
      "blå: antal dispenserede krav; resten er opfyldt",
      "blue: the number of waived requirements; the rest are met"
    ),
    .legendMet: ("grøn ✓: alle krav i bestemmelsen er opfyldt", "green ✓: every requirement of the clause is met"),
    .legendNone: (
      "grå: ingen krav i bestemmelsen gælder for leverandøren",
      "grey: no requirement of the clause applies to the vendor"
    ),
    .legendHint: (
      "Et tal i en celle er altid antallet af åbne punkter. Hold musen over en celle for alle tal.",
      "A number in a cell is always the number of open items. Hover over a cell for every count."
    ),
    .filterVerdict: ("Resultat", "Verdict"),
    .filterSeverity: ("Alvor", "Severity"),
    .filterClause: ("Åbne punkter i bestemmelse", "Open items in clause"),
    .filterSearch: ("Søg", "Search"),
    .all: ("alle", "all"),
    .atLeast: ("mindst %1", "at least %1"),
    .shown: ("viste leverandører", "vendors shown"),
    .expandAll: ("Fold alle ud", "Expand all"),
    .collapseAll: ("Fold alle sammen", "Collapse all"),
    .cvr: ("CVR", "CVR"),
    .declaredOn: ("erklæret", "declared"),
    .metCounted: ("%1, %2: talt med, ikke vist enkeltvis.", "%1, %2: counted, not listed."),
    .vendorCount: ("leverandør", "vendor"),
    .failedRequirements: (
      "Kravene bag manglerne og de ubesvarede punkter",
      "The requirements behind the gaps and unanswered items"
    ),
    .vendorsCount: ("leverandører", "vendors"),
    .profileColumn: ("Profil", "Profile"),
    .gapsShort: ("Mgl.", "Gaps"),
    .unansweredShort: ("Ubes.", "Unans."),
    .sortHint: ("Klik på en kolonneoverskrift for at sortere.", "Click a column heading to sort."),
  ]
}
