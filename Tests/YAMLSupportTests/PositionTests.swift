import TestSupport
import Testing
import YAMLSupport

@Suite struct PositionTests {
  @Test func scalarsKeysAndContainersCarryStartAndEnd() throws {
    let marked = MarkedText(
      """
      1️⃣vendor:
        2️⃣name: 3️⃣Nordlys Cloud ApS4️⃣
        5️⃣dpo: {designated: 6️⃣true}7️⃣
      list:
        - 8️⃣DK
        - "9️⃣DE"
      """)
    let root = try YAMLDocument.parseMapping(marked.source())
    guard case .mapping(let vendor)? = root["vendor"] else {
      Issue.record("vendor is not a mapping")
      return
    }
    #expect(root.entries[0].key.location == marked.location("1️⃣"))
    #expect(vendor.entries[0].key.location == marked.location("2️⃣"))
    let name = try #require(vendor["name"])
    #expect(name.range.start == marked.location("3️⃣"))
    #expect(name.range.end == marked.location("4️⃣"))
    #expect(vendor.entries[1].key.location == marked.location("5️⃣"))
    guard case .mapping(let dpo)? = vendor["dpo"] else {
      Issue.record("dpo is not a mapping")
      return
    }
    #expect(dpo["designated"]?.location == marked.location("6️⃣"))
    #expect(dpo.range.end == marked.location("7️⃣"))
    guard case .sequence(let list)? = root["list"] else {
      Issue.record("list is not a sequence")
      return
    }
    #expect(list.items[0].location == marked.location("8️⃣"))
    // The start of a quoted scalar is its opening quote.
    let quoted = try #require(marked.location("9️⃣"))
    #expect(list.items[1].location == SourceLocation(file: quoted.file, line: quoted.line, column: quoted.column - 1))
  }

  @Test func columnsCountUnicodeScalarsNotBytes() throws {
    // "Ærø: x": Æ and ø are two bytes each in UTF-8, so x is the 6th scalar but the 8th byte.
    let root = try YAMLDocument.parseMapping(SourceFile(name: "test.yaml", text: "\u{C6}r\u{F8}: x\n"))
    let value = try #require(root["\u{C6}r\u{F8}"])
    #expect(value.location == SourceLocation(file: "test.yaml", line: 1, column: 6))
    // On a later line too: Å (two bytes) before the value.
    let second = try YAMLDocument.parseMapping(SourceFile(name: "test.yaml", text: "a: 1\n\u{C5}: x\n"))
    #expect(second["\u{C5}"]?.location == SourceLocation(file: "test.yaml", line: 2, column: 4))
  }

  @Test func crlfLineEndingsGiveTheSameLinesAndColumns() throws {
    let lf = try YAMLDocument.parseMapping(SourceFile(name: "a.yaml", text: "a: 1\nb:\n  c: x\n"))
    let crlf = try YAMLDocument.parseMapping(SourceFile(name: "a.yaml", text: "a: 1\r\nb:\r\n  c: x\r\n"))
    guard case .mapping(let inner1)? = lf["b"], case .mapping(let inner2)? = crlf["b"] else {
      Issue.record("b is not a mapping")
      return
    }
    #expect(inner1["c"]?.location == inner2["c"]?.location)
    #expect(inner2["c"]?.location == SourceLocation(file: "a.yaml", line: 3, column: 6))
  }

