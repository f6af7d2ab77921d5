/// Every kind of diagnostic dpacheck reports, with its code, severity and message in Danish and
/// English: the one table of diagnostic texts.
///
/// Sites create diagnostics from a kind and typed arguments (`Diagnostic(.yamlDuplicateKey,
/// .text(key), .number(line), at: …)`), never from English strings, so every diagnostic can be
/// shown in either language. A template's placeholders `%1`, `%2`, … are its arguments in order;
/// a language may leave one out or use it in another place. The texts are in
/// `DiagnosticKind+Input.swift`, `+Declaration.swift` and `+Rules.swift`.
///
/// Besides the kinds that start a diagnostic, the table holds:
/// - notes (attached to a diagnostic, `Diagnostic.Note`);
/// - hints, which continue a message with their own punctuation (`; did you mean 'x'?`);
/// - fragments, phrases used as arguments of other entries ("the declaration", "a whole number").
///
/// Messages are lowercase, have no trailing period, and quote user text in single quotes, in both
/// languages. English texts stay as they were before Danish was added: tests and users match them.
public enum DiagnosticKind: Sendable, Hashable, CaseIterable {
  // Reading files and YAML; the shapes of files (DiagnosticKind+Input.swift)
  case yamlEmpty, yamlMultipleDocuments, yamlUTF32, yamlUTF16, yamlControlCharacter, yamlInvalidUTF8, yamlReader
  case yamlMemory, yamlSyntax, yamlContext, yamlTabIndentation, yamlLongKey, yamlTag, yamlRoot, yamlFileSize
  case yamlUnknownAlias, yamlDepthThroughAlias, yamlDepth, yamlComplexKey, yamlNodes, yamlNodesThroughAlias
  case yamlStorage, yamlDuplicateKey, noteFirstGiven, noteAliasDefinition, hintTabIndentation, hintIndentationDeeper
  case hintIndentationMismatch, hintListItemAmongKeys, hintColonInValue, ioMissing, ioBrokenLink, ioNameEncoding
  case ioFolderUnreadable, ioDirectory, ioNotAFile, ioUnreadable, ioUnreadableBecause, ioTooLarge, ioEmptyFolder
  case ioUnexpected, formatMissing, formatUnknownVersion, formatOther, schemaNotMapping, schemaMissingKey
  case schemaEmptyKey, schemaNotScalar, schemaNotBool, schemaRange, schemaNotWholeNumber, schemaNotNumber
  case schemaNotList, schemaItemsNotScalar, schemaEnum, schemaUnknownKey, dateInvalid, dateFormat, noteAllowedKeys
  case noteExpectedOneOf, suggestion, suggestDate, thingTheDeclaration, thingFile, thingQuoted, thingWaiver
  case thingBaselineDeclaration, thingBaselineFinding, thingBaselineValue, thingParametersOf, thingExclusion
  case thingRequirement, thingRequirementNamed, thingParameterNamed, thingExample, thingSection, thingField
  case thingAdequacyDecision

  // Declarations, evaluation, waivers, the report and the command line (DiagnosticKind+Declaration.swift)
  case declarationUnknownKey, noteAllowedKeysHere, declarationNotMapping, declarationNotList, hintWritingLists
  case declarationMinItem, declarationMinItems, declarationItemNotMapping, declarationItemNotScalar
  case declarationNotScalar, declarationBoolWord, declarationBoolQuoted, declarationBool, declarationNumber
  case declarationNumberQuoted, declarationWholeNumber, declarationWholeNumberQuoted, declarationRange, declarationEnum
  case declarationCountryCase, declarationCountry, suggestCountryNamed, suggestCountryNamedInEnglish, suggestCountry
  case declarationEmail, declarationURL, expectBool, expectWholeNumber, expectNumber, expectDate, expectOneOf
  case expectCountry, expectEmail, expectURL, expectText, rangeFromTo, rangeAtLeast, rangeAtMost, rangeNounFromTo
  case rangeNounAtLeast, rangeNounAtMost, rangeFinite, nounWholeNumberOf, nounNumberOf, unitDays, unitMonths, unitItems
  case evaluationBudget, noteBudget, noteDefinedHere, thingRequirementID, thingPackApplicability, waiverUnknownRule
  case waiverNeitherTarget, waiverBothTargets, outputFailed, outputFailedTo, outputIsFolder, outputCannotOpen
  case outputCannotCreate, outputCannotWrite, outputTemporary, outputReadBack, usageAsOf
  case usageOutputIsInput, usageStandardInputTwice, usageUnknownCommand, usageUnknownCommandSuggested
  case noteSkippedNotDeclaration

