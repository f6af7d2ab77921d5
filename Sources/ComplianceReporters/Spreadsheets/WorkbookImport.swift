public import ComplianceCore
public import YAMLSupport

/// A cell's content as read from a workbook.
public enum CellContent: Sendable, Hashable {
  case text(String)
  /// A number as the file writes it (`45678`, `2.5`); a date is a number of days since 1899-12-30.
  case number(Double)
  case bool(Bool)
}

/// A cell's place: 0-based row and column.
public struct CellPosition: Sendable, Hashable, Comparable {
  public var row: Int
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// `C7` for row 6, column 2.
  public var reference: String {
    var letters = ""
    var number = column + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters + String(row + 1)
  }

  /// Reads `C7`; nil for anything else.
  public init?(reference: Substring) {
    var column = 0
    var index = reference.startIndex
    while index < reference.endIndex, let ascii = reference[index].asciiValue, (65...90).contains(ascii) {
      column = column * 26 + Int(ascii - 64)
      guard column <= 16_384 else { return nil }
      index = reference.index(after: index)
    }
    guard column > 0, let row = Int(reference[index...]), row >= 1, row <= 1_048_576 else { return nil }
    self.init(row: row - 1, column: column - 1)
  }

  public static func < (lhs: CellPosition, rhs: CellPosition) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }
}

/// A sheet as read from a workbook: its name and its non-empty cells.
public struct ReadSheet: Sendable {
  public var name: String
  public var cells: [CellPosition: CellContent]

  public init(name: String, cells: [CellPosition: CellContent] = [:]) {
    self.name = name
    self.cells = cells
  }

  /// The cell's content, nil when empty (an empty text counts as empty).
  public subscript(row: Int, column: Int) -> CellContent? {
    guard let content = cells[CellPosition(row: row, column: column)] else { return nil }
    if case .text(let text) = content, text.allSatisfy(\.isWhitespace) { return nil }
    return content
  }

  /// The cell's text (a number as written, a boolean as true/false), nil when empty.
  public func text(row: Int, column: Int) -> String? {
    switch self[row, column] {
    case .text(let text): text
    case .number(let number): CellText.number(number)
    case .bool(let value): value ? "true" : "false"
    case nil: nil
    }
  }

  /// The last row with a cell.
  public var lastRow: Int { cells.keys.map(\.row).max() ?? -1 }
}

/// A workbook as read from a file.
public struct ReadWorkbook: Sendable {
  public var sheets: [ReadSheet]

  public init(sheets: [ReadSheet]) { self.sheets = sheets }

  public func sheet(_ name: String) -> ReadSheet? { sheets.first { $0.name == name } }
}

enum CellText {
  /// A number as a person writes it: `12`, not `12.0`.
  static func number(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }
}

/// Reads a filled questionnaire workbook back into a declaration (`dpacheck import`).
///
/// The answers become YAML, written with each question as a comment; every line of it remembers
/// the cell it came from, so that the declaration loader's checks (types, enums, country codes
/// with their suggestions, ranges) are the checks of `import`, and each problem is reported at its
/// `Sheet!Cell`.
public struct WorkbookImport: Sendable {
  /// A problem of the workbook as a whole: not one of ours, a sheet missing.
  public struct NotTemplate: Error, Sendable {
    public var reason: DiagnosticMessage
  }

  /// A problem at a cell.
  public struct CellProblem: Sendable, Hashable {
    /// `Sheet!C7`.
    public var cell: String
    public var message: DiagnosticMessage
    public var notes: [DiagnosticMessage]
  }

  /// The declaration's YAML and the cell of each of its lines (1-based).
  public struct Output: Sendable {
    public var yaml: String
    public var cellOfLine: [Int: String]
    /// Problems found while reading cells (a row number that names no row).
    public var problems: [CellProblem]
  }

  public let layout: QuestionnaireWorkbook

