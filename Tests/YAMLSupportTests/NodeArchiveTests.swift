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
    // An alias keeps its own position and what it repeats.
    #expect(dump.contains("mapping rules/sample.yaml:19:8-19:10 alias=*a@18:11"))
  }

  @Test func aDamagedAliasTableReadsAsNothing() throws {
    let tree = try YAMLDocument.parse(SourceFile(name: "a.yaml", text: "a: &x 1\nb: *x\nc: *x\n"))
    let archive = NodeArchive.encode(tree)
    #expect(NodeArchive.decode(archive, file: "a.yaml") != nil)
    // The fourth number of the header is the alias count: one more than the table holds.
    var bytes = Array(archive.utf8)
    bytes[5] += 1
    #expect(NodeArchive.decode(String(decoding: bytes, as: UTF8.self), file: "a.yaml") == nil)
  }

  @Test func positionsNameTheFileGivenWhenReading() throws {
    let tree = try YAMLDocument.parse(SourceFile(name: "a.yaml", text: "k: v\n"))
    let decoded = try #require(NodeArchive.decode(NodeArchive.encode(tree), file: "Rules/b.yaml"))
    guard case .mapping(let mapping) = decoded else {
      Issue.record("not a mapping")
      return
    }
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
    #expect(NodeArchive.decode("X1" + String(archive.dropFirst(2)), file: "a.yaml") == nil)
    // A well-formed archive of one scalar, then the same with each part damaged.
    #expect(
      NodeArchive.decode(
        Self.archive(nodes: [Self.scalar(first: 0, count: 2)], children: [], text: "ok"), file: "a.yaml") != nil)
    #expect(
      NodeArchive.decode(
        Self.archive(nodes: [Self.scalar(first: 1, count: 2)], children: [], text: "ok"), file: "a.yaml") == nil)
    #expect(
      NodeArchive.decode(
        Self.archive(nodes: [[32] + Array(repeating: 1, count: 6)], children: [], text: "ok"), file: "a.yaml") == nil)
    #expect(
      NodeArchive.decode(
        Self.archive(nodes: [Self.scalar(first: 0, count: 2)], children: [], text: "ok", root: 1), file: "a.yaml")
        == nil)
    // A count larger than the rest of the archive is refused before anything is allocated for it.
    let huge = "N2" + Self.number(Int(Int32.max)) + String(repeating: Self.number(0), count: 4)
    #expect(NodeArchive.decode(huge, file: "a.yaml") == nil)
    // A child that is out of range, or not after its container (a cycle), is refused; so is a
    // mapping whose key is not a scalar.
    #expect(
      NodeArchive.decode(
        Self.archive(nodes: [Self.container(30, first: 0, count: 1)], children: [5], text: ""), file: "a.yaml") == nil)
    #expect(
      NodeArchive.decode(
        Self.archive(nodes: [Self.container(30, first: 0, count: 1)], children: [0], text: ""), file: "a.yaml") == nil)
    let keyIsList = Self.archive(
      nodes: [
        Self.container(31, first: 0, count: 1), Self.container(30, first: 2, count: 0), Self.scalar(first: 0, count: 1),
      ],
      children: [1, 2], text: "v")
    #expect(NodeArchive.decode(keyIsList, file: "a.yaml") == nil)
    let keyIsScalar = Self.archive(
      nodes: [
        Self.container(31, first: 0, count: 1), Self.scalar(first: 0, count: 1), Self.scalar(first: 1, count: 1),
      ],
      children: [1, 2], text: "kv")
    #expect(NodeArchive.decode(keyIsScalar, file: "a.yaml") != nil)
    // Nesting deeper than the YAML limit is refused.
    let depth = 100_000
    let deep = Self.archive(
      nodes: (0..<depth).map { Self.container(30, first: $0, count: 1) } + [Self.scalar(first: 0, count: 0)],
      children: Array(1...depth), text: "")
    #expect(NodeArchive.decode(deep, file: "a.yaml") == nil)
    let limit = YAMLLimits.default.maxDepth
    let atLimit = Self.archive(
      nodes: (0..<limit).map { Self.container(30, first: $0, count: 1) } + [Self.scalar(first: 0, count: 0)],
      children: Array(1...limit), text: "")
    #expect(NodeArchive.decode(atLimit, file: "a.yaml") != nil)
  }

  // An archive written by hand, in the layout `NodeArchive` documents.

  static func number(_ value: Int) -> String {
    var bytes: [UInt8] = []
    var rest = value
    while rest >= 0x40 {
      bytes.append(UInt8(0x40 | (rest & 0x3F)))
      rest >>= 6
    }
    bytes.append(UInt8(rest))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A plain, untagged scalar at 1:1-1:2.
  static func scalar(first: Int, count: Int) -> [Int] { [0, 1, 1, 1, 2, first, count] }

  /// A sequence (code 30) or mapping (31) at 1:1-1:2.
  static func container(_ code: Int, first: Int, count: Int) -> [Int] { [code, 1, 1, 1, 2, first, count] }

  static func archive(nodes: [[Int]], children: [Int], text: String, root: Int = 0) -> String {
    var archive = "N2" + [nodes.count, children.count, text.utf8.count, 0, root].map(number).joined()
    for node in nodes {
      archive += String(decoding: [UInt8(node[0])], as: UTF8.self) + node.dropFirst().map(number).joined()
    }
    return archive + children.map(number).joined() + text
  }
}
