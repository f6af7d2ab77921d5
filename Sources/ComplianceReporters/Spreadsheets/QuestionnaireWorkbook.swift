public import ComplianceCore
public import YAMLSupport

/// The questionnaire as a workbook a vendor fills in without knowing YAML (`template --format
/// xlsx`), and the layout `import` reads it back by.
///
/// - A sheet of guidance, first.
/// - The questions sheet: one row per field, grouped by section: its path (column A), question (B),
///   answer (C, typed: a dropdown for enums and true/false, a date, a whole number), guidance (D),
///   the kind of answer (E) and an example (F). A list of plain values is answered in one cell,
///   items separated by `;`, and `(none)` (`(ingen)`) for an empty list.
/// - One sheet per list of objects (sub-processors, locations, transfers, …): a column per field of
///   an item (a field of an object inside an item is `transfer.mechanism`), questions in row 1,
///   field names in row 2, one item per row from row 3. A list inside an item (a report's exception
///   follow-ups) has its own sheet whose first column gives the row of the item it belongs to.
/// - A recursive list (`subprocessors.list[].subprocessors`, the chain of sub-processors) has no
///   sheet of its own: its items at every level are rows of the enclosing list's sheet, with a
///   column naming the row of the item whose list they are in (`@subprocessors`, empty at the top)
///   and a column saying whether the item's own list is given (`listed`), empty (`none`) or not
///   known (empty cell).
/// - A hidden sheet `dpacheck` naming the format, the language and which sheet holds which list.
public struct QuestionnaireWorkbook: Sendable {
  /// The `format` of the hidden sheet.
  public static let format = "dpacheck/questionnaire-workbook/v1"
  /// The hidden sheet's name.
  public static let metaSheet = "dpacheck"
  /// The key of the column that names an item's row in the parent sheet.
  public static let parentColumn = "@row"
  /// Rows of a list sheet made ready for answers (validations reach this far).
  public static let listRows = 500
  /// The first row (0-based) of answers in a list sheet.
  public static let firstListRow = 2
  /// The answer of a chain column: the item's own items are the rows that name it as their parent.
  public static let chainListed = "listed"
  /// The answer of a chain column: the item's own list is empty (`subprocessors: []`).
  public static let chainNone = "none"

  /// One sheet of a list of objects.
  public struct ListSheet: Sendable, Hashable {
    /// The list's path (`subprocessors.list`, `assurance.reports[].exception_followups`).
    public var path: String
    /// The sheet's name.
    public var name: String
    /// The list of objects whose items this list belongs to, or nil for a list of the declaration.
    public var parent: String?
    /// The columns: paths relative to an item (`name`, `transfer.mechanism`), after the parent
    /// column when there is a parent and the chain's parent column when there is a chain.
    public var columns: [String]
    /// The key of the items' recursive list (`subprocessors`), whose items at every level are rows
    /// of this sheet; nil when the items have none.
    public var chain: String?

    /// The column of an item's parent in the chain (`@subprocessors`): the row of the item whose
    /// recursive list it is in, empty for an item of the list itself.
    public var chainParentColumn: String? { chain.map { "@" + $0 } }
    /// The path of the recursive list (`subprocessors.list[].subprocessors`).
    public var chainPath: String? { chain.map { path + "[]." + $0 } }
    /// How many columns come before the first field: the parent's row, the chain's parent row.
    public var leadingColumns: Int { columns.prefix { $0.hasPrefix("@") }.count }
  }

  /// The language of the texts.
  public let language: Language
  /// The questionnaire.
  public let questionnaire: Questionnaire
  /// The questions sheet's name.
  public let questionsSheet: String
  /// The fields of the questions sheet, in order: paths of scalars, lists of scalars, objects and
  /// lists of objects (pointing at their sheets), with section headings between.
  public let questionRows: [QuestionRow]
  /// The sheets of lists of objects, in the questionnaire's order.
  public let listSheets: [ListSheet]

  /// A row of the questions sheet.
  public enum QuestionRow: Sendable, Hashable {
    case section(String)
    case field(String)
  }

