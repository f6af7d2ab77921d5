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
        "Do not change the Field column or rename the sheets: the municipality reads the workbook with "
          + "'dpacheck import', which reports problems by sheet and cell (e.g. Sub-processors!C7).",
      ]
    }
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