  /// Reads with the layout of `questionnaire` in the workbook's own language.
  public static func reading(_ workbook: ReadWorkbook, questionnaire: Questionnaire) throws(NotTemplate)
    -> (WorkbookImport, language: Language)
  {
    guard let meta = workbook.sheet(QuestionnaireWorkbook.metaSheet) else {
      throw NotTemplate(reason: DiagnosticMessage(.importMissingSheet, .text(QuestionnaireWorkbook.metaSheet)))
    }
    var format: String?
    var language = Language.en
    for row in 0...max(0, min(meta.lastRow, 1000)) {
      switch meta.text(row: row, column: 0) {
      case "format": format = meta.text(row: row, column: 1)
      case "language": language = meta.text(row: row, column: 1).flatMap(Language.init(rawValue:)) ?? .en
      default: break
      }
    }
    guard format == QuestionnaireWorkbook.format else {
      throw NotTemplate(
        reason: DiagnosticMessage(.formatOther, .text(format ?? ""), .text(QuestionnaireWorkbook.format)))
    }
    let layout = QuestionnaireWorkbook(questionnaire: questionnaire, language: language)
    for name in [layout.questionsSheet] + layout.listSheets.map(\.name) where workbook.sheet(name) == nil {
      throw NotTemplate(reason: DiagnosticMessage(.importMissingSheet, .text(name)))
    }
    return (WorkbookImport(layout: layout), language)
  }

  // MARK: - Reading the answers

  /// An answer and where it came from.
  struct Answer {
    var content: CellContent
    var cell: String
  }

  /// An item of a list of objects: its fields' answers, and its nested lists' items.
  final class Item {
    var row: Int
    var cell: String
    var answers: [String: Answer] = [:]
    var lists: [String: ListAnswer] = [:]
    /// The answer of the chain column: whether the item's own items are `listed` (or `none`), and
    /// its cell; nil when the cell is empty.
    var chain: (listed: Bool, cell: String)?
    init(row: Int, cell: String) {
      self.row = row
      self.cell = cell
    }
  }

  /// A list of objects: its items, or `none` for an empty list.
  struct ListAnswer {
    var items: [Item] = []
    var none: Answer?
  }