  /// Lays out the questionnaire in `language`.
  public init(questionnaire: Questionnaire, language: Language) {
    self.language = language
    self.questionnaire = questionnaire
    questionsSheet = SheetPhrase.questionsSheet.text(language)
    var rows: [QuestionRow] = []
    var lists: [ListSheet] = []
    var used: Set<String> = [questionsSheet, SheetPhrase.aboutSheet.text(language), Self.metaSheet]
    func sheetName(_ path: String) -> String {
      let base = Self.knownNames[path].map { language == .da ? $0.0 : $0.1 } ?? Self.sanitised(path)
      var name = base
      var counter = 2
      while used.contains(name.lowercased()) || used.contains(name) {
        name = String(base.prefix(27)) + " \(counter)"
        counter += 1
      }
      used.insert(name)
      used.insert(name.lowercased())
      return name
    }
    func columns(
      under itemPath: String, prefix: String, into list: inout [String], nested: inout [String], chain: inout String?
    ) {
      for key in questionnaire.keys(under: itemPath) {
        let path = itemPath + "." + key
        guard let spec = questionnaire.field(path) else { continue }
        switch spec.type {
        case .object: columns(under: path, prefix: prefix + key + ".", into: &list, nested: &nested, chain: &chain)
        case .list where spec.itemType == .object && spec.isRecursive:
          // A recursive list sits directly in the items (the questionnaire checks it); one per item.
          guard chain == nil else { continue }
          chain = key
          list.append(prefix + key)
        case .list where spec.itemType == .object: nested.append(path)
        default: list.append(prefix + key)
        }
      }
    }
    func addList(_ path: String, parent: String?) {
      var list: [String] = parent == nil ? [] : [Self.parentColumn]
      var nested: [String] = []
      var chain: String?
      columns(under: path + "[]", prefix: "", into: &list, nested: &nested, chain: &chain)
      if let chain { list.insert("@" + chain, at: parent == nil ? 0 : 1) }
      lists.append(ListSheet(path: path, name: sheetName(path), parent: parent, columns: list, chain: chain))
      for child in nested { addList(child, parent: path) }
    }
    func walk(_ path: String) {
      guard let spec = questionnaire.field(path) else { return }
      rows.append(.field(path))
      switch spec.type {
      case .object: for key in questionnaire.keys(under: path) { walk(path + "." + key) }
      case .list where spec.itemType == .object: addList(path, parent: nil)
      default: break
      }
    }
    let topKeys = questionnaire.keys(under: "")
    let sections = questionnaire.sections.filter { topKeys.contains($0.key) }
    for section in sections {
      rows.append(.section(section.title.text(language)))
      walk(section.key)
    }
    let rest = topKeys.filter { key in !sections.contains { $0.key == key } }
    if !rest.isEmpty {
      rows.append(.section(AuthoringPhrase.otherQuestions.text(language)))
      for key in rest { walk(key) }
    }
    questionRows = rows
    listSheets = lists
  }

  /// Sheet names of the lists the standard questionnaire has (Danish, English); other lists are
  /// named by their path.
  static let knownNames: [String: (String, String)] = [
    "processing.locations": ("Lokationer", "Locations"),
    "assurance.certifications": ("Certificeringer", "Certifications"),
    "assurance.reports": ("Revisionserklæringer", "Assurance reports"),
    "assurance.reports[].exception_followups": ("Opfølgning på afvigelser", "Exception follow-ups"),
    "subprocessors.list": ("Underdatabehandlere", "Sub-processors"),
    "subprocessors.list[].assurance": ("Underdatabehandleres erkl.", "Sub-processors' assurance"),
    "transfers": ("Overførsler", "Transfers"),
  ]

  /// A path or title as a sheet name: without `[]` and the characters Excel forbids, at most 31
  /// characters.
  static func sanitised(_ path: String) -> String {
    let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    let cleaned = String(path.replacing("[]", with: "").filter { !forbidden.contains($0) })
    return String(cleaned.prefix(31))
  }

  /// The sheet of the list at `path`, or of the list whose rows hold the recursive list at `path`.
  public func listSheet(_ path: String) -> ListSheet? {
    listSheets.first { $0.path == path } ?? listSheets.first { $0.chainPath == path }
  }

  /// The field spec of a list sheet's column.
  public func columnField(_ column: String, of sheet: ListSheet) -> FieldSpec? {
    questionnaire.field(sheet.path + "[]." + column.split(separator: ".").joined(separator: "."))
  }

