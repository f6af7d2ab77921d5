public import YAMLSupport

/// Every fixed word and sentence the reports use, in Danish and English: the one translation table,
/// but for what each operator of the check language expects, which the operator table words
/// (`Operator.Wording`, in `Operators.swift`).
///
/// Reporters and finding messages take their words from here, never from scattered literals, so a
/// report is entirely in the language asked for.
public enum Phrase: String, Sendable, CaseIterable {
  // Statuses
  case met, gap, unanswered, notApplicable, waived
  // Severities
  case critical, high, medium, low
  // Verdicts and summary
  case verdictPassed, verdictFailed, verdictInvalid, gateLine, unansweredCountsNote
  case findings, vendor, declaration, file, profile, asOf, countriesList, noGaps
  case requirement, clause, articles, severity, status, location, answer, remediation, criterion
  case rationale, mapsTo, warnings, waiverLine, expiredWaiver, unusedWaiver, expiringWaiver
  case excludedByProfile, invalidDeclaration, notAnswered, unnamedVendor, gapsAndUnanswered
  case worstGap, verdict, none, clauseOverview, vendorsByClause
  case generatedBy, relatedLocations, reportTitle, portfolioTitle, failOnLabel
  case changesSinceBaseline, notInBaseline, newFinding, resolvedFinding, changedAnswer, noChanges, knownInBaseline
  // Evidence phrases (what each operator expects is worded in its descriptor, `Operators.swift`)
  case isValue, answerRemediation
  case noMatchingItem, listIsEmpty, missingPrefix, lapseWarning, andMore, notGiven, or
  // Progress on a terminal
  case progress

  /// The phrase in `language`. Placeholders `%1`, `%2`, … are filled by `format`.
  public func text(_ language: Language) -> String {
    let pair = Phrase.table[self] ?? ("", "")
    return language == .da ? pair.da : pair.en
  }

  /// The phrase with `%1`, `%2`, … replaced by `arguments`.
  ///
  /// The phrase is read once, so the arguments' own text is never searched for placeholders: a
  /// value such as '%2' from a declaration shows as it is.
  public func format(_ language: Language, _ arguments: String...) -> String {
    Self.fill(text(language), arguments)
  }

  /// `template` with `%1`, `%2`, … replaced by `arguments`; a `%` that names no argument stays.
  ///
  /// The template is read once, so the arguments' own text is never searched for placeholders.
  public static func fill(_ template: String, _ arguments: [String]) -> String {
    var result = ""
    var rest = Substring(template)
    while let percent = rest.firstIndex(of: "%") {
      result += rest[..<percent]
      let next = rest.index(after: percent)
      if next < rest.endIndex, rest[next].isASCII, let number = rest[next].wholeNumberValue,
        number >= 1, number <= arguments.count
      {
        result += arguments[number - 1]
        rest = rest[rest.index(after: next)...]
      } else {
        result += "%"
        rest = rest[next...]
      }
    }
    return result + rest
  }