  /// Converts the workbook's answers to YAML; `source` names the workbook in the first comment.
  public func declaration(from workbook: ReadWorkbook, source: String? = nil) -> Output {
    var problems: [CellProblem] = []
    let language = layout.language
    // The questions sheet: path → answer.
    var answers: [String: Answer] = [:]
    if let sheet = workbook.sheet(layout.questionsSheet) {
      // A column inserted or moved would put other answers under the Answer heading.
      let heading = SheetPhrase.answer.text(language)
      if sheet.text(row: 0, column: 2) != heading {
        let cell = "\(sheet.name)!\(CellPosition(row: 0, column: 2).reference)"
        let found = sheet.text(row: 0, column: 2) ?? ""
        problems.append(
          CellProblem(
            cell: cell, message: DiagnosticMessage(.importColumnMoved, .text(heading), .text(found)), notes: []))
      }
      for row in 1...max(1, sheet.lastRow) {
        guard let path = sheet.text(row: row, column: 0), let content = sheet[row, 2] else { continue }
        let cell = "\(sheet.name)!\(CellPosition(row: row, column: 2).reference)"
        guard let spec = layout.questionnaire.field(path) else {
          problems.append(
            CellProblem(cell: cell, message: DiagnosticMessage(.importUnknownField, .text(path)), notes: []))
          continue
        }
        if spec.type == .object || (spec.type == .list && spec.itemType == .object) { continue }
        answers[path] = Answer(content: content, cell: cell)
      }
    }
    // The list sheets, parents before children.
    var lists: [String: ListAnswer] = [:]
    var itemsByRow: [String: [Int: Item]] = [:]
    for listSheet in layout.listSheets {
      guard let sheet = workbook.sheet(listSheet.name) else { continue }
      let firstField = listSheet.leadingColumns
      let chainParent = listSheet.chainParentColumn.flatMap { listSheet.columns.firstIndex(of: $0) }
      let chainOwn = listSheet.chain.flatMap { listSheet.columns.firstIndex(of: $0) }
      // Rows below another row of the chain: linked once the whole sheet is read.
      var chained: [ChainLink] = []
      // Row 2 names each column's field: a column inserted, deleted or moved is refused, not
      // read into the wrong field.
      let moved = listSheet.columns.enumerated().first { column, key in sheet.text(row: 1, column: column) != key }
      if let (column, key) = moved {
        let cell = "\(sheet.name)!\(CellPosition(row: 1, column: column).reference)"
        let found = sheet.text(row: 1, column: column) ?? ""
        problems.append(
          CellProblem(cell: cell, message: DiagnosticMessage(.importColumnMoved, .text(key), .text(found)), notes: []))
        continue
      }
      for row in QuestionnaireWorkbook.firstListRow...max(QuestionnaireWorkbook.firstListRow, sheet.lastRow) {
        let filled = (firstField..<listSheet.columns.count).filter { sheet[row, $0] != nil }
        guard !filled.isEmpty else { continue }
        let firstCell = "\(sheet.name)!\(CellPosition(row: row, column: firstField).reference)"
        let chainParentText = chainParent.flatMap { sheet.text(row: row, column: $0) }
        // Where the item goes: the declaration's list, an item of the parent sheet, or (linked
        // later) the recursive list of another row of this sheet.
        var parentItem: Item?
        if chainParentText == nil, let parent = listSheet.parent {
          let reference = "\(sheet.name)!\(CellPosition(row: row, column: 0).reference)"
          let given = sheet.text(row: row, column: 0) ?? ""
          guard let number = Int(given), let item = itemsByRow[parent]?[number - 1] else {
            let parentName = layout.listSheet(parent)?.name ?? parent
            problems.append(
              CellProblem(
                cell: reference, message: DiagnosticMessage(.importParentRow, .text(given), .text(parentName)),
                notes: []))
            continue
          }
          parentItem = item
        }
        var list = parentItem?.lists[listSheet.path] ?? lists[listSheet.path] ?? ListAnswer()
        if filled.count == 1, filled[0] != chainOwn, let text = sheet.text(row: row, column: filled[0]),
          Self.isNone(text, language)
        {
          if let chainParentText, let chainOwn {
            // An empty list of a row's own items is said in that row, not by a row of its own.
            let own = SheetPhrase.chainOwn.text(language)
            problems.append(
              CellProblem(
                cell: firstCell,
                message: DiagnosticMessage(
                  .importChainNoneRow, .text(text), .text(own + " (" + listSheet.columns[chainOwn] + ")"),
                  .text(chainParentText)),
                notes: []))
            continue
          }
          list.none = Answer(content: .text(text), cell: firstCell)
        } else {
          let item = Item(row: row, cell: firstCell)
          for column in filled {
            guard let content = sheet[row, column] else { continue }
            let cell = "\(sheet.name)!\(CellPosition(row: row, column: column).reference)"
            if column == chainOwn {
              let word = (sheet.text(row: row, column: column) ?? "").trimmingSpaces.lowercased()
              if word == QuestionnaireWorkbook.chainListed {
                item.chain = (true, cell)
              } else if word == QuestionnaireWorkbook.chainNone || Self.isNone(word, language) {
                item.chain = (false, cell)
              } else {
                let given = sheet.text(row: row, column: column) ?? ""
                problems.append(
                  CellProblem(cell: cell, message: DiagnosticMessage(.importChainValue, .text(given)), notes: []))
              }
              continue
            }
            item.answers[listSheet.columns[column]] = Answer(content: content, cell: cell)
          }
          itemsByRow[listSheet.path, default: [:]][row] = item
          if let chainParentText, let chainParent {
            let cell = "\(sheet.name)!\(CellPosition(row: row, column: chainParent).reference)"
            chained.append(ChainLink(item: item, given: chainParentText, cell: cell))
            continue
          }
          list.items.append(item)
        }
        if let parentItem { parentItem.lists[listSheet.path] = list } else { lists[listSheet.path] = list }
      }
      if let chainPath = listSheet.chainPath {
        problems += Self.link(
          chained, items: itemsByRow[listSheet.path] ?? [:], path: chainPath, sheet: sheet.name, language: language)
      }
    }
    var writer = YAMLWriter(layout: layout)
    if let source {
      let note =
        layout.language == .da ? "Læst fra \(source) med dpacheck import." : "Read from \(source) by dpacheck import."
      writer.lines += Wrap.comment(note, indent: 0)
      writer.cells += Array(repeating: nil, count: writer.lines.count)
    }
    writer.lines.append("format: \(DeclarationLoader.format)")
    writer.cells.append(nil)
    for key in layout.questionnaire.keys(under: "") {
      writer.field(key, key: key, indent: 0, answers: answers, lists: lists)
    }
    var cellOfLine: [Int: String] = [:]
    for (index, cell) in writer.cells.enumerated() { cellOfLine[index + 1] = cell }
    return Output(yaml: writer.lines.joined(separator: "\n") + "\n", cellOfLine: cellOfLine, problems: problems)
  }

  /// A row of a list sheet that names another row of the sheet as its parent in the chain.
  struct ChainLink {
    var item: Item
    /// The parent's row number as written.
    var given: String
    /// The cell of the parent's row number.
    var cell: String
  }

