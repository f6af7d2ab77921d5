import ComplianceCore
import ComplianceReporters
import Foundation
import TestSupport
import Testing
import YAMLSupport

/// The pure parts of the spreadsheets: the report's instruction stream, the questionnaire's
/// layout, and reading answers back into a declaration (`WorkbookImport`).
@Suite struct WorkbookTests {
  static func instructions(_ text: String) -> [WorkbookInstruction] {
    text.split(separator: "\n").compactMap { WorkbookInstruction(line: $0) }
  }

  /// The rows of each sheet of a stream, by sheet name.
  static func sheets(_ instructions: [WorkbookInstruction]) -> [(String, [[WorkbookCell]])] {
    var out: [(String, [[WorkbookCell]])] = []
    for instruction in instructions {
      switch instruction {
      case .sheet(let name, _): out.append((name, []))
      case .row(let cells): out[out.count - 1].1.append(cells)
      default: break
      }
    }
    return out
  }

  @Test func theReportHasAFindingRowPerFindingWithAFilterAndColours() throws {
    let reports = [ReportModel.nordlys, ReportModel.unanswered, ReportModel.invalid]
    let text = try ReportModel.render(.xlsx, reports)
    let instructions = Self.instructions(text)
    #expect(instructions.count == text.split(separator: "\n").count, "every line is an instruction")
    let sheets = Self.sheets(instructions)
    #expect(sheets.map(\.0) == ["Summary", "Vendors x clauses", "Findings"])
    let findings = try #require(sheets.last?.1)
    #expect(findings.count == 1 + reports.map(\.findings.count).reduce(0, +))
    #expect(
      findings[0].map(\.value)
        == ["File", "Vendor", "Service", "Rule", "Status", "Severity", "Clause", "GDPR", "Line", "Message"].map {
          .text($0)
        })
    let first = ReportModel.nordlys.findings[0]
    #expect(findings[1][3].value == .text(first.rule))
    #expect(findings[1][4].value == .text(first.status.rawValue))
    #expect(findings[1][8].value == .number(Double(first.location.line)))
    #expect(instructions.contains(.autofilter))
    #expect(instructions.contains(.freeze(row: 1, column: 0)))
    #expect(instructions.contains { if case .highlight(_, 4, -1, 4, "gap", .red) = $0 { true } else { false } })
    let summary = try #require(sheets.first?.1)
    let gaps = summary.first { $0.first?.value == .text("gap") }
    #expect(gaps?[1].value == .number(Double(reports.map { $0.count(.gap) }.reduce(0, +))))
    let danish = Self.sheets(Self.instructions(try ReportModel.render(.xlsx, reports, language: .da)))
    #expect(danish.map(\.0) == ["Oversigt", "Leverandører x bestemmelser", "Resultater"])
  }

  static let layout: QuestionnaireWorkbook = {
    let catalog = (try? Package.catalog())
    return QuestionnaireWorkbook(questionnaire: catalog?.questionnaire ?? Questionnaire(), language: .da)
  }()

  @Test func everyFieldHasARowOrAColumn() throws {
    let questionnaire = try Package.catalog().questionnaire
    let rows = Set(Self.layout.questionRows.compactMap { if case .field(let path) = $0 { path } else { nil } })
    var columns: Set<String> = []
    for sheet in Self.layout.listSheets {
      for column in sheet.columns where !column.hasPrefix("@") {
        columns.insert(sheet.path + "[]." + column)
      }
      columns.insert(sheet.path)
    }
    for field in questionnaire.fields {
      let inList = field.path.contains("[]")
      let parentIsObjectInItem =
        field.type == .object && inList  // flattened into its columns
      if parentIsObjectInItem { continue }
      #expect(rows.contains(field.path) || columns.contains(field.path), "\(field.path) has no place in the workbook")
    }
    for sheet in Self.layout.listSheets {
      #expect(sheet.name.count <= 31 && !sheet.name.contains("["), "\(sheet.name) is not a valid sheet name")
    }
    #expect(Self.layout.listSheet("subprocessors.list")?.name == "Underdatabehandlere")
    #expect(Self.layout.listSheet("assurance.reports[].exception_followups")?.parent == "assurance.reports")
  }

  /// A workbook with the questions sheet's paths, the list sheets' keys and `answers` (sheet name →
  /// reference → content).
  static func workbook(_ answers: [String: [String: CellContent]]) -> ReadWorkbook {
    let layout = Self.layout
    var questions = ReadSheet(name: layout.questionsSheet)
    questions.cells[CellPosition(row: 0, column: 2)] = .text("Svar")
    for (index, row) in layout.questionRows.enumerated() {
      if case .field(let path) = row { questions.cells[CellPosition(row: index + 1, column: 0)] = .text(path) }
    }
    var sheets = [questions]
    for list in layout.listSheets {
      var sheet = ReadSheet(name: list.name)
      for (column, key) in list.columns.enumerated() { sheet.cells[CellPosition(row: 1, column: column)] = .text(key) }
      sheets.append(sheet)
    }
    var meta = ReadSheet(name: QuestionnaireWorkbook.metaSheet)
    meta.cells[CellPosition(row: 0, column: 0)] = .text("format")
    meta.cells[CellPosition(row: 0, column: 1)] = .text(QuestionnaireWorkbook.format)
    meta.cells[CellPosition(row: 1, column: 0)] = .text("language")
    meta.cells[CellPosition(row: 1, column: 1)] = .text("da")
    sheets.append(meta)
    for (name, cells) in answers {
      guard let index = sheets.firstIndex(where: { $0.name == name }) else { continue }
      for (reference, content) in cells {
        if let position = CellPosition(reference: Substring(reference)) { sheets[index].cells[position] = content }
      }
    }
    return ReadWorkbook(sheets: sheets)
  }

  /// The answer cell of `path` on the questions sheet.
  static func answerCell(_ path: String) -> String {
    let index = Self.layout.questionRows.firstIndex(of: .field(path)) ?? 0
    return CellPosition(row: index + 1, column: 2).reference
  }

  static func column(_ key: String, of path: String) -> Int {
    Self.layout.listSheet(path)?.columns.firstIndex(of: key) ?? 0
  }

  @Test func answersBecomeATypedDeclaration() throws {
    let catalog = try Package.catalog()
    let declaredOn = try #require(Day(year: 2026, month: 9, day: 15))
    let serial = Double(declaredOn.ordinal - (Day(year: 1899, month: 12, day: 30)?.ordinal ?? 0))
    let subprocessors = "Underdatabehandlere"
    let followups = try #require(Self.layout.listSheet("assurance.reports[].exception_followups")?.name)
    let reports = try #require(Self.layout.listSheet("assurance.reports")?.name)
    func at(_ key: String, _ path: String, row: Int) -> String {
      CellPosition(row: row - 1, column: Self.column(key, of: path)).reference
    }
    let workbook = Self.workbook([
      Self.layout.questionsSheet: [
        Self.answerCell("declared_on"): .number(serial),
        Self.answerCell("vendor.name"): .text("=HYPERLINK(\"x\")"),
        Self.answerCell("vendor.cvr"): .text("01234567"),
        Self.answerCell("vendor.subject_to_non_eu_disclosure_laws"): .bool(false),
        Self.answerCell("security.encryption.key_countries"): .text("DK; DE"),
        Self.answerCell("processing.special_categories"): .text("(ingen)"),
        Self.answerCell("security.development.production_data_in_test"): .text("no"),
        Self.answerCell("breach_notification.max_hours"): .number(24),
      ],
      subprocessors: [
        at("name", "subprocessors.list", row: 3): .text("Hetzner Online GmbH"),
        at("countries", "subprocessors.list", row: 3): .text("DE"),
        at("transfer.mechanism", "subprocessors.list", row: 3): .text("scc"),
      ],
      reports: [at("kind", "assurance.reports", row: 3): .text("isae3402")],
      followups: [
        at(QuestionnaireWorkbook.parentColumn, "assurance.reports[].exception_followups", row: 3): .number(3),
        at("status", "assurance.reports[].exception_followups", row: 3): .text("planned"),
      ],
      "Overførsler": [at("country", "transfers", row: 3): .text("(ingen)")],
    ])
    let (reader, language) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
    #expect(language == .da)
    let output = reader.declaration(from: workbook, source: "svar.xlsx")
    #expect(output.problems.isEmpty)
    let yaml = output.yaml
    #expect(yaml.hasPrefix("# Læst fra svar.xlsx med dpacheck import.\nformat: dpacheck/declaration/v1\n"))
    for line in [
      "declared_on: 2026-09-15", "  name: \"=HYPERLINK(\\\"x\\\")\"", "  cvr: \"01234567\"",
      "  subject_to_non_eu_disclosure_laws: false", "    key_countries: [DK, DE]", "  special_categories: []",
      "    production_data_in_test: \"no\"", "  max_hours: 24", "  - name: \"Hetzner Online GmbH\"",
      "    transfer:", "      mechanism: scc", "    exception_followups:", "    - status: planned", "transfers: []",
      "# Hvad er leverandørens juridiske navn?",
    ] {
      #expect(yaml.contains(line + "\n"), "missing: \(line)\n\(yaml)")
    }
    // An item's questions are comments too, the first one above the dash.
    #expect(yaml.contains("  # Hvad er underdatabehandlerens juridiske navn?\n  - name: \"Hetzner Online GmbH\"\n"))
    #expect(WorkbookImport.problems(of: output, loader: catalog.declarationLoader, name: "d.yaml").isEmpty)
  }

  @Test func problemsAreReportedAtTheirCells() throws {
    let catalog = try Package.catalog()
    let countries = CellPosition(row: 2, column: Self.column("countries", of: "subprocessors.list")).reference
    let followupParent = CellPosition(row: 2, column: 0).reference
    let followups = try #require(Self.layout.listSheet("assurance.reports[].exception_followups")?.name)
    let workbook = Self.workbook([
      Self.layout.questionsSheet: [
        Self.answerCell("service.dpa_template"): .text("dk-datatilsynnet"),
        Self.answerCell("vendor.subject_to_non_eu_disclosure_laws"): .text("ja"),
        Self.answerCell("declared_on"): .text("2026-13-01"),
      ],
      "Underdatabehandlere": [countries: .text("Danmark")],
      followups: [followupParent: .number(9), "B3": .text("x")],
    ])
    let (reader, _) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
    let output = reader.declaration(from: workbook)
    let problems = WorkbookImport.problems(of: output, loader: catalog.declarationLoader, name: "d.yaml")
    let texts = problems.map { "\($0.cell): \($0.message.text(.en))" }
    let questions = Self.layout.questionsSheet
    #expect(
      texts.contains("\(followups)!A3: '9' is not the number of a filled row of the sheet 'Revisionserklæringer'"))
    #expect(
      texts.contains {
        $0.hasPrefix("Underdatabehandlere!\(countries): 'Danmark' is not an ISO 3166-1")
          && $0.hasSuffix("use the code 'DK' for Denmark")
      })
    #expect(
      texts.contains(
        "\(questions)!\(Self.answerCell("service.dpa_template")): 'dk-datatilsynnet' is not a valid value for "
          + "'dpa_template'; did you mean 'dk-datatilsynet'?"))
    #expect(
      texts.contains {
        $0.hasPrefix("\(questions)!\(Self.answerCell("vendor.subject_to_non_eu_disclosure_laws")): ")
          && $0.contains("'ja'")
      })
    #expect(texts.contains { $0.hasPrefix("\(questions)!\(Self.answerCell("declared_on")): ") })
    #expect(problems.count == 5)
  }

  @Test func aColumnInsertedOrMovedIsRefused() throws {
    let catalog = try Package.catalog()
    var workbook = Self.workbook([
      Self.layout.questionsSheet: ["C1": .text("Noter")],
      "Lokationer": ["B2": .text("site"), "C2": .text("role")],
    ])
    let (reader, _) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
    var texts = reader.declaration(from: workbook).problems.map { "\($0.cell): \($0.message.text(.en))" }
    #expect(
      texts == [
        "Spørgsmål!C1: the column 'Svar' belongs here, not 'Noter': do not insert, delete or move columns",
        "Lokationer!B2: the column 'role' belongs here, not 'site': do not insert, delete or move columns",
      ])
    workbook = Self.workbook([:])
    texts = reader.declaration(from: workbook).problems.map { "\($0.cell): \($0.message.text(.en))" }
    #expect(texts.isEmpty)
  }

  @Test func aWorkbookThatIsNotATemplateIsRefused() throws {
    let catalog = try Package.catalog()
    #expect(throws: WorkbookImport.NotTemplate.self) {
      try WorkbookImport.reading(
        ReadWorkbook(sheets: [ReadSheet(name: "Sheet1")]), questionnaire: catalog.questionnaire)
    }
    var workbook = Self.workbook([:])
    workbook.sheets.removeAll { $0.name == "Lokationer" }
    do {
      _ = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
      Issue.record("a missing sheet was not noticed")
    } catch {
      #expect(error.reason.text(.en) == "the sheet 'Lokationer' is missing")
    }
  }

  // MARK: - The chain of sub-processors

  static let chainPath = "subprocessors.list[].subprocessors"

  /// A cell of the sub-processors sheet: `key`'s column, 1-based `row`.
  static func sub(_ key: String, _ row: Int) -> String {
    CellPosition(row: row - 1, column: Self.column(key, of: "subprocessors.list")).reference
  }

  /// The declaration's lines without comments.
  static func content(_ yaml: String) -> String {
    yaml.split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("#") }.joined(separator: "\n")
  }

  @Test func theChainIsTwoColumnsOfTheSubProcessorsSheet() throws {
    let layout = Self.layout
    let sheet = try #require(layout.listSheet("subprocessors.list"))
    #expect(sheet.chain == "subprocessors")
    #expect(sheet.columns.first == "@subprocessors", "the parent's row comes first")
    #expect(sheet.columns.contains("subprocessors"))
    #expect(sheet.leadingColumns == 1)
    #expect(!layout.listSheets.contains { $0.path == Self.chainPath }, "no sheet of its own")
    #expect(layout.listSheet(Self.chainPath)?.name == "Underdatabehandlere")
    #expect(layout.listSheet("subprocessors.list[].assurance")?.parent == "subprocessors.list")
    let template = layout.template(profile: "kommune")
    #expect(template == layout.template(profile: "kommune"), "the same layout gives the same instructions")
    let own = Self.column("subprocessors", of: "subprocessors.list")
    #expect(template.contains(.validation(firstRow: 2, column: own, lastRow: 501, rule: .list(["listed", "none"]))))
    #expect(
      template.contains(
        .validation(firstRow: 2, column: 0, lastRow: 501, rule: .wholeNumber(minimum: 3, maximum: 1_048_576))))
    let rows = Self.sheets(template)
    let subprocessors = try #require(rows.first { $0.0 == "Underdatabehandlere" }?.1)
    #expect(subprocessors[0][0].value == .text("Underdatabehandler for række"))
    #expect(subprocessors[0][own].value == .text("Egne underdatabehandlere?"))
    #expect(subprocessors[1][0].value == .text("@subprocessors"))
    let meta = try #require(rows.last { $0.0 == QuestionnaireWorkbook.metaSheet }?.1)
    #expect(meta.contains { $0.map(\.value) == [.text("chain"), .text("Underdatabehandlere"), .text(Self.chainPath)] })
    #expect(!meta.contains { $0.count > 2 && $0[2].value == .text(Self.chainPath) && $0[0].value == .text("sheet") })
  }

  @Test func theChainBecomesNestedSubProcessorsAtEveryLevel() throws {
    let catalog = try Package.catalog()
    let assurance = try #require(Self.layout.listSheet("subprocessors.list[].assurance")?.name)
    func at(_ key: String, row: Int) -> String {
      CellPosition(row: row - 1, column: Self.column(key, of: "subprocessors.list[].assurance")).reference
    }
    let workbook = Self.workbook([
      "Underdatabehandlere": [
        Self.sub("name", 3): .text("Top A"), Self.sub("subprocessors", 3): .text("listed"),
        // A row may name a parent further down the sheet.
        Self.sub("@subprocessors", 4): .number(5), Self.sub("name", 4): .text("Level 3"),
        Self.sub("countries", 4): .text("IN"), Self.sub("subprocessors", 4): .text("none"),
        Self.sub("@subprocessors", 5): .number(3), Self.sub("name", 5): .text("Level 2"),
        Self.sub("subprocessors", 5): .text("Listed"),
        Self.sub("name", 6): .text("Top B"), Self.sub("subprocessors", 6): .text("none"),
        Self.sub("name", 7): .text("Top C"),
      ],
      // The assurance of the level-3 sub-processor, by its row.
      assurance: [at("@row", row: 3): .number(4), at("kind", row: 3): .text("iso27001")],
    ])
    let (reader, _) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
    let output = reader.declaration(from: workbook)
    #expect(output.problems.isEmpty, "\(output.problems)")
    let expected = """
        list:
        - name: "Top A"
          subprocessors:
          - name: "Level 2"
            subprocessors:
            - name: "Level 3"
              countries: [IN]
              subprocessors: []
              assurance:
              - kind: iso27001
        - name: "Top B"
          subprocessors: []
        - name: "Top C"
      """
    #expect(Self.content(output.yaml).hasSuffix(expected), "\(Self.content(output.yaml))")
    #expect(WorkbookImport.problems(of: output, loader: catalog.declarationLoader, name: "d.yaml").isEmpty)
    // The lines of the nested items remember their cells.
    let lines = output.yaml.split(separator: "\n", omittingEmptySubsequences: false)
    let level3 = try #require(lines.firstIndex { $0.hasSuffix("- name: \"Level 3\"") })
    #expect(output.cellOfLine[level3 + 1] == "Underdatabehandlere!\(Self.sub("name", 4))")
    let none = try #require(lines.firstIndex { $0 == "        subprocessors: []" })
    #expect(output.cellOfLine[none + 1] == "Underdatabehandlere!\(Self.sub("subprocessors", 4))")
  }

  @Test func chainProblemsAreReportedAtTheirCells() throws {
    let catalog = try Package.catalog()
    let own = { (row: Int) in "Underdatabehandlere!" + Self.sub("subprocessors", row) }
    let parent = { (row: Int) in "Underdatabehandlere!" + Self.sub("@subprocessors", row) }
    let workbook = Self.workbook([
      "Underdatabehandlere": [
        // `listed`, but no row names row 3.
        Self.sub("name", 3): .text("A"), Self.sub("subprocessors", 3): .text("listed"),
        // A row number that names no row.
        Self.sub("@subprocessors", 4): .number(40), Self.sub("name", 4): .text("B"),
        // Rows 5 and 6 name each other.
        Self.sub("@subprocessors", 5): .number(6), Self.sub("name", 5): .text("C"),
        Self.sub("@subprocessors", 6): .number(5), Self.sub("name", 6): .text("D"),
        // `none`, with a row below it.
        Self.sub("name", 7): .text("E"), Self.sub("subprocessors", 7): .text("none"),
        Self.sub("@subprocessors", 8): .number(7), Self.sub("name", 8): .text("F"),
        // A row that names itself.
        Self.sub("@subprocessors", 9): .number(9), Self.sub("name", 9): .text("S"),
        // A row below a row that does not say `listed`.
        Self.sub("name", 10): .text("G"),
        Self.sub("@subprocessors", 11): .number(10), Self.sub("name", 11): .text("H"),
        // Neither `listed` nor `none`.
        Self.sub("name", 12): .text("I"), Self.sub("subprocessors", 12): .text("ja"),
        // The empty list's word in a row with a parent.
        Self.sub("@subprocessors", 13): .number(12), Self.sub("name", 13): .text("(ingen)"),
      ]
    ])
    let (reader, _) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
    let texts = reader.declaration(from: workbook).problems.map { "\($0.cell): \($0.message.text(.en))" }
    let name13 = "Underdatabehandlere!" + Self.sub("name", 13)
    #expect(
      texts == [
        "\(own(12)): 'ja' is not 'listed' or 'none': leave the cell empty when it is not known",
        "\(name13): '(ingen)' in a row with a parent row: write 'none' in the column "
          + "'Egne underdatabehandlere? (subprocessors)' of row 12 instead",
        "\(parent(4)): '40' is not the number of a filled row of the sheet 'Underdatabehandlere'",
        "\(parent(5)): the parent rows go round in a circle (rows 5, 6), so none of them is reached from the "
          + "top: a chain begins at a row with an empty cell in the column 'Underdatabehandler for række'",
        "\(parent(9)): the parent rows go round in a circle (rows 9), so none of them is reached from the top: a "
          + "chain begins at a row with an empty cell in the column 'Underdatabehandler for række'",
        "\(own(3)): 'listed', but no row gives 3 in the column 'Underdatabehandler for række': list them there, "
          + "or leave this cell empty if they are not known",
        "\(own(7)): 'none', but rows 8 name this row as their parent: write 'listed', or correct those rows",
        "\(parent(11)): row 11 names row 10 as its parent, which does not say 'listed' in the column "
          + "'Egne underdatabehandlere?': write 'listed' there",
      ], "\(texts)")
  }

  @Test func aLongCycleOfParentsIsOneProblem() throws {
    let catalog = try Package.catalog()
    // 20,000 rows, each naming the next as its parent, the last naming the first.
    var cells: [String: CellContent] = [:]
    let last = 20_002
    for row in 3...last {
      cells[Self.sub("name", row)] = .text("S\(row)")
      cells[Self.sub("subprocessors", row)] = .text("listed")
      cells[Self.sub("@subprocessors", row)] = .number(Double(row == last ? 3 : row + 1))
    }
    let workbook = Self.workbook(["Underdatabehandlere": cells])
    let (reader, _) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
    let output = reader.declaration(from: workbook)
    let texts = output.problems.map { "\($0.cell): \($0.message.text(.en))" }
    #expect(texts.count == 1, "\(texts.prefix(3))")
    let cycle =
      "Underdatabehandlere!A3: the parent rows go round in a circle (rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …), "
    #expect(texts.first?.hasPrefix(cycle) == true)
    #expect(!output.yaml.contains("S3"), "a cycle is never written")
  }

  @Test func aChainDeeperThanFourLevelsIsRefusedAtItsCell() throws {
    let catalog = try Package.catalog()
    // A chain of 2,000 levels: linked only as deep as the loader needs to refuse it.
    var cells: [String: CellContent] = [:]
    for row in 3..<2_003 {
      cells[Self.sub("name", row)] = .text("Level \(row - 2)")
      cells[Self.sub("subprocessors", row)] = .text(row == 2_002 ? "none" : "listed")
      if row > 3 { cells[Self.sub("@subprocessors", row)] = .number(Double(row - 1)) }
    }
    let workbook = Self.workbook(["Underdatabehandlere": cells])
    let (reader, _) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
    let output = reader.declaration(from: workbook)
    #expect(output.problems.isEmpty)
    #expect(!output.yaml.contains("Level 6"), "nothing below the first level too deep is written")
    let problems = WorkbookImport.problems(of: output, loader: catalog.declarationLoader, name: "d.yaml")
    let texts = problems.map { "\($0.cell): \($0.message.text(.en))" }
    #expect(
      texts == [
        "Underdatabehandlere!\(Self.sub("name", 7)): 'subprocessors' nests deeper than 4 levels; a chain of "
          + "processors is read to a depth of 4 levels at most"
      ], "\(texts)")
  }

  @Test(arguments: [("A1", 0, 0), ("C7", 6, 2), ("Z1", 0, 25), ("AA10", 9, 26), ("XFD1048576", 1_048_575, 16_383)])
  func cellReferences(reference: String, row: Int, column: Int) {
    let position = CellPosition(row: row, column: column)
    #expect(position.reference == reference)
    #expect(CellPosition(reference: Substring(reference)) == position)
  }

  @Test func badCellReferences() {
    for reference in ["", "7", "C", "c7", "C0", "XFE1", "A1048577"] {
      #expect(CellPosition(reference: Substring(reference)) == nil, "\(reference)")
    }
  }
}
