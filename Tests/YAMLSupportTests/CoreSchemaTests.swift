import Testing
import YAMLSupport

@Suite struct CoreSchemaTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var yaml: String
    var expected: ScalarValue
    var testDescription: String { yaml }
  }

  static let cases: [Case] = [
    Case(yaml: "NO", expected: .string("NO")),
    Case(yaml: "no", expected: .string("no")),
    Case(yaml: "yes", expected: .string("yes")),
    Case(yaml: "on", expected: .string("on")),
    Case(yaml: "off", expected: .string("off")),
    Case(yaml: "Y", expected: .string("Y")),
    Case(yaml: "true", expected: .bool(true)),
    Case(yaml: "False", expected: .bool(false)),
    Case(yaml: "TRUE", expected: .bool(true)),
    Case(yaml: "\"true\"", expected: .string("true")),
    Case(yaml: "'48'", expected: .string("48")),
    Case(yaml: "48", expected: .int(48)),
    Case(yaml: "-3", expected: .int(-3)),
    Case(yaml: "0x1F", expected: .int(31)),
    Case(yaml: "0o17", expected: .int(15)),
    Case(yaml: "01234567", expected: .int(1_234_567)),
    Case(yaml: "1.2", expected: .float(1.2)),
    Case(yaml: "1e3", expected: .float(1000)),
    Case(yaml: "1.2.3", expected: .string("1.2.3")),
    Case(yaml: "2026-09-15", expected: .string("2026-09-15")),
    Case(yaml: "~", expected: .null),
    Case(yaml: "null", expected: .null),
    Case(yaml: "", expected: .null),
    Case(yaml: "!!str 12", expected: .string("12")),
    Case(yaml: "DK", expected: .string("DK")),
  ]

  @Test(arguments: cases)
  func resolvesByTheYAML12CoreSchema(_ testCase: Case) throws {
    let root = try YAMLDocument.parseMapping(SourceFile(name: "s.yaml", text: "v: \(testCase.yaml)\n"))
    guard case .scalar(let scalar)? = root["v"] else {
      Issue.record("not a scalar")
      return
    }
    #expect(scalar.value == testCase.expected)
  }

  @Test func scalarKeepsItsTextAndStyle() throws {
    let root = try YAMLDocument.parseMapping(SourceFile(name: "s.yaml", text: "cvr: 01234567\ntls: 1.2\nq: 'x'\n"))
    guard case .scalar(let cvr)? = root["cvr"], case .scalar(let tls)? = root["tls"], case .scalar(let q)? = root["q"]
    else {
      Issue.record("not scalars")
      return
    }
    #expect(cvr.text == "01234567")
    #expect(tls.text == "1.2")
    #expect(cvr.style == .plain)
    #expect(q.style == .singleQuoted)
  }
}

/// Standard tags on scalars are honoured, quoted or not; text that is not of the tag's type stays a
/// string, for the schema to report.
@Suite struct StandardTagTests {
  static func value(_ yaml: String) throws -> ScalarValue {
    let root = try YAMLDocument.parseMapping(SourceFile(name: "t.yaml", text: "k: \(yaml)\n"))
    guard case .scalar(let scalar)? = root["k"] else {
      Issue.record("no scalar for \(yaml)")
      return .null
    }
    return scalar.value
  }

  @Test func tagsReadTheTextAsTheirType() throws {
    #expect(try Self.value("!!int \"5\"") == .int(5))
    #expect(try Self.value("!!float 2") == .float(2))
    #expect(try Self.value("!!bool 'true'") == .bool(true))
    #expect(try Self.value("!!null ''") == .null)
    #expect(try Self.value("!!str 12") == .string("12"))
    #expect(try Self.value("!!int five") == .string("five"))
    #expect(try Self.value("!!null foo") == .string("foo"))
  }
}