  /// Puts each chained item into the recursive list (`path`) of the item whose row it names, and
  /// the answer `none` as an empty list. Refuses a row number that names no item, a cycle of
  /// parents, items under a row that does not say `listed`, and `listed` without items. Items are
  /// linked only down from the top and only one level past `Questionnaire.maxChainLevels` (the
  /// declaration loader reports that level as too deep), so a hostile sheet can neither loop nor
  /// nest without bound.
  static func link(
    _ links: [ChainLink], items: [Int: Item], path: String, sheet: String, language: Language
  ) -> [CellProblem] {
    var problems: [CellProblem] = []
    let parentHeader = SheetPhrase.chainParent.text(language)
    let ownHeader = SheetPhrase.chainOwn.text(language)
    var children: [Int: [Item]] = [:]
    var parentOf: [Int: Int] = [:]
    var cellOf: [Int: String] = [:]
    for link in links {
      cellOf[link.item.row] = link.cell
      guard let number = Int(link.given.trimmingSpaces), let parent = items[number - 1] else {
        problems.append(
          CellProblem(
            cell: link.cell, message: DiagnosticMessage(.importParentRow, .text(link.given), .text(sheet)), notes: []))
        continue
      }
      children[parent.row, default: []].append(link.item)
      parentOf[link.item.row] = parent.row
    }
    // Down from the top, level by level.
    let chainedRows = Set(links.map(\.item.row))
    var level: [Int: Int] = [:]
    var queue = items.keys.filter { !chainedRows.contains($0) }.sorted()
    for row in queue { level[row] = 1 }
    var index = 0
    while index < queue.count {
      let row = queue[index]
      index += 1
      for child in children[row] ?? [] where level[child.row] == nil {
        level[child.row] = (level[row] ?? 1) + 1
        queue.append(child.row)
      }
    }
    // Rows not reached from the top hang from a cycle of parents: each cycle is reported once.
    var seen: Set<Int> = []
    for start in parentOf.keys.sorted() where level[start] == nil && !seen.contains(start) {
      var walk: [Int] = []
      var walked: Set<Int> = []
      var row: Int? = start
      while let current = row, !seen.contains(current), !walked.contains(current) {
        walk.append(current)
        walked.insert(current)
        row = parentOf[current]
      }
      if let current = row, let first = walk.firstIndex(of: current) {
        let cycle = walk[first...].sorted()
        let rows = Self.rowList(cycle)
        problems.append(
          CellProblem(
            cell: cellOf[cycle[0]] ?? sheet,
            message: DiagnosticMessage(.importChainCycle, .text(rows), .text(parentHeader)), notes: []))
      }
      seen.formUnion(walk)
    }
    // Rows not reached from the top are reported above (a cycle, a row number that names no row).
    for row in items.keys.sorted() where level[row] != nil {
      guard let item = items[row] else { continue }
      let below = children[row] ?? []
      switch item.chain {
      case (true, let cell)? where below.isEmpty:
        problems.append(
          CellProblem(
            cell: cell,
            message: DiagnosticMessage(.importChainListedEmpty, .text(String(row + 1)), .text(parentHeader)),
            notes: []))
      case (true, _)?:
        // Linked only from the top, and never below the level the loader reports as too deep.
        if let depth = level[row], depth <= Questionnaire.maxChainLevels {
          item.lists[path] = ListAnswer(items: below)
        }
      case (false, let cell)? where !below.isEmpty:
        let rows = Self.rowList(below.map(\.row))
        problems.append(
          CellProblem(cell: cell, message: DiagnosticMessage(.importChainNoneWithRows, .text(rows)), notes: []))
      case (false, let cell)?:
        item.lists[path] = ListAnswer(
          items: [], none: Answer(content: .text(QuestionnaireWorkbook.chainNone), cell: cell))
      case nil:
        for child in below {
          problems.append(
            CellProblem(
              cell: cellOf[child.row] ?? sheet,
              message: DiagnosticMessage(
                .importChainNotListed, .text(String(child.row + 1)), .text(String(row + 1)), .text(ownHeader)),
              notes: []))
        }
      }
    }
    return problems
  }

  /// 0-based rows as the numbers a sheet shows, the first ten of them (`5, 6, 9`).
  static func rowList(_ rows: [Int]) -> String {
    rows.prefix(10).map { String($0 + 1) }.joined(separator: ", ") + (rows.count > 10 ? ", …" : "")
  }