  @Test func unicodeLineSeparatorsCountAsLibyamlCountsThem() throws {
    // libyaml (YAML 1.1) breaks lines at U+2028, U+2029 and NEL; positions and snippets agree.
    let text = "# a comment\u{2028}# more\na: 1\nb: [\n"
    do {
      _ = try YAMLDocument.parseMapping(SourceFile(name: "ls.yaml", text: text))
      Issue.record("expected an error")
    } catch {
      #expect(error.location.line == 5)
      let source = SourceFile(name: "ls.yaml", text: text)
      #expect(source.line(3) == "a: 1")
      #expect(
        source.location(ofByteOffset: Array("# a comment\u{2028}# m".utf8).count)
          == SourceLocation(file: "ls.yaml", line: 2, column: 4))
    }
  }

  @Test func byteOrderMarkIsSkippedAndTakesNoColumn() throws {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("a: 1\nb: x\n".utf8)
    let root = try YAMLDocument.parseMapping(SourceFile(name: "bom.yaml", bytes: bytes))
    #expect(root.entries[0].key.location == SourceLocation(file: "bom.yaml", line: 1, column: 1))
    #expect(root["b"]?.location == SourceLocation(file: "bom.yaml", line: 2, column: 4))
  }

  /// An alias shows the anchored node's contents at its own position; what it holds keeps the
  /// positions of the definition, and `alias` points there.
  @Test func aliasesExpandToTheAnchoredNodeAtTheirOwnPosition() throws {
    let marked = MarkedText("base: 1️⃣&b [DK, DE]\ncopy: 2️⃣*b\nname: &n X\n3️⃣*n : Y\nlist: [4️⃣*n]\n")
    let root = try YAMLDocument.parseMapping(marked.source("a.yaml"))
    let copyNode = try #require(root["copy"])
    guard case .sequence(let copy) = copyNode else {
      Issue.record("copy is not a list")
      return
    }
    #expect(copy.items.count == 2)
    #expect(copy.range.start == marked.location("2️⃣", file: "a.yaml"))
    #expect(copy.range.end == SourceLocation(file: "a.yaml", line: 2, column: 9))
    #expect(copyNode.alias == Alias(name: "b", definedAt: try #require(marked.location("1️⃣", file: "a.yaml"))))
    guard case .scalar(let first) = copy.items[0] else {
      Issue.record("not a scalar")
      return
    }
    #expect(first.text == "DK")
    #expect(first.location.line == 1)
    #expect(first.alias == nil)
    #expect(root["base"]?.location == marked.location("1️⃣", file: "a.yaml"))
    #expect(root["base"]?.alias == nil)
    // A key and a list item may be aliases too.
    #expect(root.entries[3].key.location == marked.location("3️⃣", file: "a.yaml"))
    #expect(root.entries[3].key.text == "X")
    #expect(root.entries[3].key.alias?.definedAt.line == 3)
    guard case .sequence(let list)? = root["list"] else {
      Issue.record("list is not a list")
      return
    }
    #expect(list.items[0].location == marked.location("4️⃣", file: "a.yaml"))
    #expect(list.items[0].start.line == 5 && list.items[0].start.column == 8)
  }

  /// A source file made from text keeps the text and makes its bytes when read; made from bytes,
  /// it holds them. Both answer every question the same way.
  @Test func aSourceFromTextAnswersLikeOneFromBytes() throws {
    let text = "\u{FEFF}a: 1\r\nb: \u{C6}r\u{F8}\u{2028}c: x\rd: [\n  '\u{1F600}', y]\n"
    let fromText = SourceFile(name: "t.yaml", text: text)
    let fromBytes = SourceFile(name: "t.yaml", bytes: Array(text.utf8))
    #expect(fromText.bytes == fromBytes.bytes)
    #expect(fromText.byteCount == fromBytes.byteCount)
    #expect(fromText.lineRanges() == fromBytes.lineRanges())
    for offset in 0...fromBytes.byteCount {
      #expect(fromText.location(ofByteOffset: offset) == fromBytes.location(ofByteOffset: offset))
    }
    for line in 0...7 {
      #expect(fromText.line(line) == fromBytes.line(line))
      #expect(fromText.snippet(line: line, column: 3)?.text == fromBytes.snippet(line: line, column: 3)?.text)
    }
    #expect(NodeDump.dump(try YAMLDocument.parse(fromText)) == NodeDump.dump(try YAMLDocument.parse(fromBytes)))
  }
}
