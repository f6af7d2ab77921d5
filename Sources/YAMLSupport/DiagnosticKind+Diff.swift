// The message table, part 4: `dpacheck diff`, and lists that nest (the chain of sub-processors).
extension DiagnosticKind {
  static let diffEntries: [DiagnosticKind: Entry] = [
    .usageDiffMixed: .init(
      .usage, en: "the old '%1' and the new '%2' must both be declaration files or both be folders of them",
      da: "den gamle '%1' og den nye '%2' skal begge være erklæringsfiler eller begge være mapper med erklæringer"),
    .declarationChainTooDeep: .init(
      .declarationType,
      en: "'%1' nests deeper than %2 levels; a chain of processors is read to a depth of %2 levels at most",
      da: "'%1' går mere end %2 niveauer ned; en kæde af databehandlere læses højst %2 niveauer ned"),
    .questionnaireRecursive: .init(
      .rulesQuestionnaire,
      en: "field '%1' is recursive, so it must be a list of objects inside the items of another list",
      da: "feltet '%1' er rekursivt og skal derfor være en liste af objekter i punkterne i en anden liste"),
    .checkRecursiveKey: .init(
      .rulesCheck,
      en: "'recursive: %1' needs '%2' to be a recursive list of the items walked (questionnaire 'recursive: true')",
      da: "'recursive: %1' kræver, at '%2' er en rekursiv liste i de gennemgåede punkter "
        + "(spørgeskemaets 'recursive: true')"),
  ]
}