  /// Every problem of the imported declaration: those found reading the cells, then the
  /// declaration loader's, each at the cell its line came from.
  public static func problems(of output: Output, loader: DeclarationLoader, name: String) -> [CellProblem] {
    var problems = output.problems
    do {
      _ = try loader.load(SourceFile(name: name, text: output.yaml))
    } catch {
      for diagnostic in error.diagnostics {
        let cell = output.cellOfLine[diagnostic.location.line] ?? "\(diagnostic.location)"
        problems.append(CellProblem(cell: cell, message: diagnostic.text, notes: diagnostic.notes.map(\.text)))
      }
    }
    return problems
  }

  /// Whether `text` is the word for an empty list, in either language, or `[]`.
  static func isNone(_ text: String, _ language: Language) -> Bool {
    let trimmed = text.trimmingSpaces.lowercased()
    return trimmed == "[]" || Language.allCases.contains { trimmed == SheetPhrase.none.text($0) }
  }
}

/// Writes the declaration's YAML, a line at a time, with the cell of each line.
struct YAMLWriter {
  let layout: QuestionnaireWorkbook
  var lines: [String] = []
  var cells: [String?] = []

  init(layout: QuestionnaireWorkbook) { self.layout = layout }

  private mutating func emit(_ line: String, cell: String?) {
    lines.append(line)
    cells.append(cell)
  }

  private mutating func comment(_ spec: FieldSpec, indent: Int) {
    for line in Wrap.comment(spec.question.text(layout.language), indent: indent) { emit(line, cell: nil) }
  }

  /// Whether anything below `path` (an object) is answered.
  private func answered(
    _ path: String, answers: [String: WorkbookImport.Answer], lists: [String: WorkbookImport.ListAnswer]
  ) -> Bool {
    let prefix = path + "."
    return answers.keys.contains { $0.hasPrefix(prefix) } || lists.keys.contains { $0.hasPrefix(prefix) }
  }

  /// Writes the field at `path` (`key` in its object) when it is answered.
  mutating func field(
    _ path: String, key: String, indent: Int, answers: [String: WorkbookImport.Answer],
    lists: [String: WorkbookImport.ListAnswer]
  ) {
    guard let spec = layout.questionnaire.field(path) else { return }
    let pad = String(repeating: " ", count: indent)
    switch spec.type {
    case .object:
      guard answered(path, answers: answers, lists: lists) else { return }
      comment(spec, indent: indent)
      emit(pad + key + ":", cell: nil)
      for child in layout.questionnaire.keys(under: path) {
        field(path + "." + child, key: child, indent: indent + 2, answers: answers, lists: lists)
      }
    case .list where spec.itemType == .object:
      guard let list = lists[path] else { return }
      comment(spec, indent: indent)
      if list.items.isEmpty {
        emit(pad + key + ": []", cell: list.none?.cell)
        return
      }
      emit(pad + key + ":", cell: list.items.first?.cell)
      for item in list.items { self.item(item, listPath: path, indent: indent) }
    default:
      guard let answer = answers[path] else { return }
      comment(spec, indent: indent)
      emit(pad + key + ": " + Self.scalar(answer.content, spec: spec, language: layout.language), cell: answer.cell)
    }
  }

  /// Writes one item of the list of objects at `listPath` as `- key: value` lines.
  private mutating func item(_ item: WorkbookImport.Item, listPath: String, indent: Int) {
    let itemPath = listPath + "[]"
    var itemLines: [(String, String?)] = []
    var nested = YAMLWriter(layout: layout)
    func walk(_ path: String, prefix: String, depth: Int) {
      for key in layout.questionnaire.keys(under: path) {
        let childPath = path + "." + key
        guard let spec = layout.questionnaire.field(childPath) else { continue }
        let pad = String(repeating: " ", count: depth)
        let comments = Wrap.comment(spec.question.text(layout.language), indent: depth).map { ($0, String?.none) }
        switch spec.type {
        case .object:
          let childPrefix = prefix + key + "."
          guard item.answers.keys.contains(where: { $0.hasPrefix(childPrefix) }) else { continue }
          itemLines += comments
          itemLines.append((pad + key + ":", nil))
          walk(childPath, prefix: childPrefix, depth: depth + 2)
        case .list where spec.itemType == .object:
          guard let list = item.lists[childPath] else { continue }
          itemLines += comments
          if list.items.isEmpty {
            itemLines.append((pad + key + ": []", list.none?.cell))
            continue
          }
          itemLines.append((pad + key + ":", list.items.first?.cell))
          nested.lines = []
          nested.cells = []
          // The items of a recursive list have the shape of this list's items.
          let itemsPath = spec.isRecursive && path.hasSuffix("[]") ? String(path.dropLast(2)) : childPath
          for child in list.items { nested.item(child, listPath: itemsPath, indent: depth) }
          for (line, cell) in zip(nested.lines, nested.cells) { itemLines.append((line, cell)) }
        default:
          guard let answer = item.answers[prefix + key] else { continue }
          itemLines += comments
          itemLines.append(
            (pad + key + ": " + Self.scalar(answer.content, spec: spec, language: layout.language), answer.cell))
        }
      }
    }
    walk(itemPath, prefix: "", depth: indent + 2)
    let pad = String(repeating: " ", count: indent)
    let isComment = { (line: String) in line.drop(while: { $0 == " " }).hasPrefix("#") }
    guard let first = itemLines.firstIndex(where: { !isComment($0.0) }) else {
      emit(pad + "- {}", cell: item.cell)
      return
    }
    // The first field's question goes above the dash, which goes on the field's line.
    for (line, _) in itemLines[..<first] { emit(pad + line.dropFirst(indent + 2), cell: nil) }
    emit(pad + "- " + itemLines[first].0.dropFirst(indent + 2), cell: itemLines[first].1 ?? item.cell)
    for (line, cell) in itemLines[(first + 1)...] { emit(line, cell: isComment(line) ? nil : cell ?? item.cell) }
  }

