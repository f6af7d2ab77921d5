import ComplianceReporters
import Testing

@Suite struct WorkbookStreamTests {
  @Test func instructionsSurviveTheirLines() {
    let instructions: [WorkbookInstruction] = [
      .sheet(name: "Under\tdata", hidden: true),
      .width(column: 2, width: 12.5),
      .freeze(row: 1, column: 0),
      .row([
        .text("=HYPERLINK(\"x\")\\n", .header), .empty, .number(3),
        WorkbookCell(.bool(true), style: .answer), WorkbookCell(.date("2026-01-02")), .text("a:b\nc\r\td"),
      ]),
      .autofilter,
      .highlight(firstRow: 1, firstColumn: 3, lastRow: -1, lastColumn: 9, prefix: "gap", colour: .red),
      .validation(firstRow: 2, column: 2, lastRow: 500, rule: .list(["true", "fal\tse"])),
      .validation(firstRow: 2, column: 2, lastRow: 500, rule: .wholeNumber(minimum: 0, maximum: 36500)),
      .validation(firstRow: 2, column: 2, lastRow: 500, rule: .decimal(minimum: 0, maximum: 1.5)),
      .validation(firstRow: 2, column: 2, lastRow: 500, rule: .date),
      .comment(row: 0, column: 1, text: "help\nmore"),
    ]
    for instruction in instructions {
      #expect(!instruction.line.contains("\n"))
      #expect(WorkbookInstruction(line: Substring(instruction.line)) == instruction)
    }
    #expect(WorkbookInstruction(line: "row\tx:plain:1") == nil)
    #expect(WorkbookInstruction(line: "bogus") == nil)
  }
}