  // Rule packs, checks, questionnaires, profiles, the linter (DiagnosticKind+Rules.swift)
  case rulesMissingFile, rulesNotFolder, rulesFolderUnreadable, rulesOutside, rulesOutsideThroughLink, rulesNoCountries
  case packNeedsID, packID, packClauses, packClauseLabel, packLoadedAlready, packQuestionnaire, rulesDuplicateID
  case noteFirstDefined, rulesID, rulesMissingClause, rulesClause, rulesParametersMapping, rulesMissingCheck
  case rulesParameterRange, rulesInformational, rulesPlaceholder, rulesParameterDefault, rulesMissingExpect
  case rulesExampleDeclaration, rulesInvalidExample, checkNotMapping, checkEmptyList, checkWhenThen, checkNeedsKey
  case checkFoundKeys, checkUnknown, checkCombined, checkNestedTooDeep, checkQuantifierPath, checkQuantifierNotList
  case checkAsName, checkQuantifierBody, checkDotOutside, checkInvalidPath, checkNoField, checkFieldPath
  case checkNeedsOperator, checkOneOperator, checkUnknownField, checkComparesSingle, checkTestsCountries
  case checkUnknownSet, checkBoundsNumbers, checkTestsDates, checkNonEmpty, checkTestsLists, checkScalarList
  case checkTakesPath, checkSameType, checkUnknownOperator, checkWriteTrue, checkOperandRange, checkUnknownParameter
  case checkNoParameters, checkParameterNotNumber, checkOperand, checkFieldBound, checkSaysPlaceholder, thingCheck
  case checkValues, checkSingleValue, checkSingleValueFound, checkIsBoolean, checkHolds, checkIsNumber, checkEnumValue
  case checkCountryCode, checkDate, questionnaireFieldType, questionnaireListOfLists, questionnaireListItems
  case questionnaireEnumValues, questionnaireMaxBelowMin, questionnaireDuplicate, questionnaireParent
  case countriesUntilBeforeAdopted, countriesUnknownCode, profileCycle, profileUnknown, profileUnknownSuggested
  case profileNone, profileUnknownPack, profileUnknownPackSuggested, profileNoParameter, profileItsParameters
  case profileParameterKind, profileParameterRange, profileUnknownRequirement, profileID, profileParameterValue
  case profileSeverity, profileNotMapping, lintNoDanish, lintNoEnglish, lintUntranslated, lintMetIf, lintNoArticle
  case lintUnusedParameter, lintNoExample, exampleFailed, exampleFailedNamed, exampleIncomplete
  case authoringUnknownRequirement

  // Comparing two declarations; the chain of sub-processors (DiagnosticKind+Diff.swift)
  case usageDiffMixed, declarationChainTooDeep, questionnaireRecursive, checkRecursiveKey

  // Supervision: the model, the register, evidence (DiagnosticKind+Supervision.swift)
  case modelUnknown, modelBands, modelConcept, registerProcessorID, registerDuplicateProcessor, noteFirstProcessor
  case registerUnknownQuestion, registerUnknownAnswer, registerUnknownConcept, registerDuplicateRemark
  case registerHashFormat, evidenceHashMismatch, registerUnknownProcessor, registerNoSupervisionOn
  case registerNoSupervision, registerOverrideRange, modelCycle

  // Profile maps (DiagnosticKind+ProfileMap.swift)
  case thingProfileMapEntry

  // Spreadsheets (DiagnosticKind+Spreadsheets.swift)
  case outputSpreadsheet, usageXLSXNeedsFile, usageExamplesNeedYAML, importNotZip, importDamaged, importNotTemplate,
    importMissingSheet
  case importTooLarge, importLimitEntry, importLimitEntries, importLimitCells, importCell, importUnknownField
  case importParentRow, importColumnMoved

  // The chain of sub-processors in the questionnaire workbook (DiagnosticKind+WorkbookChain.swift)
  case importChainValue, importChainNotListed, importChainNoneWithRows, importChainListedEmpty, importChainCycle
  case importChainNoneRow

  /// A message given as text, the same in both languages: for tests and tools only; dpacheck's
  /// own diagnostics all come from the table.
  case verbatim

  /// What an entry is.
  public enum Role: Sendable, Hashable {
    /// The message of a diagnostic.
    case message
    /// The text of a note.
    case note
    /// A continuation of a message, starting with its own punctuation.
    case hint
    /// A phrase used as an argument.
    case fragment
  }

  /// One row of the table.
  struct Entry: Sendable {
    var code: DiagnosticCode?
    var role: Role
    var severity: Diagnostic.Severity
    var da: String
    var en: String

    /// A diagnostic's message.
    init(_ code: DiagnosticCode, en: String, da: String, severity: Diagnostic.Severity = .error) {
      (self.code, role, self.severity, self.da, self.en) = (code, .message, severity, da, en)
    }

    /// A note's text; `code` names the diagnostics it is attached to.
    init(note code: DiagnosticCode, en: String, da: String) {
      (self.code, role, severity, self.da, self.en) = (code, .note, .note, da, en)
    }

    /// A continuation of a message.
    init(hint en: String, da: String) {
      (code, role, severity, self.da, self.en) = (nil, .hint, .note, da, en)
    }

    /// A phrase used as an argument.
    init(fragment en: String, da: String) {
      (code, role, severity, self.da, self.en) = (nil, .fragment, .note, da, en)
    }
  }

  private static let table: [DiagnosticKind: Entry] =
    inputEntries
    .merging(declarationEntries) { first, _ in first }
    .merging(rulesEntries) { first, _ in first }
    .merging(diffEntries) { first, _ in first }
    .merging(supervisionEntries) { first, _ in first }
    .merging(profileMapEntries) { first, _ in first }
    .merging(spreadsheetEntries) { first, _ in first }
    .merging(workbookChainEntries) { first, _ in first }
    .merging([.verbatim: Entry(.verbatim, en: "%1", da: "%1")]) { first, _ in first }

  private var entry: Entry {
    // Every kind has an entry (tested); an unknown one shows its arguments as they are.
    Self.table[self] ?? Entry(.unknown, en: "%1", da: "%1")
  }

  /// Whether the table has a row for this kind (tested for every kind).
  package var hasEntry: Bool { Self.table[self] != nil }

  /// The stable machine-readable code of a diagnostic of this kind, e.g. `yaml.duplicate-key`.
  public var code: DiagnosticCode { entry.code ?? .unknown }
  /// How serious a diagnostic of this kind is.
  public var severity: Diagnostic.Severity { entry.severity }
  /// Whether the entry is a message, a note, a hint or a fragment.
  public var role: Role { entry.role }

  /// The template in `language`, with its placeholders `%1`, `%2`, …
  public func template(_ language: Language) -> String {
    language == .da ? entry.da : entry.en
  }
}
