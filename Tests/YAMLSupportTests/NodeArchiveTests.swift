import TestSupport
import Testing
import YAMLSupport

@Suite struct NodeArchiveTests {
  static let sample = """
    # every kind of node and scalar style
    format: dpacheck/requirements/v1
    plain: 48
    single: 'it''s'
    double: "tab\\there, ø and \\u2028"
    literal: |
      two
      lines
    folded: >
      folded
      text
    tagged: !!str 12
    empty:
    list: [a, {b: c}, [], {}]
    nested:
      - id: BR-01
        title: {da: "Brud", en: "Breach"}
    anchored: &a {x: 1}
    alias: *a
    """

  @Test func aTreeReadsBackExactlyWithItsPositions() throws {
    let source = SourceFile(name: "rules/sample.yaml", text: Self.sample)
    let tree = try YAMLDocument.parse(source)
    let archive = NodeArchive.encode(tree)
    let decoded = try #require(NodeArchive.decode(archive, file: "rules/sample.yaml"))
    #expect(NodeDump.dump(decoded) == NodeDump.dump(tree))
    // The dump really shows positions, styles and tags, so the comparison above covers them.
    let dump = NodeDump.dump(decoded)
    #expect(dump.contains("key scalar rules/sample.yaml:5:1-5:7 plain tag=- \"double\""))
    #expect(dump.contains("doubleQuoted"))
    #expect(dump.contains("tag=tag:yaml.org,2002:str \"12\""))
    #expect(dump.contains("literal tag=- \"two\\nlines\\n\""))
  }

  @Test func positionsNameTheFileGivenWhenReading() throws {
    let tree = try YAMLDocument.parse(SourceFile(name: "a.yaml", text: "k: v\n"))
    let decoded = try #require(NodeArchive.decode(NodeArchive.encode(tree), file: "Rules/b.yaml"))
    guard case .mapping(let mapping) = decoded else { Issue.record("not a mapping"); return }
    #expect(mapping.entries[0].value.location == SourceLocation(file: "Rules/b.yaml", line: 1, column: 4))
  }

  @Test func aDamagedArchiveReadsAsNothingRatherThanAWrongTree() throws {
    let archive = NodeArchive.encode(try YAMLDocument.parse(SourceFile(name: "a.yaml", text: Self.sample)))
    let bytes = Array(archive.utf8)
    // Every proper prefix is incomplete, and trailing bytes are refused.
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(NodeArchive.decode(String(decoding: bytes[..<length], as: UTF8.self), file: "a.yaml") == nil)
    }
    #expect(NodeArchive.decode(archive + "S", file: "a.yaml") == nil)
    #expect(NodeArchive.decode("X1,1,1,1,", file: "a.yaml") == nil)
    // A count larger than the rest of the archive is refused before anything is allocated for it.
    #expect(NodeArchive.decode("Q1,1,1,1,99999999999,", file: "a.yaml") == nil)
    // Nesting deeper than the YAML limit is refused without exhausting the stack.
    let deep = String(repeating: "Q1,1,1,1,1,", count: 100_000) + "S1,1,1,1,p-0,"
    #expect(NodeArchive.decode(deep, file: "a.yaml") == nil)
  }
}
