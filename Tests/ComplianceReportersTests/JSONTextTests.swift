import Foundation
import Testing
import YAMLSupport

@testable import ComplianceReporters

/// The reports' JSON writer: Foundation's pretty-printed, key-sorted layout, with the characters
/// YAML does not allow raw escaped, so a report reads back as YAML (`--baseline`) and as JSON.
@Suite struct JSONTextTests {
  struct Inner: Encodable {
    var b: Int
    var a: [String]
  }

  struct Outer: Encodable {
    var zeta: String
    var alpha: Inner
    var empty: [Int]
    var nothing: String?
    var flag: Bool

    enum CodingKeys: String, CodingKey { case zeta, alpha, empty, nothing, flag, explicitNull }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(zeta, forKey: .zeta)
      try container.encode(alpha, forKey: .alpha)
      try container.encode(empty, forKey: .empty)
      try container.encodeIfPresent(nothing, forKey: .nothing)  // omitted when nil
      try container.encode(flag, forKey: .flag)
      try container.encode(nothing, forKey: .explicitNull)  // null when nil
      try container.encode("second", forKey: .zeta)  // a key given twice keeps the last value
    }
  }

  static let value = Outer(zeta: "first", alpha: Inner(b: -3, a: ["x/y", ""]), empty: [], nothing: nil, flag: true)

  @Test func layoutMatchesThePrettyPrintedSortedForm() throws {
    let expected = """
      {
        "alpha" : {
          "a" : [
            "x/y",
            ""
          ],
          "b" : -3
        },
        "empty" : [

        ],
        "explicitNull" : null,
        "flag" : true,
        "zeta" : "second"
      }
      """
    #expect(try JSONText.encode(Self.value) == expected)
  }

  @Test func everyLineIsIndentedIncludingBlankOnes() throws {
    let text = try JSONText.encode([[Int]()], indent: 3)
    #expect(text == "   [\n     [\n   \n     ]\n   ]")
  }

  @Test func hostileTextIsEscapedAndReadsBackInJSONAndYAML() throws {
    let hostile = "a\"b\\c\nd\te\u{1}f\u{7F}g\u{85}h\u{9F}i\u{FFFE}j\u{FFFF}/ø\u{FEFF}\u{2028}"
    let text = try JSONText.encode([hostile])
    #expect(text.contains(#"a\"b\\c\nd\te\u0001f\u007Fg\u0085h\u009Fi\uFFFEj\uFFFF/ø"#))
    // No raw DEL, C1 control, U+FEFF, U+FFFE or U+FFFF is left for a YAML reader to refuse; the
    // quoting is the authoring tools' (`Escape.doubleQuoted`).
    #expect(
      !text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value >= 0xFFFE || $0.value == 0xFEFF })
    #expect(text == "[\n  " + Escape.doubleQuoted(hostile) + "\n]")
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
    #expect(json == [hostile])
    let root = try YAMLDocument.parseMapping(SourceFile(name: "r.yaml", text: "k: \(text)\n"))
    guard case .sequence(let list)? = root["k"], case .scalar(let scalar)? = list.items.first else {
      Issue.record("the JSON did not read back as a YAML list")
      return
    }
    #expect(scalar.text == hostile)
  }

  @Test func nonFiniteNumbersAreAnErrorNotText() {
    #expect(throws: EncodingError.self) { try JSONText.encode([Double.nan]) }
    #expect((try? JSONText.encode([2.0, 0.5])) == "[\n  2,\n  0.5\n]")
  }
}
