// The message table, part 4: spreadsheets (`check --format xlsx`, `template --format xlsx`,
// `import`).
extension DiagnosticKind {
  static let spreadsheetEntries: [DiagnosticKind: Entry] = [
    .outputSpreadsheet: .init(
      .output, en: "cannot write the workbook: %1", da: "regnearket kan ikke skrives: %1"),
    .usageXLSXNeedsFile: .init(
      .usage, en: "--format xlsx writes a workbook file: give its name with -o FILE (not standard output)",
      da: "--format xlsx skriver et regneark: angiv filens navn med -o FIL (ikke standardoutput)"),
    .usageExamplesNeedYAML: .init(
      .usage, en: "--with-examples applies to --format yaml only",
      da: "--with-examples gælder kun for --format yaml"),
    .importNotZip: .init(
      .importWorkbook, en: "'%1' is not an XLSX workbook: it is not a zip archive",
      da: "'%1' er ikke et XLSX-regneark: det er ikke et zip-arkiv"),
    .importDamaged: .init(
      .importWorkbook, en: "'%1' is not a readable XLSX workbook: %2",
      da: "'%1' er ikke et læsbart XLSX-regneark: %2"),
    .importNotTemplate: .init(
      .importWorkbook,
      en: "'%1' is not a dpacheck questionnaire workbook (%2); start from 'dpacheck template --format xlsx'",
      da: "'%1' er ikke et dpacheck-spørgeskema som regneark (%2); start fra 'dpacheck template --format xlsx'"),
    .importMissingSheet: .init(
      fragment: "the sheet '%1' is missing", da: "arket '%1' mangler"),
    .importTooLarge: .init(
      .importLimit, en: "'%1' is refused: %2", da: "'%1' afvises: %2"),
    .importLimitEntry: .init(
      fragment: "'%1' would expand to more than %2 bytes", da: "'%1' ville fylde mere end %2 byte udpakket"),
    .importLimitEntries: .init(
      fragment: "the archive holds more than %1 files", da: "arkivet rummer mere end %1 filer"),
    .importLimitCells: .init(
      fragment: "the sheet '%1' has more than %2 cells", da: "arket '%1' har mere end %2 celler"),
    .importCell: .init(.importCell, en: "%1: %2", da: "%1: %2"),
    .importUnknownField: .init(
      .importCell, en: "'%1' is not a field of the questionnaire", da: "'%1' er ikke et felt i spørgeskemaet"),
    .importColumnMoved: .init(
      .importCell, en: "the column '%1' belongs here, not '%2': do not insert, delete or move columns",
      da: "kolonnen '%1' hører til her, ikke '%2': indsæt, slet eller flyt ikke kolonner"),
    .importParentRow: .init(
      .importCell, en: "'%1' is not the number of a filled row of the sheet '%2'",
      da: "'%1' er ikke nummeret på en udfyldt række i arket '%2'"),
  ]
}
