// The message table, part 5: the chain of sub-processors in the questionnaire workbook (`import`).
extension DiagnosticKind {
  static let workbookChainEntries: [DiagnosticKind: Entry] = [
    .importChainValue: .init(
      .importCell,
      en: "'%1' is not 'listed' or 'none': leave the cell empty when it is not known",
      da: "'%1' er hverken 'listed' eller 'none': lad cellen stå tom, hvis det ikke vides"),
    .importChainNotListed: .init(
      .importCell,
      en: "row %1 names row %2 as its parent, which does not say 'listed' in the column '%3': write 'listed' there",
      da: "række %1 angiver række %2 som overordnet, men den har ikke 'listed' i kolonnen '%3': skriv 'listed' dér"),
    .importChainNoneWithRows: .init(
      .importCell,
      en: "'none', but rows %1 name this row as their parent: write 'listed', or correct those rows",
      da: "'none', men række %1 angiver denne række som overordnet: skriv 'listed', eller ret de rækker"),
    .importChainListedEmpty: .init(
      .importCell,
      en: "'listed', but no row gives %1 in the column '%2': list them there, or leave this cell empty if they "
        + "are not known",
      da: "'listed', men ingen række har %1 i kolonnen '%2': angiv dem dér, eller lad cellen stå tom, hvis de "
        + "ikke kendes"),
    .importChainCycle: .init(
      .importCell,
      en: "the parent rows go round in a circle (rows %1), so none of them is reached from the top: a chain "
        + "begins at a row with an empty cell in the column '%2'",
      da: "de overordnede rækker går i ring (række %1), så ingen af dem kan nås oppefra: en kæde begynder i en "
        + "række med en tom celle i kolonnen '%2'"),
    .importChainNoneRow: .init(
      .importCell,
      en: "'%1' in a row with a parent row: write 'none' in the column '%2' of row %3 instead",
      da: "'%1' i en række med en overordnet række: skriv i stedet 'none' i kolonnen '%2' i række %3"),
  ]
}