  /// The word for an empty list in an answer cell.
  public var noneWord: String { SheetPhrase.none.text(language) }

  // MARK: - The template

  /// The blank workbook's instructions.
  public func template(profile: String) -> [WorkbookInstruction] {
    var out = aboutSheet(profile: profile)
    out += questionsSheetInstructions()
    for sheet in listSheets { out += listSheetInstructions(sheet) }
    out += metaSheetInstructions(profile: profile)
    return out
  }

  private func aboutSheet(profile: String) -> [WorkbookInstruction] {
    var out: [WorkbookInstruction] = [
      .sheet(name: SheetPhrase.aboutSheet.text(language), hidden: false), .width(column: 0, width: 110),
    ]
    out.append(.row([.text(AuthoringPhrase.templateTitle.format(language, profile), .title)]))
    for paragraph in SheetGuidance.paragraphs(language, questionsSheet: questionsSheet, noneWord: noneWord) {
      out.append(.row([.text(paragraph, .wrap)]))
    }
    return out
  }

  private func questionsSheetInstructions() -> [WorkbookInstruction] {
    var out: [WorkbookInstruction] = [.sheet(name: questionsSheet, hidden: false)]
    for (column, width) in [34.0, 60, 30, 80, 30, 24].enumerated() { out.append(.width(column: column, width: width)) }
    out.append(.freeze(row: 1, column: 0))
    out.append(
      .row(
        [SheetPhrase.field, .question, .answer, .guidance, .kindOfAnswer, .example].map {
          .text($0.text(language), .header)
        }))
    var row = 1
    for entry in questionRows {
      switch entry {
      case .section(let title):
        out.append(.row([.empty, .text(title, .section)]))
      case .field(let path):
        guard let spec = questionnaire.field(path) else { continue }
        let question = WorkbookCell.text(spec.question.text(language), spec.type == .object ? .bold : .wrap)
        let help = spec.help.map { WorkbookCell.text($0.text(language), .wrap) } ?? .empty
        var cells: [WorkbookCell] = [.text(path, .key), question]
        switch spec.type {
        case .object:
          cells += [.empty, help]
        case .list where spec.itemType == .object:
          let sheet = listSheet(path)?.name ?? ""
          cells += [.text(SheetGuidance.seeSheet(language, sheet), .bold), help]
        default:
          cells += [WorkbookCell(.empty, style: spec.type == .date ? .answerDate : .answer), help]
          cells.append(hint(spec).map { .text($0, .wrap) } ?? .empty)
          cells.append(example(spec).map { .text($0, .wrap) } ?? .empty)
          if let rule = validation(spec) {
            out.append(.row(cells))
            out.append(.validation(firstRow: row, column: 2, lastRow: row, rule: rule))
            row += 1
            continue
          }
        }
        out.append(.row(cells))
      }
      row += 1
    }
    return out
  }