  // MARK: - Scalars

  /// An answer as a YAML value for `spec`: text fields double-quoted (so `no` and `0123` stay
  /// text), typed fields plain when they are a plain word, so that the loader judges them (and
  /// reports `ja` as a boolean word, `2026-13-01` as a date that does not exist).
  static func scalar(_ content: CellContent, spec: FieldSpec, language: Language) -> String {
    if spec.type == .list {
      let item = spec.itemType ?? .string
      let text: String
      switch content {
      case .text(let value): text = value
      case .number(let number): text = CellText.number(number)
      case .bool(let value): text = value ? "true" : "false"
      }
      if WorkbookImport.isNone(text, language) { return "[]" }
      let items = text.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
      return "[" + items.map { value(.text($0), type: item) }.joined(separator: ", ") + "]"
    }
    return value(content, type: spec.type)
  }

  static func value(_ content: CellContent, type: FieldType) -> String {
    switch (content, type) {
    case (.bool(let value), _):
      return type == .bool ? (value ? "true" : "false") : Escape.doubleQuoted(value ? "true" : "false")
    case (.number(let number), .date):
      // Days since 1899-12-30, the date system of every workbook dpacheck writes.
      let whole = Int(number.rounded(.down))
      guard number.isFinite, whole > 0, whole < 2_958_466 else { return Escape.doubleQuoted(CellText.number(number)) }
      let base = Day(year: 1899, month: 12, day: 30) ?? Day.earliest
      return Day(ordinal: base.ordinal + whole).description
    case (.number(let number), .int), (.number(let number), .number):
      return CellText.number(number)
    case (.number(let number), _):
      return Escape.doubleQuoted(CellText.number(number))
    case (.text(let text), .bool), (.text(let text), .int), (.text(let text), .number), (.text(let text), .date):
      let trimmed = text.trimmingSpaces
      return isPlainWord(trimmed)
        ? (type == .bool ? trimmed.lowercasedIfBoolean : trimmed) : Escape.doubleQuoted(trimmed)
    case (.text(let text), _):
      let value = type == .string ? text : text.trimmingSpaces
      return isPlainWord(value) && !YAMLTree.looksTyped(value) && !yamlOneOneWords.contains(value.lowercased())
        ? value : Escape.doubleQuoted(value)
    }
  }

  /// Words YAML 1.1 readers take for booleans: quoted, though dpacheck reads them as text.
  static let yamlOneOneWords: Set<String> = ["yes", "no", "on", "off", "y", "n"]

  /// Letters, digits, `.`, `-`, `_` and `+` only, not starting with a sign: safe as a plain YAML scalar.
  static func isPlainWord(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first != "-", first != "+", first != "." else { return false }
    return text.utf8.count <= 64
      && text.unicodeScalars.allSatisfy {
        ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_" || $0 == "+")
          && $0.isASCII
      }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }

  /// `TRUE` and `True` as `true` (spreadsheets capitalise booleans); anything else as it is.
  fileprivate var lowercasedIfBoolean: String {
    let lowered = lowercased()
    return lowered == "true" || lowered == "false" ? lowered : self
  }
}
