import ComplianceCore
import YAMLSupport

/// The fixed words of the authoring outputs (template, schema, explain, rules list and show), in
/// Danish and English: their one translation table, like `Phrase` for the reports.
enum AuthoringPhrase: String, CaseIterable {
  // Template
  case templateTitle, templateHowTo, templateFilled, templateSchema, templateCheck, otherQuestions
  case exampleEntry, answerHint, exampleHint
  // Field hints
  case boolHint, intHint, intRangeHint, intMinHint, numberHint, dateHint, enumHint, countryHint
  case emailHint, urlHint, textHint, listHint, listMinHint, listOneHint, objectListHint, objectListFilledHint
  // Schema
  case schemaTitle, schemaDescription, schemaFormat
  // Clauses
  case clauseLabel, appendixWord
  // Explain
  case packLabel, parametersLabel, checkLabel, appliesWhen, packAppliesWhen, requirementAppliesWhen
  case alwaysApplies, fieldsRead, examplesLabel, unnamedExample, asOfDate, emptyFragment, inProfile
  case excludedBy, notInProfile, extendsChain, informational
  // Provenance
  case packDefault, packDefaultValue, setIn, inheritedFrom, defaultSetting
  // Rules show and list
  case chainLabel, packsLabel, allPacks, failOnLabel, warningWindowLabel, days, requirementsLabel
  case requirementsCount, tailoredHeading, noneTailored, allParametersHeading, noParameters
  case exclusionsHeading, noExclusions, idColumn, severityColumn, clauseColumn, titleColumn
  case parameterColumn, valueColumn, sourceColumn, listTotal, severityMarkNote, excludedList

  /// The phrase in `language`. Placeholders `%1`, `%2`, … are filled by `format`.
  func text(_ language: Language) -> String {
    let pair = Self.table[self] ?? ("", "")
    return language == .da ? pair.da : pair.en
  }

  /// The phrase with `%1`, `%2`, … replaced by `arguments`.
  func format(_ language: Language, _ arguments: String...) -> String {
    Phrase.fill(text(language), arguments)
  }

