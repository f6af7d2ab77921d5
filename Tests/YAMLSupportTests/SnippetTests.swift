import Testing
import YAMLSupport

/// The part of a line a diagnostic quotes: whole when short, else 100 characters around the column.
@Suite struct SnippetTests {
  static let long = String(repeating: "ab", count: 200)  // 400 characters

  @Test func aShortLineIsQuotedWhole() throws {
    let source = SourceFile(name: "t.yaml", text: "first\nsæt: ø\n")
    let snippet = try #require(source.snippet(line: 2, column: 6))
    #expect(snippet.text == "sæt: ø")
    #expect(snippet.column == 6)
    #expect(source.snippet(line: 4, column: 1) == nil)
  }

  @Test func aLongLineIsCutAroundTheColumn() throws {
    let source = SourceFile(name: "t.yaml", text: "x\n" + Self.long + "\n")
    // Column 201 (index 200): the window is indices 150..<250, shown after a leading "…".
    let middle = try #require(source.snippet(line: 2, column: 201))
    let expected = String(Array(Self.long)[150..<250])
    #expect(middle.text == "…" + expected + "…")
    #expect(middle.column == 201 - 150 + 1)
    // Near the start: no leading "…"; near the end: the last 100 characters.
    let start = try #require(source.snippet(line: 2, column: 3))
    #expect(start.text == String(Self.long.prefix(100)) + "…")
    #expect(start.column == 3)
    let end = try #require(source.snippet(line: 2, column: 400))
    #expect(end.text == "…" + String(Self.long.suffix(100)))
    #expect(end.column == 400 - 300 + 1)
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let line = String(repeating: "ø", count: 300)  // two bytes each
    let source = SourceFile(name: "t.yaml", text: line)
    let snippet = try #require(source.snippet(line: 1, column: 151))
    #expect(snippet.text == "…" + String(repeating: "ø", count: 100) + "…")
    #expect(snippet.column == 52)
  }

  @Test func aColumnPastTheEndShowsTheLinesEnd() throws {
    let source = SourceFile(name: "t.yaml", text: Self.long)
    let snippet = try #require(source.snippet(line: 1, column: 1000))
    #expect(snippet.text == "…" + String(Self.long.suffix(100)))
    #expect(snippet.column == 1000 - 300 + 1)
  }
}
