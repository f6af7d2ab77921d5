import ComplianceCore
import ComplianceReporters
import Foundation
import Frontend
import Testing
import YAMLSupport

@testable import Spreadsheets

/// libxlsxwriter's workbooks read back by the zip and XML readers of `import`.
@Suite struct WorkbookReaderTests {
  static let day = Day(year: 2026, month: 10, day: 1) ?? Day(ordinal: 0)

  /// The bytes of the workbook `instructions` describe.
  static func workbook(_ instructions: [WorkbookInstruction]) throws -> [UInt8] {
    let file = ScratchFile(suffix: ".xlsx")
    let writer = try XLSXWriter(path: file.path, created: day)
    for instruction in instructions { writer.apply(instruction) }
    try writer.close()
    return try #require(file.contents(limit: 1 << 24))
  }

  @Test func cellsSurviveWritingAndReading() throws {
    let bytes = try Self.workbook([
      .sheet(name: "Første ark", hidden: false),
      .row([.text("<&>\"' æøå"), .number(42), WorkbookCell(.bool(true)), WorkbookCell(.date("2026-09-15"))]),
      .row([.empty, .text("=1+1"), .text("line\nbreak")]),
      .sheet(name: "dpacheck", hidden: true),
      .row([.text("format"), .text(QuestionnaireWorkbook.format)]),
    ])
    let workbook = try WorkbookReader.read(bytes, name: "x.xlsx")
    #expect(workbook.sheets.map(\.name) == ["Første ark", "dpacheck"])
    let sheet = try #require(workbook.sheet("Første ark"))
    #expect(sheet[0, 0] == .text("<&>\"' æøå"))
    #expect(sheet[0, 1] == .number(42))
    #expect(sheet[0, 2] == .bool(true))
    // A date is a serial number of days since 1899-12-30.
    let serial = Double(Day("2026-09-15")!.ordinal - Day("1899-12-30")!.ordinal)
    #expect(sheet[0, 3] == .number(serial))
    #expect(sheet[1, 0] == nil)
    #expect(sheet[1, 1] == .text("=1+1"), "text that looks like a formula stays text")
    #expect(sheet[1, 2] == .text("line\nbreak"))
  }

  @Test func theSameInstructionsGiveTheSameBytes() throws {
    let instructions: [WorkbookInstruction] = [.sheet(name: "A", hidden: false), .row([.text("x")])]
    #expect(try Self.workbook(instructions) == Self.workbook(instructions))
  }

  @Test func damagedArchivesAreNamed() throws {
    let bytes = try Self.workbook([.sheet(name: "A", hidden: false), .row([.text("x")])])
    func problem(_ bytes: [UInt8]) -> String? {
      do {
        _ = try WorkbookReader.read(bytes, name: "x.xlsx")
        return nil
      } catch {
        return error.message.text(.en)
      }
    }
    #expect(problem(Array("not a zip".utf8)) == "'x.xlsx' is not an XLSX workbook: it is not a zip archive")
    #expect(problem(Array(bytes.prefix(bytes.count / 2)))?.contains("the archive is truncated") == true)
    // A flipped byte inside a compressed part: its checksum or its deflate data fails.
    let name = Array("xl/workbook.xml".utf8)
    let local = try #require(
      (0..<(bytes.count - name.count)).first { Array(bytes[$0..<($0 + name.count)]) == name })
    var flipped = bytes
    flipped[local + name.count + 12] ^= 0xFF
    #expect(problem(flipped)?.hasPrefix("'x.xlsx' is not a readable XLSX workbook") == true)
    // No single flipped byte crashes the reader.
    for offset in stride(from: 0, to: bytes.count, by: 7) {
      var damaged = bytes
      damaged[offset] ^= 0x5A
      _ = problem(damaged)
    }
  }

  @Test func theXMLScannerDecodesAndRefusesDocumentTypes() throws {
    var events: [String] = []
    try XMLScanner.scan(
      Array("<?xml version=\"1.0\"?><x:a b='1 &amp; 2'><![CDATA[<raw>]]>&#x41;&#66;&lt;<c/></x:a>".utf8)
    ) {
      event in
      switch event {
      case .start(let name, let attributes, _): events.append("start \(name) \(attributes.map { "\($0.0)=\($0.1)" })")
      case .end(let name): events.append("end \(name)")
      case .text(let text): events.append("text \(text)")
      }
    }
    #expect(events == ["start a [\"b=1 & 2\"]", "text <raw>", "text AB<", "start c []", "end c", "end a"])
    #expect(throws: XMLScanner.Problem.self) {
      try XMLScanner.scan(Array("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>".utf8)) { _ in }
    }
    #expect(throws: XMLScanner.Problem.self) { try XMLScanner.scan(Array("<x>&unknown;</x>".utf8)) { _ in } }
  }
}
