// The message table, part 3: rule packs, their checks and questionnaires, the country data,
// profiles, and the rule linter.
extension DiagnosticKind {
  static let rulesEntries: [DiagnosticKind: Entry] = [
    // MARK: Rule folders and packs
    .rulesMissingFile: .init(.rulesMissing, en: "no rule file '%1'", da: "ingen regelfil '%1'"),
    .rulesNotFolder: .init(
      .rulesRoot, en: "'%1' is not a folder of rule packs", da: "'%1' er ikke en mappe med regelpakker"),
    .rulesFolderUnreadable: .init(.rulesRoot, en: "cannot read the folder '%1'", da: "mappen '%1' kan ikke læses"),
    .rulesOutside: .init(
      .rulesOutside, en: "'%1' is outside the rules folder", da: "'%1' ligger uden for regelmappen"),
    .rulesOutsideThroughLink: .init(
      .rulesOutside, en: "'%1' leads outside the rules folder (through a symbolic link)",
      da: "'%1' fører uden for regelmappen (gennem et symbolsk link)"),
    .rulesNoCountries: .init(.rulesCountries, en: "the rules folder has no %1", da: "regelmappen har ingen %1"),
    .packNeedsID: .init(.schemaType, en: "the pack needs an id", da: "regelpakken skal have et id"),
    .packID: .init(
      .rulesPackId, en: "the pack's id '%1' must match its folder name '%2'",
      da: "regelpakkens id '%1' skal svare til mappenavnet '%2'"),
    .packClauses: .init(
      .schemaType, en: "'clauses' maps clause labels to titles",
      da: "'clauses' skal knytte bestemmelsesnumre til titler"),
    .packClauseLabel: .init(.rulesClause, en: "'%1' is not a clause label", da: "'%1' er ikke et bestemmelsesnummer"),
    .packLoadedAlready: .init(
      .rulesPackId, en: "the pack '%1' is loaded already", da: "regelpakken '%1' er allerede indlæst"),
    .packQuestionnaire: .init(
      .rulesQuestionnaire, en: "a pack added to a loaded catalog cannot extend the questionnaire",
      da: "en regelpakke, der føjes til et indlæst katalog, kan ikke udvide spørgeskemaet"),
    .rulesDuplicateID: .init(
      .rulesDuplicateId, en: "requirement id '%1' is used twice", da: "krav-id'et '%1' bruges to gange"),
    .noteFirstDefined: .init(note: .rulesDuplicateId, en: "first defined here", da: "først defineret her"),

    // MARK: Requirements
    .rulesID: .init(
      .rulesId, en: "requirement id '%1' must be letters, digits, '-' and '.', such as 'BR-01'",
      da: "krav-id'et '%1' må kun bestå af bogstaver, cifre, '-' og '.', fx 'BR-01'"),
    .rulesMissingClause: .init(.schemaType, en: "missing clause", da: "bestemmelsen mangler"),
    .rulesClause: .init(
      .rulesClause,
      en: "'%1' is not a clause of the standard DPA; write its number, such as '4' or '12', or an appendix section "
        + "such as 'A', 'B.2' or 'C.2'",
      da: "'%1' er ikke en bestemmelse i standarddatabehandleraftalen; skriv dens nummer, fx '4' eller '12', eller "
        + "et bilagsafsnit som 'A', 'B.2' eller 'C.2'"),
    .rulesParametersMapping: .init(
      .schemaType, en: "'parameters' must map names to values", da: "'parameters' skal knytte navne til værdier"),
    .rulesMissingCheck: .init(.schemaType, en: "missing check", da: "kontrollen mangler"),
    .rulesParameterRange: .init(
      .rulesParameter, en: "parameter '%1' must be %2; found '%3'", da: "parameteren '%1' skal være %2; fandt '%3'"),
    .rulesInformational: .init(
      .rulesInformational,
      en: "requirement '%1' is informational and so never a gap, but its check can be false; test that the field is "
        + "answered ('answered: true') and let the finding report the answer",
      da: "kravet '%1' er kun til orientering og derfor aldrig en mangel, men dets kontrol kan blive falsk; test i "
        + "stedet, at feltet er besvaret ('answered: true'), og lad resultatet vise svaret"),
    .rulesPlaceholder: .init(
      .rulesPlaceholder, en: "the %1 text refers to '{%2}', which is not a parameter of this requirement",
      da: "teksten i '%1' henviser til '{%2}', som ikke er en parameter i dette krav"),
    .rulesParameterDefault: .init(
      .schemaType, en: "parameter '%1' needs a default value", da: "parameteren '%1' skal have en standardværdi"),
    .rulesMissingExpect: .init(.schemaType, en: "missing expect", da: "'expect' mangler"),
    .rulesExampleDeclaration: .init(
      .schemaType, en: "'declaration' must be a mapping: a fragment of a declaration",
      da: "'declaration' skal være nøgler med værdier: et udsnit af en erklæring"),
    .rulesInvalidExample: .init(.rulesExample, en: "invalid example", da: "ugyldigt eksempel"),

    // MARK: Checks
    .checkNotMapping: .init(
      .rulesCheck, en: "a check must be a mapping such as '{field: a.b, equals: true}'; found %1",
      da: "en kontrol skal være nøgler med værdier som '{field: a.b, equals: true}'; fandt %1"),
    .checkEmptyList: .init(
      .rulesCheck, en: "'%1' takes a non-empty list of checks", da: "'%1' tager en ikke-tom liste af kontroller"),
    .checkWhenThen: .init(.rulesCheck, en: "'when' needs a 'then' check", da: "'when' skal have en 'then'-kontrol"),
    .checkNeedsKey: .init(
      .rulesCheck, en: "a check needs one of: all, any, not, when, each, some, field",
      da: "en kontrol skal have en af: all, any, not, when, each, some, field"),
    .checkFoundKeys: .init(hint: "; found: %1", da: "; fandt: %1"),
    .checkUnknown: .init(.rulesCheck, en: "unknown check '%1'", da: "ukendt kontrol '%1'"),
    .checkCombined: .init(
      .rulesCheck, en: "'%1' cannot be combined with '%2' in one check; nest it in 'all' or 'any'",
      da: "'%1' kan ikke kombineres med '%2' i én kontrol; læg den ind under 'all' eller 'any'"),
    .checkNestedTooDeep: .init(
      .rulesCheck,
      en: "'%1' nested %2 deep; 'each' and 'some' may nest at most %3 deep, so that no declaration can make a "
        + "check's work explode",
      da: "'%1' er indlejret %2 niveauer; 'each' og 'some' må højst indlejres %3 niveauer, så ingen erklæring "
        + "kan få arbejdet med en kontrol til at eksplodere"),
    .checkQuantifierPath: .init(
      .rulesCheck, en: "'%1' takes the path of a list", da: "'%1' tager stien til en liste"),
    .checkQuantifierNotList: .init(
      .rulesCheck, en: "'%1' needs a list; '%2' is not a list in the questionnaire",
      da: "'%1' kræver en liste; '%2' er ikke en liste i spørgeskemaet"),
    .checkAsName: .init(
      .rulesCheck, en: "'as' takes a plain name such as 'site'", da: "'as' tager et enkelt navn som 'site'"),
    .checkQuantifierBody: .init(
      .rulesCheck, en: "'%1' needs a 'check' for each item", da: "'%1' skal have en 'check' for hvert punkt"),
    .checkDotOutside: .init(
      .rulesCheck, en: "'.' (the current item) is only allowed inside 'each' or 'some'",
      da: "'.' (det aktuelle punkt) er kun tilladt inde i 'each' eller 'some'"),
    .checkInvalidPath: .init(.rulesCheck, en: "'%1' is not a valid path", da: "'%1' er ikke en gyldig sti"),
    .checkNoField: .init(
      .rulesCheck, en: "the questionnaire has no field '%1'", da: "spørgeskemaet har intet felt '%1'"),
    .checkFieldPath: .init(
      .rulesCheck, en: "'field' takes a path such as 'breach_notification.max_hours'",
      da: "'field' tager en sti som 'breach_notification.max_hours'"),
    .checkNeedsOperator: .init(
      .rulesCheck, en: "a test of '%1' needs one operator: %2", da: "en test af '%1' skal have én operator: %2"),
    .checkOneOperator: .init(
      .rulesCheck, en: "a test takes exactly one operator; split '%1' with 'all'",
      da: "en test tager præcis én operator; del '%1' op med 'all'"),
    .checkUnknownField: .init(.rulesCheck, en: "unknown field '%1'", da: "ukendt felt '%1'"),
    .checkComparesSingle: .init(
      .rulesCheck, en: "'%1' compares single values; '%2' is %3",
      da: "'%1' sammenligner enkelte værdier; '%2' er af typen %3"),
    .checkTestsCountries: .init(
      .rulesCheck, en: "'%1' tests countries; '%2' is %3", da: "'%1' tester lande; '%2' er af typen %3"),
    .checkUnknownSet: .init(
      .rulesCheck, en: "unknown country set '%1'; known sets: %2", da: "ukendt landemængde '%1'; kendte mængder: %2"),
    .checkBoundsNumbers: .init(
      .rulesCheck, en: "'%1' bounds numbers; '%2' is %3", da: "'%1' begrænser tal; '%2' er af typen %3"),
    .checkTestsDates: .init(
      .rulesCheck, en: "'%1' tests dates; '%2' is %3", da: "'%1' tester datoer; '%2' er af typen %3"),
    .checkNonEmpty: .init(
      .rulesCheck, en: "'non_empty' tests text or lists; '%1' is %2",
      da: "'non_empty' tester tekst eller lister; '%1' er af typen %2"),
    .checkTestsLists: .init(
      .rulesCheck, en: "'%1' tests lists; '%2' is %3", da: "'%1' tester lister; '%2' er af typen %3"),
    .checkScalarList: .init(
      .rulesCheck, en: "'%1' needs a list of single values", da: "'%1' kræver en liste af enkelte værdier"),
    .checkTakesPath: .init(.rulesCheck, en: "'%1' takes a path", da: "'%1' tager en sti"),
    .checkSameType: .init(
      .rulesCheck, en: "'%1' compares two single values of the same type; '%2' and '%3' differ",
      da: "'%1' sammenligner to enkelte værdier af samme type; '%2' og '%3' er forskellige"),
    .checkUnknownOperator: .init(.rulesCheck, en: "unknown operator '%1'", da: "ukendt operator '%1'"),
    .checkWriteTrue: .init(.rulesCheck, en: "write '%1: true'", da: "skriv '%1: true'"),
    .checkOperandRange: .init(.rulesCheck, en: "'%1' must be %2; found '%3'", da: "'%1' skal være %2; fandt '%3'"),
    .checkUnknownParameter: .init(.rulesCheck, en: "unknown parameter '%1'", da: "ukendt parameter '%1'"),
    .checkNoParameters: .init(
      hint: "; the requirement declares no parameters", da: "; kravet erklærer ingen parametre"),
    .checkParameterNotNumber: .init(
      .rulesCheck, en: "parameter '%1' is not a number", da: "parameteren '%1' er ikke et tal"),
    .checkOperand: .init(
      .rulesCheck, en: "expected a number, '{param: name}' or '{field: path}'; found %1",
      da: "der forventes et tal, '{param: name}' eller '{field: path}'; fandt %1"),
    .checkFieldBound: .init(
      .rulesCheck, en: "a bound read from a field needs a number; '%1' is not a number in the questionnaire",
      da: "en grænse, der læses fra et felt, skal være et tal; '%1' er ikke et tal i spørgeskemaet"),
    .checkSaysPlaceholder: .init(
      .rulesCheck, en: "'says' may use only {label} and {value}; found '{%1}'",
      da: "'says' må kun bruge {label} og {value}; fandt '{%1}'"),
    .thingCheck: .init(fragment: "a check", da: "en kontrol"),
    .checkValues: .init(
      .rulesCheck, en: "expected a non-empty list of values", da: "der forventes en ikke-tom liste af værdier"),
    .checkSingleValue: .init(.rulesCheck, en: "expected a single value", da: "der forventes en enkelt værdi"),
    .checkSingleValueFound: .init(
      .rulesCheck, en: "expected a single value; found %1", da: "der forventes en enkelt værdi; fandt %1"),
    .checkIsBoolean: .init(
      .rulesCheck, en: "'%1' is a boolean: compare with true or false",
      da: "'%1' er en sandhedsværdi: sammenlign med true eller false"),
    .checkHolds: .init(.rulesCheck, en: "'%1' holds %2; found '%3'", da: "'%1' rummer %2; fandt '%3'"),
    .checkIsNumber: .init(
      .rulesCheck, en: "'%1' is a number: compare with a number", da: "'%1' er et tal: sammenlign med et tal"),
    .checkEnumValue: .init(
      .rulesCheck, en: "'%1' is not a value '%2' can take", da: "'%1' er ikke en værdi, som '%2' kan have"),
    .checkCountryCode: .init(.rulesCheck, en: "'%1' is not a country code", da: "'%1' er ikke en landekode"),
    .checkDate: .init(.rulesCheck, en: "'%1' is not a date", da: "'%1' er ikke en dato"),

    // MARK: Questionnaires and country data
    .questionnaireFieldType: .init(.schemaType, en: "a field needs a type", da: "et felt skal have en type"),
    .questionnaireListOfLists: .init(
      .schemaType, en: "lists of lists are not supported", da: "lister af lister understøttes ikke"),
    .questionnaireListItems: .init(
      .schemaType, en: "list field '%1' needs 'items' (the type of each item)",
      da: "listefeltet '%1' skal have 'items' (typen af hvert punkt)"),
    .questionnaireEnumValues: .init(
      .schemaType, en: "enum field '%1' needs 'values'", da: "enum-feltet '%1' skal have 'values'"),
    .questionnaireMaxBelowMin: .init(
      .schemaType, en: "'max' of '%1' must not be less than its 'min' (%2)",
      da: "'max' for '%1' må ikke være mindre end dens 'min' (%2)"),
    .questionnaireDuplicate: .init(
      .questionnaireDuplicate, en: "field '%1' is defined twice", da: "feltet '%1' er defineret to gange"),
    .questionnaireParent: .init(
      .questionnaireParent,
      en: "field '%1' needs its parent '%2' defined before it as an object or a list of objects",
      da: "feltet '%1' kræver, at det overordnede felt '%2' er defineret før det som et objekt eller en liste af "
        + "objekter"),
    .countriesUntilBeforeAdopted: .init(
      .schemaType, en: "'until' (%1) is before 'adopted' (%2)", da: "'until' (%1) ligger før 'adopted' (%2)"),
    .countriesUnknownCode: .init(
      .countriesCode, en: "'%1' is not a known country code", da: "'%1' er ikke en kendt landekode"),

    // MARK: Profiles
    .profileCycle: .init(
      .profileCycle, en: "profiles extend each other in a cycle: %1", da: "profilerne bygger på hinanden i ring: %1"),
    .profileUnknown: .init(
      .profileUnknown, en: "unknown profile '%1'; known profiles: %2", da: "ukendt profil '%1'; kendte profiler: %2"),
    .profileUnknownSuggested: .init(
      .profileUnknown, en: "unknown profile '%1'; did you mean '%2'? Known profiles: %3",
      da: "ukendt profil '%1'; mente du '%2'? Kendte profiler: %3"),
    .profileNone: .init(.profileUnknown, en: "no profile", da: "ingen profil"),
    .profileUnknownPack: .init(
      .profilePack, en: "unknown pack '%1'; known packs: %2", da: "ukendt regelpakke '%1'; kendte regelpakker: %2"),
    .profileUnknownPackSuggested: .init(.profilePack, en: "unknown pack '%1'", da: "ukendt regelpakke '%1'"),
    .profileNoParameter: .init(
      .profileParameter, en: "requirement '%1' has no parameter '%2'", da: "kravet '%1' har ingen parameter '%2'"),
    .profileItsParameters: .init(hint: "; its parameters: %1", da: "; kravets parametre: %1"),
    .profileParameterKind: .init(
      .profileParameter, en: "parameter '%1' of '%2' takes a value like '%3'; found '%4'",
      da: "parameteren '%1' i '%2' tager en værdi som '%3'; fandt '%4'"),
    .profileParameterRange: .init(
      .profileParameter, en: "parameter '%1' of '%2' must be %3; found '%4'",
      da: "parameteren '%1' i '%2' skal være %3; fandt '%4'"),
    .profileUnknownRequirement: .init(.profileRequirement, en: "unknown requirement '%1'", da: "ukendt krav '%1'"),
    .profileID: .init(
      .profileId, en: "the profile's id '%1' must match its file name '%2'",
      da: "profilens id '%1' skal svare til filnavnet '%2'"),
    .profileParameterValue: .init(
      .profileParameter, en: "a parameter value must be a single value",
      da: "en parameterværdi skal være en enkelt værdi"),
    .profileSeverity: .init(
      .profileSeverity, en: "a severity must be one of critical, high, medium, low",
      da: "en alvorlighed skal være en af critical, high, medium, low"),
    .profileNotMapping: .init(.profileType, en: "%1 must be a mapping", da: "%1 skal være nøgler med værdier"),

    // MARK: The rule linter
    .lintNoDanish: .init(.lintText, en: "%1: '%2' has no Danish text", da: "%1: '%2' har ingen dansk tekst"),
    .lintNoEnglish: .init(.lintText, en: "%1: '%2' has no English text", da: "%1: '%2' har ingen engelsk tekst"),
    .lintUntranslated: .init(
      .lintText, en: "%1: '%2' is the same in Danish and English; translate it",
      da: "%1: '%2' er ens på dansk og engelsk; oversæt den", severity: .warning),
    .lintMetIf: .init(
      .lintMetIf, en: "%1: 'met_if' (%2) should start \"%3 …\"", da: "%1: 'met_if' (%2) bør begynde \"%3 …\""),
    .lintNoArticle: .init(
      .lintGdpr, en: "%1: no GDPR article is cited", da: "%1: der henvises ikke til nogen GDPR-artikel"),
    .lintUnusedParameter: .init(
      .lintParameter, en: "%1: parameter '%2' is used neither by the check nor in a text",
      da: "%1: parameteren '%2' bruges hverken af kontrollen eller i en tekst", severity: .warning),
    .lintNoExample: .init(.lintExamples, en: "%1: no '%2' example", da: "%1: intet '%2'-eksempel"),

    // MARK: rules test and explain
    .exampleFailed: .init(
      .rulesExample, en: "example of %1 expected %2, got %3: %4",
      da: "eksemplet til %1 skulle give %2, men gav %3: %4"),
    .exampleFailedNamed: .init(
      .rulesExample, en: "example '%1' of %2 expected %3, got %4: %5",
      da: "eksemplet '%1' til %2 skulle give %3, men gav %4: %5"),
    .exampleIncomplete: .init(
      .lintExamples, en: "requirement %1 in %2 needs at least one met and one gap example",
      da: "kravet %1 i %2 skal have mindst ét eksempel, der er opfyldt, og ét med en mangel"),
    .authoringUnknownRequirement: .init(
      .rulesId, en: "unknown requirement '%1'%2 ('dpacheck rules list' lists them all)",
      da: "ukendt krav '%1'%2 ('dpacheck rules list' viser dem alle)"),
  ]
}
