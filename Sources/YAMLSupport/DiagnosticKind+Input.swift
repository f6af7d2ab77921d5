// The message table, part 1: reading files, YAML, the `format:` line, and the shapes of the files
// dpacheck reads (waivers, baselines, profiles and rule files share one reader).
extension DiagnosticKind {
  static let inputEntries: [DiagnosticKind: Entry] = [
    // MARK: YAML
    .yamlEmpty: .init(
      .yamlEmpty, en: "the file is empty: expected a YAML mapping",
      da: "filen er tom: der forventes nøgler med værdier i YAML"),
    .yamlMultipleDocuments: .init(
      .yamlMultipleDocuments, en: "a second YAML document starts here; a file holds exactly one",
      da: "her begynder endnu et YAML-dokument; en fil må kun rumme ét"),
    .yamlUTF32: .init(
      .yamlEncoding, en: "the file is UTF-32; save it as UTF-8", da: "filen er gemt som UTF-32; gem den som UTF-8"),
    .yamlUTF16: .init(
      .yamlEncoding, en: "the file is UTF-16; save it as UTF-8", da: "filen er gemt som UTF-16; gem den som UTF-8"),
    .yamlControlCharacter: .init(
      .yamlEncoding, en: "control characters such as NUL are not allowed in YAML",
      da: "kontroltegn som NUL er ikke tilladt i YAML"),
    .yamlInvalidUTF8: .init(
      .yamlEncoding, en: "the file is not valid UTF-8 (%1); save it as UTF-8",
      da: "filen er ikke gyldig UTF-8 (%1); gem den som UTF-8"),
    .yamlReader: .init(.yamlEncoding, en: "%1", da: "%1"),
    .yamlMemory: .init(.yamlMemory, en: "out of memory while parsing", da: "hukommelsen slap op under indlæsningen"),
    .yamlSyntax: .init(.yamlSyntax, en: "%1", da: "%1"),
    .yamlContext: .init(.yamlSyntax, en: "%1", da: "%1"),
    .yamlTabIndentation: .init(
      .yamlSyntax, en: "a tab cannot be used for indentation or before a key in YAML; use spaces",
      da: "et tabulatortegn kan ikke bruges til indrykning eller foran en nøgle i YAML; brug mellemrum"),
    .yamlLongKey: .init(
      .yamlSyntax, en: "this key is too long (over 1024 characters) or not followed by ':' on the same line",
      da: "denne nøgle er for lang (over 1024 tegn) eller følges ikke af ':' på samme linje"),
    .yamlTag: .init(
      .yamlTag, en: "unsupported tag '%1': only plain YAML values are allowed",
      da: "tagget '%1' understøttes ikke: kun almindelige YAML-værdier er tilladt"),
    .yamlRoot: .init(
      .yamlRoot, en: "the document is %1; expected a mapping of keys to values",
      da: "dokumentet er %1; der forventes nøgler med værdier"),
    .yamlFileSize: .init(
      .yamlLimitSize, en: "the file is %1 bytes; the limit is %2 bytes",
      da: "filen fylder %1 byte; grænsen er %2 byte"),
    .yamlUnknownAlias: .init(
      .yamlUnknownAlias, en: "alias '*%1' names no anchor defined before it",
      da: "aliasset '*%1' henviser ikke til et anker, der er defineret før det"),
    .yamlDepthThroughAlias: .init(
      .yamlLimitDepth, en: "nesting is deeper than the limit of %1 levels once this alias is expanded",
      da: "indlejringen bliver dybere end grænsen på %1 niveauer, når dette alias foldes ud"),
    .yamlDepth: .init(
      .yamlLimitDepth, en: "nesting is deeper than the limit of %1 levels",
      da: "indlejringen er dybere end grænsen på %1 niveauer"),
    .yamlComplexKey: .init(
      .yamlComplexKey, en: "a mapping key must be a plain value, not a list or a mapping",
      da: "en nøgle skal være en enkel værdi, ikke en liste eller nøgler med værdier"),
    .yamlNodes: .init(
      .yamlLimitNodes, en: "the document has more than %1 nodes; the limit guards against alias bombs",
      da: "dokumentet har mere end %1 knuder; grænsen beskytter mod aliasbomber"),
    .yamlNodesThroughAlias: .init(
      .yamlLimitNodes,
      en: "the document has more than %1 nodes once this alias is expanded; the limit guards against alias bombs",
      da: "dokumentet får mere end %1 knuder, når dette alias foldes ud; grænsen beskytter mod aliasbomber"),
    .yamlStorage: .init(
      .yamlLimitSize, en: "the document holds more text or nodes than can be stored",
      da: "dokumentet rummer mere tekst eller flere knuder, end der kan gemmes"),
    .yamlDuplicateKey: .init(
      .yamlDuplicateKey, en: "duplicate key '%1'; it was first given on line %2",
      da: "nøglen '%1' står to gange; første gang i linje %2"),
    .noteFirstGiven: .init(note: .yamlDuplicateKey, en: "'%1' first given here", da: "'%1' står første gang her"),
    .noteAliasDefinition: .init(
      note: .yamlAlias, en: "'*%1' is defined at line %2", da: "'*%1' er defineret i linje %2"),

    // MARK: Plain words next to libyaml's own
    .hintTabIndentation: .init(
      hint: "; a tab is used for indentation, and YAML needs spaces",
      da: "; der er brugt et tabulatortegn til indrykning, og YAML kræver mellemrum"),
    .hintIndentationDeeper: .init(
      hint: "; the indentation does not match: this line is indented %1 spaces and the line above %2, so YAML reads "
        + "this line as part of the value above; keys at the same level start in the same column",
      da: "; indrykningen passer ikke: linjen er indrykket %1 mellemrum og linjen over %2, så YAML læser linjen som "
        + "en del af værdien ovenfor; nøgler på samme niveau begynder i samme kolonne"),
    .hintIndentationMismatch: .init(
      hint: "; the indentation does not match: this line is indented %1 spaces, but the keys above it are indented %2",
      da: "; indrykningen passer ikke: linjen er indrykket %1 mellemrum, men nøglerne over den er indrykket %2"),
    .hintListItemAmongKeys: .init(
      hint: "; a list item ('- ') cannot stand among the keys of a mapping",
      da: "; et listepunkt ('- ') kan ikke stå blandt nøgler med værdier"),
    .hintColonInValue: .init(
      hint: "; put a value that contains ': ' in quotes, or write nested keys on their own lines",
      da: "; sæt en værdi, der indeholder ': ', i anførselstegn, eller skriv indlejrede nøgler på hver sin linje"),

    // MARK: Files
    .ioMissing: .init(.ioMissing, en: "no such file", da: "filen findes ikke"),
    .ioBrokenLink: .init(
      .ioBrokenLink, en: "this symbolic link leads nowhere: its target is missing, or the links form a loop",
      da: "dette symbolske link fører ingen steder hen: målet mangler, eller linkene danner en løkke"),
    .ioNameEncoding: .init(
      .ioNameEncoding,
      en: "no such file; if the file's name is not valid UTF-8 it cannot be opened by this name: rename it",
      da: "filen findes ikke; er filnavnet ikke gyldig UTF-8, kan filen ikke åbnes under dette navn: omdøb den"),
    .ioFolderUnreadable: .init(
      .ioUnreadable, en: "this folder cannot be read (check its permissions)",
      da: "mappen kan ikke læses (kontrollér dens rettigheder)"),
    .ioDirectory: .init(
      .ioDirectory, en: "this is a folder; expected a YAML file", da: "dette er en mappe; der forventes en YAML-fil"),
    .ioNotAFile: .init(
      .ioNotAFile, en: "this is not a regular file (a pipe, socket or device); only files are read",
      da: "dette er ikke en almindelig fil, men en pipe, en socket eller en enhed; kun filer læses"),
    .ioUnreadable: .init(
      .ioUnreadable, en: "the file cannot be read (check its permissions)",
      da: "filen kan ikke læses (kontrollér dens rettigheder)"),
    .ioUnreadableBecause: .init(.ioUnreadable, en: "the file cannot be read: %1", da: "filen kan ikke læses: %1"),
    .ioTooLarge: .init(
      .yamlLimitSize, en: "the file is larger than the limit of %1 bytes",
      da: "filen er større end grænsen på %1 byte"),
    .ioEmptyFolder: .init(
      .ioEmptyFolder,
      en: "the folder holds no declarations (no *.yaml or *.yml files below it; names starting with '.' are skipped)",
      da: "mappen indeholder ingen erklæringer (ingen *.yaml- eller *.yml-filer under den; navne, der begynder med "
        + "'.', springes over)"),
    .ioUnexpected: .init(.ioRead, en: "%1", da: "uventet fejl: %1"),

    // MARK: The format line
    .formatMissing: .init(
      .formatMissing, en: "%1 has no 'format' key; the first line should be 'format: %2'",
      da: "%1 har ingen 'format'-nøgle; første linje skal være 'format: %2'"),
    .formatUnknownVersion: .init(
      .formatVersion, en: "unknown %2 format version '%1'; known versions: %4",
      da: "%3 har en ukendt formatversion '%1'; kendte versioner: %4"),
    .formatOther: .init(
      .formatVersion, en: "expected 'format: %1' for %2; found %3",
      da: "der forventes 'format: %1' for %2; fandt %3"),

    // MARK: Files of a known shape
    .schemaNotMapping: .init(
      .schemaType, en: "%1 must be a mapping; found %2", da: "%1 skal være nøgler med værdier; fandt %2"),
    .schemaMissingKey: .init(
      .schemaMissing, en: "%1 is missing the required key '%2'", da: "%1 mangler den påkrævede nøgle '%2'"),
    .schemaEmptyKey: .init(.schemaMissing, en: "'%1' of %2 must not be empty", da: "'%1' i %2 må ikke være tom"),
    .schemaNotScalar: .init(
      .schemaType, en: "'%1' must be a single value; found %2", da: "'%1' skal være en enkelt værdi; fandt %2"),
    .schemaNotBool: .init(
      .schemaType, en: "'%1' must be true or false; found '%2'", da: "'%1' skal være true eller false; fandt '%2'"),
    .schemaRange: .init(.schemaRange, en: "'%1' must be %2; found '%3'", da: "'%1' skal være %2; fandt '%3'"),
    .schemaNotWholeNumber: .init(
      .schemaType, en: "'%1' must be a whole number; found '%2'", da: "'%1' skal være et helt tal; fandt '%2'"),
    .schemaNotNumber: .init(
      .schemaType, en: "'%1' must be a number; found '%2'", da: "'%1' skal være et tal; fandt '%2'"),
    .schemaNotList: .init(.schemaType, en: "'%1' must be a list; found %2", da: "'%1' skal være en liste; fandt %2"),
    .schemaItemsNotScalar: .init(
      .schemaType, en: "items of '%1' must be single values", da: "punkterne i '%1' skal være enkelte værdier"),
    .schemaEnum: .init(.schemaEnum, en: "'%1' is not a valid %2", da: "'%1' er ikke en gyldig værdi for '%2'"),
    .schemaUnknownKey: .init(.schemaUnknownKey, en: "unknown key '%1' in %2", da: "ukendt nøgle '%1' i %2"),
    .dateInvalid: .init(.schemaType, en: "'%1' is not a valid date", da: "'%1' er ikke en gyldig dato"),
    .dateFormat: .init(
      .schemaType, en: "'%1' must be a date written YYYY-MM-DD; found '%2'",
      da: "'%1' skal være en dato skrevet ÅÅÅÅ-MM-DD; fandt '%2'"),
    .noteAllowedKeys: .init(note: .schemaUnknownKey, en: "allowed keys: %1", da: "tilladte nøgler: %1"),
    .noteExpectedOneOf: .init(note: .schemaEnum, en: "expected one of: %1", da: "forventet en af: %1"),
    .suggestion: .init(hint: "; did you mean '%1'?", da: "; mente du '%1'?"),
    .suggestDate: .init(hint: "; write it as '%1' (%2)", da: "; skriv den som '%1' (%2)"),

    // MARK: What a reader reads, for messages
    .thingTheDeclaration: .init(fragment: "the declaration", da: "erklæringen"),
    .thingFile: .init(fragment: "%1", da: "%1"),
    .thingQuoted: .init(fragment: "'%1'", da: "'%1'"),
    .thingWaiver: .init(fragment: "a waiver", da: "en dispensation"),
    .thingBaselineDeclaration: .init(
      fragment: "a declaration of the baseline", da: "en erklæring i den tidligere rapport"),
    .thingBaselineFinding: .init(fragment: "a finding of the baseline", da: "et resultat i den tidligere rapport"),
    .thingBaselineValue: .init(fragment: "a value of the baseline", da: "en værdi i den tidligere rapport"),
    .thingParametersOf: .init(fragment: "the parameters of '%1'", da: "parametrene for '%1'"),
    .thingExclusion: .init(fragment: "an exclusion", da: "en udeladelse"),
    .thingRequirement: .init(fragment: "a requirement", da: "et krav"),
    .thingRequirementNamed: .init(fragment: "requirement '%1'", da: "kravet '%1'"),
    .thingParameterNamed: .init(fragment: "parameter '%1'", da: "parameteren '%1'"),
    .thingExample: .init(fragment: "an example", da: "et eksempel"),
    .thingSection: .init(fragment: "a section", da: "et afsnit"),
    .thingField: .init(fragment: "a field", da: "et felt"),
    .thingAdequacyDecision: .init(fragment: "an adequacy decision", da: "en tilstrækkelighedsafgørelse"),
  ]
}
