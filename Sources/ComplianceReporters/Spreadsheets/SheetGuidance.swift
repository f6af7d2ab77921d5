import YAMLSupport

/// The guidance texts of the questionnaire workbook, in Danish and English.
enum SheetGuidance {
  /// The paragraphs of the first sheet.
  static func paragraphs(_ language: Language, questionsSheet: String, noneWord: String) -> [String] {
    switch language {
    case .da:
      return [
        "Svar i de gule celler i kolonnen Svar på arket '\(questionsSheet)'. Hver række er ét spørgsmål; "
          + "kolonnen Vejledning forklarer, hvad et godt svar er, og Svarform, hvordan svaret skrives.",
        "Lad en celle stå tom, hvis spørgsmålet ikke besvares. Et tomt svar er noget andet end 'false' "
          + "eller en tom liste: det tæller som ubesvaret.",
        "Ja/nej-spørgsmål besvares med true eller false fra rullelisten; datoer skrives ÅÅÅÅ-MM-DD; "
          + "landekoder er to bogstaver efter ISO 3166-1 alpha-2, fx DK, DE eller US.",
        "En liste af enkle værdier skrives i én celle med semikolon mellem punkterne (fx 'DK; DE'); "
          + "skriv \(noneWord) for en tom liste, dvs. 'ingen'.",
        "Underdatabehandlere, lokationer, overførsler, certificeringer og revisionserklæringer har hvert "
          + "sit ark: én række pr. punkt, én kolonne pr. oplysning. Spørgsmålet står i første række og "
          + "feltets navn i anden; ret ikke de to rækker. Et ark, der hører til en række i et andet ark, "
          + "har en første kolonne med nummeret på den række.",
        "Underdatabehandlernes egne underdatabehandlere (hele kæden, højst 4 niveauer) står også på arket "
          + "Underdatabehandlere, hver på sin række. Kolonnen 'Underdatabehandler for række' er tom for "
          + "leverandørens egne underdatabehandlere og har ellers nummeret på rækken med den "
          + "underdatabehandler, den arbejder for. Kolonnen 'Egne underdatabehandlere?' er 'listed', når de "
          + "står på rækker, der peger på rækken, 'none', når der ingen er, og tom, når det ikke vides.",
        "Ret ikke kolonnen Felt og omdøb ikke arkene: kommunen læser regnearket ind med "
          + "'dpacheck import', som melder fejl med ark og celle (fx Underdatabehandlere!C7).",
      ]
    case .en:
      return [
        "Answer in the yellow cells of the Answer column on the sheet '\(questionsSheet)'. Each row is one "
          + "question; the Guidance column explains what a good answer is, and Kind of answer how to write it.",
        "Leave a cell empty when the question is not answered. An empty answer is not the same as 'false' "
          + "or an empty list: it counts as unanswered.",
        "Yes/no questions take true or false from the dropdown; dates are written YYYY-MM-DD; country "
          + "codes are two letters (ISO 3166-1 alpha-2), such as DK, DE or US.",
        "A list of plain values goes in one cell with a semicolon between the items (e.g. 'DK; DE'); "
          + "write \(noneWord) for an empty list.",
        "Sub-processors, locations, transfers, certifications and assurance reports each have their own "
          + "sheet: one row per entry, one column per detail. The question is in the first row and the "
          + "field's name in the second; do not change those two rows. A sheet whose entries belong to a "
          + "row of another sheet has a first column with that row's number.",
        "The sub-processors' own sub-processors (the whole chain, 4 levels at most) are on the "
          + "Sub-processors sheet too, each in its own row. The column 'Sub-processor of row' is empty for the "
          + "vendor's own sub-processors and otherwise holds the number of the row of the sub-processor it "
          + "works for. The column 'Own sub-processors?' is 'listed' when they are in rows that point at the "
          + "row, 'none' when there are none, and empty when it is not known.",
        "Do not change the Field column or rename the sheets: the municipality reads the workbook with "
          + "'dpacheck import', which reports problems by sheet and cell (e.g. Sub-processors!C7).",
      ]
    }
  }

  /// The note of the column of an item's parent row in the chain of sub-processors.
  static func chainParentNote(_ language: Language, own: String) -> String {
    language == .da
      ? "Tom for leverandørens egne underdatabehandlere. For en underdatabehandlers egen underdatabehandler: "
        + "nummeret på rækken med den underdatabehandler, den arbejder for (3, 4, …); den række skal have "
        + "'listed' i kolonnen '\(own)'. Kæden har højst 4 niveauer."
      : "Empty for the vendor's own sub-processors. For a sub-processor's own sub-processor: the number of "
        + "the row of the sub-processor it works for (3, 4, …); that row must say 'listed' in the column "
        + "'\(own)'. The chain has 4 levels at most."
  }

  /// The note of the column saying whether an item's own sub-processors are given.
  static func chainOwnNote(_ language: Language, parent: String) -> String {
    language == .da
      ? "listed: dens underdatabehandlere står på de rækker, der har denne rækkes nummer i kolonnen "
        + "'\(parent)'. none: den bruger ingen. Tom: det vides ikke (spørgsmålet er ubesvaret)."
      : "listed: its sub-processors are the rows that give this row's number in the column '\(parent)'. "
        + "none: it uses none. Empty: not known (the question is unanswered)."
  }

  /// The answer cell of a list of objects: where its entries go.
  static func seeSheet(_ language: Language, _ sheet: String) -> String {
    language == .da ? "→ arket '\(sheet)'" : "→ the sheet '\(sheet)'"
  }

  /// The kind of answer of a list of plain values.
  static func listHint(_ language: Language, item: String, noneWord: String) -> String {
    language == .da
      ? "punkter adskilt med semikolon (;), eller \(noneWord) for ingen; hvert punkt er \(item)"
      : "items separated by semicolons (;), or \(noneWord) for none; each item is \(item)"
  }
}