  private static let table: [AuthoringPhrase: (da: String, en: String)] = [
    .templateTitle: (
      "Databehandlererklæring til dpacheck (format dpacheck/declaration/v1), profil '%1'.",
      "A data processor's declaration for dpacheck (format dpacheck/declaration/v1), profile '%1'."
    ),
    .templateHowTo: (
      "Skriv svaret på hvert spørgsmål i stedet for null. "
        + "Lad null stå, hvor du endnu ikke kan svare: feltet vises så som ubesvaret, aldrig som et nej. "
        + "Hvor svaret er en liste, og der ikke er nogen, skriv []: en tom liste betyder 'ingen'. "
        + "Nøgler, der begynder med x-, er dine egne og bliver ignoreret.",
      "Write the answer to each question in place of null. "
        + "Leave null where you cannot answer yet: the field is then reported as unanswered, never as a no. "
        + "Where the answer is a list and there are none, write []: an empty list means 'none'. "
        + "Keys starting with x- are your own and are ignored."
    ),
    .templateFilled: (
      "Et udfyldt eksempel: hvert felt har spørgeskemaets eksempelsvar.",
      "A worked example: every field holds the questionnaire's example answer."
    ),
    .templateSchema: (
      "Skemaet i første linje giver editorer autofuldførelse og kontrol; læg det ved siden af denne fil med: %1",
      "The schema named on the first line gives editors completion and checks; write it beside this file with: %1"
    ),
    .templateCheck: (
      "Kontrollér erklæringen med: dpacheck check erklæring.yaml",
      "Check the declaration with: dpacheck check declaration.yaml"
    ),
    .otherQuestions: ("Øvrige spørgsmål", "Other questions"),
    .exampleEntry: (
      "Et punkt ser sådan ud (fjern det første '# ' på hver linje, og skriv punkterne i stedet for null ovenfor):",
      "An entry looks like this (remove the first '# ' of each line, and replace the null above with the entries):"
    ),
    .answerHint: ("Svar: %1.", "Answer: %1."),
    .exampleHint: ("Eksempel: %1", "Example: %1"),
    .boolHint: ("true eller false", "true or false"),
    .intHint: ("et helt tal", "a whole number"),
    .intRangeHint: ("et helt tal fra %1 til %2", "a whole number from %1 to %2"),
    .intMinHint: ("et helt tal på mindst %1", "a whole number of at least %1"),
    .numberHint: ("et tal", "a number"),
    .dateHint: ("en dato skrevet ÅÅÅÅ-MM-DD", "a date written YYYY-MM-DD"),
    .enumHint: ("en af: %1", "one of: %1"),
    .countryHint: ("en landekode (ISO 3166-1 alpha-2) som fx DK", "a country code (ISO 3166-1 alpha-2) such as DK"),
    .emailHint: ("en e-mailadresse", "an e-mail address"),
    .urlHint: ("en URL, der begynder med https://", "a URL starting with https://"),
    .textHint: ("tekst", "text"),
    .listHint: (
      "en liste, skrevet [a, b], eller [] for ingen; hvert punkt er %1",
      "a list, written [a, b], or [] for none; each item is %1"
    ),
    .listMinHint: (
      "en liste med mindst %1 punkter, skrevet [a, b]; hvert punkt er %2",
      "a list of at least %1 items, written [a, b]; each item is %2"
    ),
    .listOneHint: (
      "en liste med mindst ét punkt, skrevet [a, b]; hvert punkt er %1",
      "a list of at least one item, written [a, b]; each item is %1"
    ),
    .objectListHint: (
      "en liste med ét punkt pr. forekomst, som i eksemplet herunder, eller [] for ingen",
      "a list with one entry per item, as in the example below, or [] for none"
    ),
    .objectListFilledHint: ("en liste med ét punkt pr. forekomst", "a list with one entry per item"),
    .schemaTitle: ("dpacheck-databehandlererklæring", "dpacheck data processor declaration"),
    .schemaDescription: (
      "En databehandlers egenerklæring, som kontrolleres med dpacheck check. "
        + "Felter, der mangler eller er null, er ubesvarede. "
        + "Nøgler, der begynder med x-, er leverandørens egne og bliver ignoreret.",
      "A data processor's self-declaration, checked with dpacheck check. "
        + "Fields that are absent or null are unanswered. "
        + "Keys starting with x- are the vendor's own and are ignored."
    ),
    .schemaFormat: (
      "Erklæringens format; skal være dpacheck/declaration/v1.",
      "The declaration's format; must be dpacheck/declaration/v1."
    ),
    .clauseLabel: ("Bestemmelse %1", "Clause %1"),
    .appendixWord: ("Bilag", "Appendix"),
    .packLabel: ("Pakke", "Pack"),
    .parametersLabel: ("Parametre", "Parameters"),
    .checkLabel: ("Kontrol", "Check"),
    .appliesWhen: ("Gælder, når", "Applies when"),
    .packAppliesWhen: ("Pakken %1 gælder, når:", "The pack %1 applies when:"),
    .requirementAppliesWhen: ("Og kravet gælder, når:", "And the requirement applies when:"),
    .alwaysApplies: ("Altid.", "Always."),
    .fieldsRead: ("Felter, som kravet læser", "Fields read"),
    .examplesLabel: ("Eksempler", "Examples"),
    .unnamedExample: ("(uden navn)", "(unnamed)"),
    .asOfDate: ("pr. %1", "as of %1"),
    .emptyFragment: ("(tom: intet er besvaret)", "(empty: nothing is answered)"),
    .inProfile: ("I profilen", "In the profile"),
    .excludedBy: ("udeladt af profilen %1: %2", "excluded by profile %1: %2"),
    .notInProfile: (
      "evalueres ikke: profilen %1 omfatter ikke pakken %2", "not evaluated: profile %1 does not include the pack %2"
    ),
    .extendsChain: ("udvider %1", "extends %1"),
    .informational: (
      "til orientering: aldrig en mangel; resultatet viser svaret",
      "informational: never a gap; the finding reports the answer"
    ),
    .packDefault: ("pakkens standard", "pack default"),
    .packDefaultValue: ("pakkens standard: %1", "pack default: %1"),
    .setIn: ("sat i profilen %1", "set in profile %1"),
    .inheritedFrom: ("arvet fra profilen %1", "inherited from profile %1"),
    .defaultSetting: ("standard", "default"),
    .chainLabel: ("Kæde", "Chain"),
    .packsLabel: ("Pakker", "Packs"),
    .allPacks: ("alle pakker", "all packs"),
    .failOnLabel: ("Grænse (fail_on)", "Fail on"),
    .warningWindowLabel: ("Varslingsvindue", "Warning window"),
    .days: ("%1 dage", "%1 days"),
    .requirementsLabel: ("Krav", "Requirements"),
    .requirementsCount: ("%1 evalueres, %2 udeladt", "%1 evaluated, %2 excluded"),
    .tailoredHeading: (
      "Tilpassede krav (alvorlighed eller parametre sat af en profil)",
      "Tailored requirements (severity or parameters set by a profile)"
    ),
    .noneTailored: (
      "Ingen: alle krav har pakkens alvorlighed og parametre.",
      "None: every requirement has its pack's severity and parameters."
    ),
    .allParametersHeading: ("Alle parametre", "All parameters"),
    .noParameters: ("Ingen af profilens krav har parametre.", "No requirement of the profile has parameters."),
    .exclusionsHeading: ("Udeladte krav", "Excluded requirements"),
    .noExclusions: ("Ingen.", "None."),
    .idColumn: ("ID", "ID"),
    .severityColumn: ("ALVORLIGHED", "SEVERITY"),
    .clauseColumn: ("BESTEMMELSE", "CLAUSE"),
    .titleColumn: ("TITEL", "TITLE"),
    .parameterColumn: ("PARAMETER", "PARAMETER"),
    .valueColumn: ("VÆRDI", "VALUE"),
    .sourceColumn: ("KILDE", "SOURCE"),
    .listTotal: ("%1 krav i profilen %2.", "%1 requirements in profile %2."),
    .severityMarkNote: ("* alvorligheden er sat af en profil.", "* severity set by a profile."),
    .excludedList: ("Udeladt af profilen: %1.", "Excluded by the profile: %1."),
  ]
}
