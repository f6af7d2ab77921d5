// The message table, part 4: `dpacheck diff`.
extension DiagnosticKind {
  static let diffEntries: [DiagnosticKind: Entry] = [
    .usageDiffMixed: .init(
      .usage, en: "OLD '%1' and NEW '%2' must both be declaration files or both be folders of them",
      da: "OLD '%1' og NEW '%2' skal begge være erklæringsfiler eller begge være mapper med erklæringer")
  ]
}