  private static let table: [Phrase: (da: String, en: String)] = [
    .met: ("opfyldt", "met"),
    .gap: ("mangel", "gap"),
    .unanswered: ("ubesvaret", "unanswered"),
    .notApplicable: ("ikke relevant", "not applicable"),
    .waived: ("dispenseret", "waived"),
    .critical: ("kritisk", "critical"),
    .high: ("høj", "high"),
    .medium: ("middel", "medium"),
    .low: ("lav", "low"),
    .verdictPassed: ("BESTÅET", "PASSED"),
    .verdictFailed: ("IKKE BESTÅET", "FAILED"),
    .verdictInvalid: ("UGYLDIG", "INVALID"),
    .gateLine: (
      "Grænse: mangler og ubesvarede krav med alvorlighed %1 eller højere får kontrollen til at fejle",
      "Gate: gaps and unanswered requirements of severity %1 or above fail the check"
    ),
    .unansweredCountsNote: (
      "Et ubesvaret krav tæller som en mangel ved grænsen", "An unanswered requirement counts like a gap for the gate"
    ),
    .findings: ("Resultater", "Findings"),
    .vendor: ("Leverandør", "Vendor"),
    .declaration: ("Erklæring", "Declaration"),
    .file: ("Fil", "File"),
    .profile: ("Profil", "Profile"),
    .asOf: ("Vurderet pr.", "As of"),
    .countriesList: (
      "Landeliste (tilstrækkelighedsafgørelser) gennemgået", "Country list (adequacy decisions) reviewed"
    ),
    .noGaps: ("Ingen mangler eller ubesvarede krav.", "No gaps or unanswered requirements."),
    .requirement: ("Krav", "Requirement"),
    .clause: ("Bestemmelse", "Clause"),
    .articles: ("GDPR", "GDPR"),
    .severity: ("Alvorlighed", "Severity"),
    .status: ("Status", "Status"),
    .location: ("Placering", "Location"),
    .answer: ("Leverandørens svar", "Vendor's answer"),
    .remediation: ("Afhjælpning", "Remediation"),
    .criterion: ("Kriterium", "Criterion"),
    .rationale: ("Begrundelse", "Rationale"),
    .mapsTo: ("Svarer til", "Maps to"),
    .warnings: ("Advarsler", "Warnings"),
    .waiverLine: ("Dispensation til %1 godkendt af %2: %3", "Waived until %1, approved by %2: %3"),
    .expiredWaiver: (
      "Dispensationen for %1 (%2) udløb %3 og gælder ikke længere",
      "The waiver for %1 (%2) expired on %3 and no longer applies"
    ),
    .unusedWaiver: (
      "Dispensationen for %1 (%2) passer ikke på noget resultat", "The waiver for %1 (%2) matches no finding"
    ),
    .expiringWaiver: ("Dispensationen for %1 (%2) udløber %3", "The waiver for %1 (%2) expires on %3"),
    .excludedByProfile: ("Udeladt af profilen", "Excluded by the profile"),
    .invalidDeclaration: (
      "Erklæringen er ugyldig og blev ikke vurderet", "The declaration is invalid and was not evaluated"
    ),
    .notAnswered: ("ikke besvaret", "not answered"),
    .unnamedVendor: ("(leverandør uden navn)", "(unnamed vendor)"),
    .gapsAndUnanswered: ("Mangler og ubesvarede krav", "Gaps and unanswered requirements"),
    .worstGap: ("Alvorligste mangel", "Worst gap"),
    .verdict: ("Resultat", "Verdict"),
    .none: ("ingen", "none"),
    .clauseOverview: ("Overblik pr. bestemmelse", "Overview by clause"),
    .vendorsByClause: ("Leverandører × bestemmelser", "Vendors × clauses"),
    .generatedBy: ("Lavet med %1 %2", "Made with %1 %2"),
    .relatedLocations: ("Også", "Also"),
    .reportTitle: ("Rapport over mangler i databehandlererklæring", "Data-processor declaration gap report"),
    .portfolioTitle: ("Porteføljerapport over databehandlere", "Data-processor portfolio report"),
    .failOnLabel: ("Grænse", "fail-on"),
    .changesSinceBaseline: ("Ændringer siden den tidligere rapport", "Changes since the baseline"),
    .notInBaseline: (
      "Erklæringen var ikke med i den tidligere rapport; alt er nyt",
      "The declaration was not in the baseline; everything is new"
    ),
    .newFinding: ("ny: %1 er nu %2 (før: %3)", "new: %1 is now %2 (before: %3)"),
    .resolvedFinding: ("løst: %1 var %2, er nu %3", "resolved: %1 was %2, is now %3"),
    .changedAnswer: ("ændret svar: %1 var %2, er nu %3", "changed answer: %1 was %2, is now %3"),
    .noChanges: ("ingen ændringer", "no changes"),
    .knownInBaseline: (
      "kendt fra den tidligere rapport; tæller ikke ved grænsen", "known in the baseline; does not count for the gate"
    ),
    .isValue: ("%1 er %2", "%1 is %2"),
    .answerRemediation: (
      "Besvar %1 i erklæringen, så kravet kan vurderes.",
      "Answer %1 in the declaration, so that the requirement can be judged."
    ),
    .noMatchingItem: ("intet punkt i %1 opfylder kravet", "no entry in %1 meets the requirement"),
    .listIsEmpty: ("%1 er tom", "%1 is empty"),
    .missingPrefix: ("ikke besvaret: %1", "not answered: %1"),
    .lapseWarning: ("%1 holder kun til og med %2 (%3 dage)", "%1 is good only until %2 (%3 days)"),
    .andMore: ("og %1 mere", "and %1 more"),
    .or: ("eller", "or"),
    .notGiven: ("%1 er ikke angivet, men skal være det her", "%1 is not given, but is required here"),
    .progress: ("%1 af %2 erklæringer kontrolleret…", "checked %1 of %2 declarations…"),
  ]
}

extension Severity {
  /// The severity's name in `language`.
  public func name(_ language: Language) -> String {
    switch self {
    case .critical: Phrase.critical.text(language)
    case .high: Phrase.high.text(language)
    case .medium: Phrase.medium.text(language)
    case .low: Phrase.low.text(language)
    }
  }
}

extension Status {
  /// The status's name in `language`.
  public func name(_ language: Language) -> String {
    switch self {
    case .met: Phrase.met.text(language)
    case .gap: Phrase.gap.text(language)
    case .unanswered: Phrase.unanswered.text(language)
    case .notApplicable: Phrase.notApplicable.text(language)
    case .waived: Phrase.waived.text(language)
    }
  }

  /// The status's name for more than one finding: a column heading ("mangler", "gaps").
  public func pluralName(_ language: Language) -> String {
    switch (self, language) {
    case (.met, .da): "opfyldte"
    case (.gap, .da): "mangler"
    case (.unanswered, .da): "ubesvarede"
    case (.notApplicable, .da): "ikke relevante"
    case (.waived, .da): "dispenserede"
    case (.gap, .en): "gaps"
    case (_, .en): name(.en)
    }
  }

  /// `count` findings of this status, the name agreeing with the number: "1 mangel", "4 mangler",
  /// "94 opfyldte", "1 gap", "3 gaps".
  public func counted(_ count: Int, _ language: Language) -> String {
    "\(count) \(count == 1 ? name(language) : pluralName(language))"
  }
}
