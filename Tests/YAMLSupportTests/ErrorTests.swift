import TestSupport
import Testing
import YAMLSupport

@Suite struct ErrorTests {
  private func error(_ text: String, file: String = "t.yaml") -> Diagnostic? {
    do {
      _ = try YAMLDocument.parseMapping(SourceFile(name: file, text: text))
      return nil
    } catch {
      return error
    }
  }

  @Test func syntaxErrorIsRenderedLikeACompiler() throws {
    let diagnostic = try #require(error("a: [1, 2\nb: c\n"))
    #expect(diagnostic.code == .yamlSyntax)
    #expect(diagnostic.location.line == 2)
    #expect(diagnostic.description.hasPrefix("t.yaml:2:2: error: did not find expected ',' or ']'"))
    let lines = diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false)
    try #require(lines.count >= 3, "\(diagnostic.description)")
    #expect(lines[1] == "b: c")
    #expect(lines[2] == " ^")
  }

  @Test func duplicateKeyNamesBothLines() throws {
    let marked = MarkedText("vendor:\n  1️⃣name: A\n  country: DK\n  2️⃣name: B\n")
    let diagnostic = try #require(error(marked.text, file: "test.yaml"))
    #expect(diagnostic.code == .yamlDuplicateKey)
    #expect(diagnostic.location == marked.location("2️⃣"))
    #expect(diagnostic.notes.first?.location == marked.location("1️⃣"))
    #expect(
      diagnostic.description == """
        test.yaml:4:3: error: duplicate key 'name'; it was first given on line 2
          name: B
          ^
        test.yaml:2:3: note: 'name' first given here
        """)
  }

  @Test func duplicateKeysAreFoundInLargeMappings() throws {
    for (first, second) in [(3, 40), (20, 40), (0, 15)] {
      var lines = (0..<41).map { "k\($0): v" }
      lines[second] = "k\(first): again"
      let diagnostic = try #require(error(lines.joined(separator: "\n") + "\n"))
      #expect(diagnostic.code == .yamlDuplicateKey)
      #expect(diagnostic.location.line == second + 1)
      #expect(diagnostic.notes.first?.location?.line == first + 1)
    }
  }

  @Test func secondDocumentIsReportedAtItsMarker() throws {
    let diagnostic = try #require(error("a: 1\n---\nb: 2\n"))
    #expect(diagnostic.code == .yamlMultipleDocuments)
    #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 2, column: 1))
  }

  @Test func emptyFileIsAnErrorAtLineOneColumnOne() throws {
    for text in ["", "# only a comment\n", "\n\n"] {
      let diagnostic = try #require(error(text))
      #expect(diagnostic.code == .yamlEmpty)
      #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
    }
  }

  @Test func nonMappingRootIsAnError() throws {
    let diagnostic = try #require(error("- a\n- b\n"))
    #expect(diagnostic.code == .yamlRoot)
    #expect(diagnostic.message == "the document is a list; expected a mapping of keys to values")
    let scalar = try #require(error("just text\n"))
    #expect(scalar.message == "the document is the string 'just text'; expected a mapping of keys to values")
  }

  @Test func unknownAliasAndCustomTagsAreErrors() throws {
    let alias = try #require(error("a: *nowhere\n"))
    #expect(alias.code == .yamlUnknownAlias)
    #expect(alias.location == SourceLocation(file: "t.yaml", line: 1, column: 4))
    let tag = try #require(error("a: !python/object:os.system x\n"))
    #expect(tag.code == .yamlTag)
    #expect(tag.message.contains("unsupported tag '!python/object:os.system'"))
  }

  @Test func complexKeysAreRejected() throws {
    let diagnostic = try #require(error("? [a, b]\n: c\n"))
    #expect(diagnostic.code == .yamlComplexKey)
  }

  @Test func longLinesAreCutAroundTheCaret() throws {
    let line = "a: " + String(repeating: "x", count: 300) + ": b"
    let diagnostic = try #require(error(line + "\n"))
    let rendered = diagnostic.description.split(separator: "\n")
    try #require(rendered.count >= 2, "\(diagnostic.description)")
    #expect(rendered[1].count <= 102)
    #expect(rendered[1].hasPrefix("…"))
  }
}
