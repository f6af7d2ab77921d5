public import ComplianceReporters
public import YAMLSupport

/// Reads the cells of an XLSX workbook: the zip archive (`ZipArchive`), the workbook's sheet list
/// and relationships, its shared strings and each sheet's cells (`XMLScanner`). Formulas are not
/// evaluated: a cell's cached value is read as any other value.
public enum WorkbookReader {
  /// At most this many cells in the whole workbook.
  public static let maxCells = 500_000
  /// The largest workbook file read.
  public static let maxFileBytes = 32 << 20

  /// Why a workbook cannot be read, as a message (naming the file `name`).
  public struct Problem: Error, Sendable {
    public var message: DiagnosticMessage
  }

  /// The workbook in `bytes`, named `name` in messages.
  public static func read(_ bytes: [UInt8], name: String) throws(Problem) -> ReadWorkbook {
    let archive: ZipArchive
    do {
      archive = try ZipArchive(bytes)
    } catch {
      throw problem(error, name: name)
    }
    func part(_ path: String) throws(Problem) -> [UInt8]? {
      do {
        return try archive.contents(of: path)
      } catch {
        throw problem(error, name: name)
      }
    }
    func damaged(_ reason: String) -> Problem {
      Problem(message: DiagnosticMessage(.importDamaged, .text(name), .text(reason)))
    }
    func scan(_ bytes: [UInt8], part path: String, _ handle: (XMLScanner.Event) throws(XMLScanner.Problem) -> Void)
      throws(Problem)
    {
      do {
        try XMLScanner.scan(bytes, handle)
      } catch {
        throw damaged("\(path): \(error.reason)")
      }
    }
    guard let workbookXML = try part("xl/workbook.xml") else { throw damaged("it has no xl/workbook.xml") }
    // The sheets in order, with their relationship ids.
    var sheets: [(name: String, id: String)] = []
    try scan(workbookXML, part: "xl/workbook.xml") { event throws(XMLScanner.Problem) in
      if case .start("sheet", let attributes, _) = event {
        let name = attributes.first { $0.0 == "name" }?.1 ?? ""
        let id = attributes.first { $0.0 == "id" }?.1 ?? ""
        sheets.append((name, id))
      }
    }
    var targets: [String: String] = [:]
    var sharedStringsPath = "xl/sharedStrings.xml"
    if let relationships = try part("xl/_rels/workbook.xml.rels") {
      try scan(relationships, part: "xl/_rels/workbook.xml.rels") { event throws(XMLScanner.Problem) in
        guard case .start("Relationship", let attributes, _) = event else { return }
        let id = attributes.first { $0.0 == "Id" }?.1 ?? ""
        let target = attributes.first { $0.0 == "Target" }?.1 ?? ""
        let type = attributes.first { $0.0 == "Type" }?.1 ?? ""
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        targets[id] = path
        if type.hasSuffix("/sharedStrings") { sharedStringsPath = path }
      }
    }
    var strings: [String] = []
    if let shared = try part(sharedStringsPath) {
      var current = ""
      var inText = false
      var phonetic = 0
      try scan(shared, part: sharedStringsPath) { event throws(XMLScanner.Problem) in
        switch event {
        case .start("si", _, _): current = ""
        case .end("si"): strings.append(current)
        case .start("rPh", _, _): phonetic += 1
        case .end("rPh"): phonetic -= 1
        case .start("t", _, let selfClosing): inText = !selfClosing && phonetic == 0
        case .end("t"): inText = false
        case .text(let text) where inText: current += text
        default: break
        }
      }
    }
    var cellCount = 0
    var result: [ReadSheet] = []
    for sheet in sheets {
      guard let path = targets[sheet.id] ?? (sheets.count == 1 ? "xl/worksheets/sheet1.xml" : nil),
        let xml = try part(path)
      else { throw damaged("the sheet '\(sheet.name)' has no part") }
      var read = ReadSheet(name: sheet.name)
      var row = 0
      var column = 0
      var position: CellPosition?
      var type = ""
      var value: String?
      var inValue = false
      var inlineText: String?
      var tooMany = false
      let cellsOf = { (event: XMLScanner.Event) throws(XMLScanner.Problem) -> Void in
        switch event {
        case .start("row", let attributes, _):
          if let number = attributes.first(where: { $0.0 == "r" }).flatMap({ Int($0.1) }) { row = number - 1 }
          column = 0
        case .end("row"):
          row += 1
        case .start("c", let attributes, _):
          let reference = attributes.first { $0.0 == "r" }?.1
          position =
            reference.flatMap { CellPosition(reference: Substring($0)) } ?? CellPosition(row: row, column: column)
          type = attributes.first { $0.0 == "t" }?.1 ?? "n"
          value = nil
          inlineText = nil
        case .end("c"):
          guard let here = position else { return }
          column = here.column + 1
          let content: CellContent?
          switch type {
          case "s":
            content = value.flatMap { Int($0) }.flatMap { $0 >= 0 && $0 < strings.count ? .text(strings[$0]) : nil }
          case "inlineStr": content = inlineText.map { .text($0) }
          case "str": content = value.map { .text($0) }
          case "b": content = value.map { .bool($0 == "1" || $0 == "true") }
          case "e": content = value.map { .text($0) }
          default: content = value.flatMap { Double($0) }.map { .number($0) } ?? value.map { .text($0) }
          }
          if let content {
            cellCount += 1
            if cellCount > maxCells {
              tooMany = true
              throw XMLScanner.Problem(reason: "too many cells")
            }
            read.cells[here] = content
          }
          position = nil
        case .start("v", _, let selfClosing): inValue = !selfClosing
        case .end("v"): inValue = false
        case .start("t", _, let selfClosing) where position != nil && type == "inlineStr":
          inValue = !selfClosing
          if inlineText == nil { inlineText = "" }
        case .end("t"): inValue = false
        case .text(let text) where inValue:
          if type == "inlineStr" { inlineText = (inlineText ?? "") + text } else { value = (value ?? "") + text }
        default: break
        }
      }
      do {
        try scan(xml, part: path, cellsOf)
      } catch {
        guard tooMany else { throw error }
        throw Problem(
          message: DiagnosticMessage(
            .importTooLarge, .text(name),
            .message(DiagnosticMessage(.importLimitCells, .text(sheet.name), .number(maxCells))))
        )
      }
      result.append(read)
    }
    return ReadWorkbook(sheets: result)
  }

  private static func problem(_ error: ZipArchive.Problem, name: String) -> Problem {
    switch error {
    case .notZip:
      return Problem(message: DiagnosticMessage(.importNotZip, .text(name)))
    case .damaged(let reason):
      return Problem(message: DiagnosticMessage(.importDamaged, .text(name), .text(reason)))
    case .tooManyEntries(let limit):
      return Problem(
        message: DiagnosticMessage(
          .importTooLarge, .text(name), .message(DiagnosticMessage(.importLimitEntries, .number(limit)))))
    case .entryTooLarge(let entry, let limit):
      return Problem(
        message: DiagnosticMessage(
          .importTooLarge, .text(name), .message(DiagnosticMessage(.importLimitEntry, .text(entry), .number(limit)))))
    }
  }
}