  private func listSheetInstructions(_ sheet: ListSheet) -> [WorkbookInstruction] {
    var out: [WorkbookInstruction] = [.sheet(name: sheet.name, hidden: false)]
    var questions: [WorkbookCell] = []
    var keys: [WorkbookCell] = []
    var after: [WorkbookInstruction] = []
    let lastRow = Self.firstListRow + Self.listRows - 1
    for (column, key) in sheet.columns.enumerated() {
      if key == Self.parentColumn {
        let parentName = sheet.parent.flatMap { listSheet($0)?.name } ?? ""
        out.append(.width(column: column, width: 16))
        questions.append(.text(SheetPhrase.parentRow.text(language).replacing("%1", with: parentName), .header))
        keys.append(.text(key, .key))
        after.append(
          .validation(
            firstRow: Self.firstListRow, column: column, lastRow: lastRow,
            rule: .wholeNumber(minimum: 3, maximum: 1_048_576)))
        continue
      }
      if key == sheet.chainParentColumn {
        out.append(.width(column: column, width: 16))
        questions.append(.text(SheetPhrase.chainParent.text(language), .header))
        keys.append(.text(key, .key))
        let own = SheetPhrase.chainOwn.text(language)
        after.append(.comment(row: 0, column: column, text: SheetGuidance.chainParentNote(language, own: own)))
        after.append(
          .validation(
            firstRow: Self.firstListRow, column: column, lastRow: lastRow,
            rule: .wholeNumber(minimum: 3, maximum: 1_048_576)))
        continue
      }
      if key == sheet.chain {
        out.append(.width(column: column, width: 18))
        questions.append(.text(SheetPhrase.chainOwn.text(language), .header))
        keys.append(.text(key, .key))
        var note = SheetGuidance.chainOwnNote(language, parent: SheetPhrase.chainParent.text(language))
        if let help = sheet.chainPath.flatMap { questionnaire.field($0) }?.help { note += "\n\n" + help.text(language) }
        after.append(.comment(row: 0, column: column, text: note))
        after.append(
          .validation(
            firstRow: Self.firstListRow, column: column, lastRow: lastRow,
            rule: .list([Self.chainListed, Self.chainNone])))
        continue
      }
      guard let spec = columnField(key, of: sheet) else { continue }
      out.append(.width(column: column, width: spec.type == .string ? 30 : 18))
      questions.append(.text(spec.question.text(language), .header))
      keys.append(.text(key, .key))
      var note = spec.help?.text(language) ?? ""
      if let hint = hint(spec) { note += (note.isEmpty ? "" : "\n\n") + hint }
      if let example = example(spec) { note += "\n" + SheetPhrase.example.text(language) + ": " + example }
      if !note.isEmpty { after.append(.comment(row: 0, column: column, text: note)) }
      if let rule = validation(spec) {
        after.append(.validation(firstRow: Self.firstListRow, column: column, lastRow: lastRow, rule: rule))
      }
    }
    out.append(.freeze(row: Self.firstListRow, column: 0))
    out.append(.row(questions))
    out.append(.row(keys))
    return out + after
  }

  private func metaSheetInstructions(profile: String) -> [WorkbookInstruction] {
    var out: [WorkbookInstruction] = [
      .sheet(name: Self.metaSheet, hidden: true),
      .row([.text("format"), .text(Self.format)]),
      .row([.text("language"), .text(language.rawValue)]),
      .row([.text("profile"), .text(profile)]),
      .row([.text("sheet"), .text(questionsSheet), .text("")]),
    ]
    for sheet in listSheets { out.append(.row([.text("sheet"), .text(sheet.name), .text(sheet.path)])) }
    for sheet in listSheets {
      guard let path = sheet.chainPath else { continue }
      out.append(.row([.text("chain"), .text(sheet.name), .text(path)]))
    }
    return out
  }

  /// The kind of answer, in words, for a cell.
  func hint(_ spec: FieldSpec) -> String? {
    switch spec.type {
    case .list:
      guard let item = spec.itemType, item != .object else { return nil }
      return SheetGuidance.listHint(language, item: FieldHint.scalar(item, spec, language), noneWord: noneWord)
    case .string, .object: return nil
    default: return FieldHint.describe(spec, language)
    }
  }

  /// The example answer as a cell shows it: a list's items separated by `;`.
  func example(_ spec: FieldSpec) -> String? {
    guard let node = spec.example(language) else { return nil }
    switch node {
    case .scalar(let scalar): return scalar.text
    case .sequence(let sequence):
      if sequence.items.isEmpty { return noneWord }
      return sequence.items.map { item in
        if case .scalar(let scalar) = item { return scalar.text }
        return YAMLTree(item).flow()
      }.joined(separator: "; ")
    default: return YAMLTree(node).flow()
    }
  }

  /// What the answer cell accepts.
  func validation(_ spec: FieldSpec) -> WorkbookValidation? {
    switch spec.type {
    case .bool: return .list(["true", "false"])
    case .enum:
      // Excel's inline lists hold 255 characters.
      return spec.values.joined(separator: ",").utf8.count <= 255 ? .list(spec.values) : nil
    case .int:
      let minimum = Int(max(spec.minimum ?? 0, 0))
      let maximum = Int(min(spec.maximum ?? 2_147_483_647, 2_147_483_647))
      return .wholeNumber(minimum: minimum, maximum: maximum)
    case .number:
      return .decimal(minimum: spec.minimum ?? -1e15, maximum: spec.maximum ?? 1e15)
    case .date: return .date
    default: return nil
    }
  }
}
