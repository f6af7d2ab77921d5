// The message table, part 2: a vendor's declaration checked against the questionnaire, its
// evaluation, waivers, and writing the report.
extension DiagnosticKind {
  static let declarationEntries: [DiagnosticKind: Entry] = [
    // MARK: Keys and shapes
    .declarationUnknownKey: .init(
      .declarationUnknownKey, en: "unknown key '%1' in %2", da: "ukendt nøgle '%1' i %2"),
    .noteAllowedKeysHere: .init(
      note: .declarationUnknownKey, en: "allowed keys here: %1; keys starting with 'x-' are ignored",
      da: "tilladte nøgler her: %1; nøgler, der begynder med 'x-', ignoreres"),
    .declarationNotMapping: .init(
      .declarationType, en: "'%1' must be a mapping of keys to values; found %2",
      da: "'%1' skal være nøgler med værdier; fandt %2"),
    .declarationNotList: .init(
      .declarationType, en: "'%1' must be a list; found %2", da: "'%1' skal være en liste; fandt %2"),
    .hintWritingLists: .init(
      hint: "; write a list as [a, b] or as lines starting with '- ', or [] for none",
      da: "; skriv en liste som [a, b] eller som linjer, der begynder med '- ', eller [] for ingen"),
    .declarationMinItem: .init(
      .declarationMinItems, en: "'%1' needs at least %2 item", da: "'%1' skal have mindst %2 punkt"),
    .declarationMinItems: .init(
      .declarationMinItems, en: "'%1' needs at least %2 items", da: "'%1' skal have mindst %2 punkter"),
    .declarationItemNotMapping: .init(
      .declarationType, en: "each item of '%1' must be a mapping of keys to values; found %2",
      da: "hvert punkt i '%1' skal være nøgler med værdier; fandt %2"),
    .declarationItemNotScalar: .init(
      .declarationType, en: "each item of '%1' must be a single value; found %2",
      da: "hvert punkt i '%1' skal være en enkelt værdi; fandt %2"),
    .declarationNotScalar: .init(
      .declarationType, en: "'%1' must be a single value (%2); found %3",
      da: "'%1' skal være en enkelt værdi (%2); fandt %3"),

    // MARK: Values
    .declarationBoolWord: .init(
      .declarationBool, en: "'%1' must be true or false; found '%2': use true or false",
      da: "'%1' skal være true eller false; fandt '%2': brug true eller false"),
    .declarationBoolQuoted: .init(
      .declarationBool, en: "'%1' must be true or false; found the quoted string '%2': remove the quotes",
      da: "'%1' skal være true eller false; fandt teksten '%2' i anførselstegn: fjern anførselstegnene"),
    .declarationBool: .init(
      .declarationBool, en: "'%1' must be true or false; found '%2'",
      da: "'%1' skal være true eller false; fandt '%2'"),
    .declarationNumber: .init(
      .declarationNumber, en: "'%1' must be a number; found '%2'", da: "'%1' skal være et tal; fandt '%2'"),
    .declarationNumberQuoted: .init(
      .declarationNumber, en: "'%1' must be a number; found the quoted string '%2': remove the quotes",
      da: "'%1' skal være et tal; fandt teksten '%2' i anførselstegn: fjern anførselstegnene"),
    .declarationWholeNumber: .init(
      .declarationNumber, en: "'%1' must be a whole number; found '%2'",
      da: "'%1' skal være et helt tal; fandt '%2'"),
    .declarationWholeNumberQuoted: .init(
      .declarationNumber, en: "'%1' must be a whole number; found the quoted string '%2': remove the quotes",
      da: "'%1' skal være et helt tal; fandt teksten '%2' i anførselstegn: fjern anførselstegnene"),
    .declarationRange: .init(.declarationRange, en: "'%1' must be %2; found %3", da: "'%1' skal være %2; fandt %3"),
    .declarationEnum: .init(
      .declarationEnum, en: "'%1' is not a valid value for '%2'", da: "'%1' er ikke en gyldig værdi for '%2'"),
    .declarationCountryCase: .init(
      .declarationCountry, en: "country codes are written in upper case: use '%1' instead of '%2'",
      da: "landekoder skrives med store bogstaver: brug '%1' i stedet for '%2'"),
    .declarationCountry: .init(
      .declarationCountry, en: "'%1' is not an ISO 3166-1 alpha-2 country code (such as DK, DE or US)",
      da: "'%1' er ikke en landekode efter ISO 3166-1 alpha-2 (som DK, DE eller US)"),
    .suggestCountryNamed: .init(hint: "; use the code '%1' for %2", da: "; brug koden '%1' for %2"),
    .suggestCountryNamedInEnglish: .init(hint: "; use the code '%1' for %2", da: "; brug koden '%1'"),
    .suggestCountry: .init(hint: "; use the code '%1'", da: "; brug koden '%1'"),
    .declarationEmail: .init(
      .declarationEmail, en: "'%1' must be an e-mail address; found '%2'",
      da: "'%1' skal være en e-mailadresse; fandt '%2'"),
    .declarationURL: .init(
      .declarationUrl, en: "'%1' must be a URL starting with https:// or http://; found '%2'",
      da: "'%1' skal være en URL, der begynder med https:// eller http://; fandt '%2'"),

    // MARK: What a value must be
    .expectBool: .init(fragment: "true or false", da: "true eller false"),
    .expectWholeNumber: .init(fragment: "a whole number", da: "et helt tal"),
    .expectNumber: .init(fragment: "a number", da: "et tal"),
    .expectDate: .init(fragment: "a date written YYYY-MM-DD", da: "en dato skrevet ÅÅÅÅ-MM-DD"),
    .expectOneOf: .init(fragment: "one of: %1", da: "en af: %1"),
    .expectCountry: .init(
      fragment: "a two-letter ISO 3166-1 country code such as DK",
      da: "en landekode på to bogstaver efter ISO 3166-1, fx DK"),
    .expectEmail: .init(fragment: "an e-mail address", da: "en e-mailadresse"),
    .expectURL: .init(fragment: "a URL starting with https://", da: "en URL, der begynder med https://"),
    .expectText: .init(fragment: "text", da: "tekst"),
    .rangeFromTo: .init(fragment: "from %1 to %2", da: "fra %1 til %2"),
    .rangeAtLeast: .init(fragment: "at least %1", da: "mindst %1"),
    .rangeAtMost: .init(fragment: "at most %1", da: "højst %1"),
    .rangeNounFromTo: .init(fragment: "%1 from %2 to %3", da: "%1 fra %2 til %3"),
    .rangeNounAtLeast: .init(fragment: "%1 of at least %2", da: "%1 på mindst %2"),
    .rangeNounAtMost: .init(fragment: "%1 of at most %2", da: "%1 på højst %2"),
    .rangeFinite: .init(fragment: "a finite number", da: "et endeligt tal"),
    .nounWholeNumberOf: .init(fragment: "a whole number of %1", da: "et helt antal %1"),
    .nounNumberOf: .init(fragment: "a number of %1", da: "et antal %1"),
    .unitDays: .init(fragment: "days", da: "dage"),
    .unitMonths: .init(fragment: "months", da: "måneder"),
    .unitItems: .init(fragment: "items", da: "punkter"),

    // MARK: Evaluation
    .evaluationBudget: .init(
      .evaluationBudget, en: "checking %1 against this declaration takes too many steps; evaluation stopped",
      da: "kontrollen af %1 mod denne erklæring kræver for mange trin; vurderingen blev stoppet"),
    .noteBudget: .init(
      note: .evaluationBudget,
      en: "the work a declaration may cause is bounded (%1 steps for this one), so that no file can stall a run; a "
        + "list this check walks is too long for the way the check combines lists",
      da: "det arbejde, en erklæring kan kræve, er begrænset (%1 trin for denne), så ingen fil kan få en kørsel "
        + "til at gå i stå; en liste, som kontrollen gennemgår, er for lang til den måde, kontrollen kombinerer "
        + "lister på"),
    .noteDefinedHere: .init(note: .evaluationBudget, en: "%1 is defined here", da: "%1 er defineret her"),
    .thingRequirementID: .init(fragment: "requirement %1", da: "kravet %1"),
    .thingPackApplicability: .init(
      fragment: "the applicability of pack '%1'", da: "anvendelsesbetingelsen for regelpakken '%1'"),

    // MARK: Waivers
    .waiverUnknownRule: .init(.waiverRule, en: "unknown requirement '%1'", da: "ukendt krav '%1'"),
    .waiverNeitherTarget: .init(
      .waiverTarget,
      en: "a waiver names either 'vendor' (the vendor's name) or 'path' (a glob of declaration files); this one has "
        + "neither",
      da: "en dispensation angiver enten 'vendor' (leverandørens navn) eller 'path' (et mønster for "
        + "erklæringsfiler); denne angiver ingen af dem"),
    .waiverBothTargets: .init(
      .waiverTarget,
      en: "a waiver names either 'vendor' (the vendor's name) or 'path' (a glob of declaration files), not both",
      da: "en dispensation angiver enten 'vendor' (leverandørens navn) eller 'path' (et mønster for "
        + "erklæringsfiler), ikke begge"),

    // MARK: Writing the report, the command line
    .outputFailed: .init(.output, en: "cannot write the report: %1", da: "rapporten kan ikke skrives: %1"),
    .outputFailedTo: .init(
      .output, en: "cannot write the report to '%1': %2", da: "rapporten kan ikke skrives til '%1': %2"),
    .outputIsFolder: .init(.output, en: "'%1' is a folder", da: "'%1' er en mappe"),
    .outputCannotOpen: .init(.output, en: "cannot open '%1' for writing", da: "'%1' kan ikke åbnes til skrivning"),
    .outputCannotCreate: .init(
      .output, en: "cannot create '%1': check that its folder exists and is writable",
      da: "'%1' kan ikke oprettes: kontrollér, at mappen findes, og at der må skrives i den"),
    .outputCannotWrite: .init(.output, en: "cannot write '%1': %2", da: "'%1' kan ikke skrives: %2"),
    .outputTemporary: .init(
      .output, en: "cannot create a temporary file in '%1': %2",
      da: "der kan ikke oprettes en midlertidig fil i '%1': %2"),
    .outputReadBack: .init(
      .output, en: "cannot read back the temporary file '%1': %2",
      da: "den midlertidige fil '%1' kan ikke læses igen: %2"),
    .usageAsOf: .init(
      .usage, en: "--as-of takes a date written YYYY-MM-DD; '%1' is not one",
      da: "--as-of tager en dato skrevet ÅÅÅÅ-MM-DD; '%1' er ikke en dato"),
    .usageOutputIsInput: .init(
      .usage, en: "-o '%1' is the input '%2'; writing the report there would replace it. Choose another file",
      da: "-o '%1' er inddatafilen '%2'; skrives rapporten dér, bliver filen erstattet. Vælg en anden fil"),
    .usageStandardInputTwice: .init(
      .usage, en: "'-' (standard input) can be given once", da: "'-' (standardinput) kan kun angives én gang"),
    .noteSkippedNotDeclaration: .init(
      note: .usage, en: "skipped '%1': not a declaration (no 'format: dpacheck/declaration/v1')",
      da: "sprang '%1' over: ikke en erklæring (intet 'format: dpacheck/declaration/v1')"),
    .usageUnknownCommand: .init(
      .usage, en: "unknown command '%1'; the commands are %2", da: "ukendt kommando '%1'; kommandoerne er %2"),
    .usageUnknownCommandSuggested: .init(
      .usage, en: "unknown command '%1'; did you mean '%2'? The commands are %3",
      da: "ukendt kommando '%1'; mente du '%2'? Kommandoerne er %3"),
  ]
}
