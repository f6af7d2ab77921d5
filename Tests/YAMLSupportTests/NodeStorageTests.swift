import TestSupport
import Testing
import YAMLSupport

/// The node views read a document's flat storage: texts, keys, counts and equality must come out
/// as if every node were its own value.
@Suite struct NodeStorageTests {
  @Test func textsAndKeyLookupsCompareBytesNotCharacters() throws {
    // "é" precomposed and decomposed are equal Strings but different bytes; a YAML key is its bytes.
    let root = try YAMLDocument.parseMapping(
      SourceFile(
        name: "k.yaml", text: "caf\u{E9}: 1\ncafe\u{301}: 2\nlong key of more than fifteen bytes: \"tab\\there\"\n"))
    #expect(root.entries.count == 3)
    guard case .scalar(let precomposed)? = root["caf\u{E9}"], case .scalar(let decomposed)? = root["cafe\u{301}"] else {
      Issue.record("keys not found by their bytes")
      return
    }
    #expect(precomposed.text == "1")
    #expect(decomposed.text == "2")
    #expect(root.entries[0].key.hasText("caf\u{E9}"))
    #expect(!root.entries[0].key.hasText("cafe\u{301}"))
    #expect(!root.entries[0].key.hasText("caf"))
    guard case .scalar(let escaped)? = root["long key of more than fifteen bytes"] else {
      Issue.record("long key not found")
      return
    }
    #expect(escaped.text == "tab\there")
    #expect(escaped.utf8Count == 8)
    #expect(root["missing"] == nil)
  }

  /// An alias shares the anchored mapping: its entries and their positions are the definition's,
  /// and its own range is where the alias is written.
  @Test func anAliasSharesTheAnchoredMapping() throws {
    let root = try YAMLDocument.parseMapping(
      SourceFile(name: "a.yaml", text: "base: &b\n  country: DK\n  since: 2020\ncopy: *b\nlist: [*b, *b]\n"))
    guard case .mapping(let base)? = root["base"], case .mapping(let copy)? = root["copy"],
      case .sequence(let list)? = root["list"]
    else {
      Issue.record("unexpected shapes")
      return
    }
    #expect(copy.entries.map(\.key.text) == ["country", "since"])
    #expect(copy.range == SourceRange(file: "a.yaml", startLine: 4, startColumn: 7, endLine: 4, endColumn: 9))
    #expect(root["copy"]?.alias?.definedAt == base.range.start)
    #expect(copy["since"]?.location == SourceLocation(file: "a.yaml", line: 3, column: 10))
    #expect(list.items.count == 2)
    guard case .mapping(let item)? = list.items.last else {
      Issue.record("list item is not a mapping")
      return
    }
    #expect(item.entries.count == 2)
    #expect(item.range == SourceRange(file: "a.yaml", startLine: 5, startColumn: 12, endLine: 5, endColumn: 14))
    #expect(list.items.last?.alias?.name == "b")
  }

  @Test func anEmptyMappingHasItsRangeAndNoEntries() {
    let range = SourceRange(file: "r.yaml", startLine: 3, startColumn: 5, endLine: 4, endColumn: 1)
    let empty = Mapping.empty(at: range)
    #expect(empty.entries.isEmpty)
    #expect(empty.range == range)
    #expect(empty["anything"] == nil)
  }

  @Test func emptyAndNullScalarsKeepTheirStyle() throws {
    let root = try YAMLDocument.parseMapping(SourceFile(name: "n.yaml", text: "a:\nb: ''\nc: ~\nd: !!str null\n"))
    let values = root.entries.map { entry -> (Bool, Int) in
      guard case .scalar(let scalar) = entry.value else { return (false, -1) }
      return (scalar.isNull, scalar.utf8Count)
    }
    #expect(values.map(\.0) == [true, false, true, false])
    #expect(values.map(\.1) == [0, 0, 1, 4])
  }
}

/// A scalar equals another with the same text, style and tag, wherever each is written.
@Suite struct ScalarEqualityTests {
  @Test func positionIsNotPartOfTheValue() throws {
    let source = SourceFile(name: "s.yaml", text: "a: x\nb: x\nc: 'x'\nd: y\n")
    let root = try YAMLDocument.parseMapping(source)
    let values = root.entries.compactMap { entry -> Scalar? in
      if case .scalar(let scalar) = entry.value { return scalar }
      return nil
    }
    try #require(values.count == 4)
    #expect(values[0] == values[1])
    #expect(values[0].hashValue == values[1].hashValue)
    #expect(values[0].range != values[1].range)
    #expect(values[0] != values[2], "a quoted scalar is another style")
    #expect(values[0] != values[3])
  }
}
