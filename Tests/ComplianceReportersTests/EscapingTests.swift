import Foundation
import Testing
import YAMLSupport

@testable import ComplianceReporters

/// The one double-quoted form shared by the YAML and JSON writers of the authoring tools.
@Suite struct EscapingTests {
  static let hostile = "a\"b\\c\nd\te\u{1}f\u{7F}g\u{85}h\u{FEFF}i\u{FFFE}ø"

  @Test func controlAndSpecialCharactersAreEscaped() {
    #expect(Escape.doubleQuoted(Self.hostile) == #""a\"b\\c\nd\te\u0001f\u007Fg\u0085h\uFEFFi\uFFFEø""#)
  }

  /// The byte-level quoting and the scalar test the YAML writer uses to decide on quotes must name
  /// the same characters.
  @Test func quotingEscapesExactlyTheCharactersThatNeedIt() {
    let samples = Array(0..<0x250) + [0x2028, 0xFEFE, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600]
    for value in samples {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let quoted = Escape.doubleQuoted(String(Character(scalar)))
      let escaped = quoted.hasPrefix("\"\\u")
      let shortEscape = ["\n", "\t", "\r"].contains(String(scalar))
      #expect(escaped == (Escape.needsEscapeInQuotes(scalar) && !shortEscape), "U+\(String(value, radix: 16))")
      if escaped {
        let hex = String(value, radix: 16, uppercase: true)
        #expect(quoted == "\"\\u" + String(repeating: "0", count: 4 - hex.count) + hex + "\"")
      }
    }
  }

  @Test func theQuotedFormReadsBackAsTheSameTextInYAMLAndJSON() throws {
    let quoted = Escape.doubleQuoted(Self.hostile)
    let root = try YAMLDocument.parseMapping(SourceFile(name: "t.yaml", text: "k: \(quoted)\n"))
    guard case .scalar(let scalar)? = root["k"] else {
      Issue.record("no scalar")
      return
    }
    #expect(scalar.text == Self.hostile)
    let json = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
    #expect(json == [Self.hostile])
  }

  struct MarkdownCase: Sendable, CustomTestStringConvertible {
    var text: String
    var escaped: String
    var testDescription: String { text.debugDescription }
  }

  /// Text from input files in Markdown: one line, no structure, no mention or reference.
  static let markdownCases: [MarkdownCase] = [
    MarkdownCase(text: "Acme\n\n| a |\n---\n@org/team", escaped: #"Acme\\u{A}\\u{A}| a |\\u{A}---\\u{A}`@`org/team"#),
    MarkdownCase(text: "x\u{1B}[2J\u{202E}y", escaped: #"x\\u{1B}\[2J\\u{202E}y"#),
    MarkdownCase(text: "- item", escaped: #"\- item"#),
    MarkdownCase(text: "+ item", escaped: #"\+ item"#),
    MarkdownCase(text: "12. item", escaped: #"12\. item"#),
    MarkdownCase(text: "3) item", escaped: #"3\) item"#),
    MarkdownCase(text: "1.0.0", escaped: "1.0.0"),
    MarkdownCase(text: "    code", escaped: "&#32;&#32;&#32;&#32;code"),
    MarkdownCase(
      text: "# h *b* _i_ [l](u) ![i] ~s~ `c` $m$ \\",
      escaped: ##"\# h \*b\* \_i\_ \[l\](u) \!\[i\] \~s\~ \`c\` \$m\$ \\"##),
    MarkdownCase(text: "<b>&#x202E;</b> > q", escaped: ##"&lt;b&gt;&amp;\#x202E;&lt;/b&gt; &gt; q"##),
    MarkdownCase(text: "see #12 and org/repo#3", escaped: "see `#`12 and org/repo`#`3"),
    MarkdownCase(text: "@a (@b) dpo@vendor.dk x_@c", escaped: #"`@`a (`@`b) dpo@vendor.dk x\_@c"#),
  ]

  @Test(arguments: markdownCases)
  func markdownShowsInputTextAsItself(_ testCase: MarkdownCase) {
    #expect(Escape.markdown(testCase.text) == testCase.escaped)
  }

  @Test func aMarkdownCellAlsoEscapesPipes() {
    #expect(Escape.markdownCell("a | b\nc") == #"a \| b\\u{A}c"#)
  }

  @Test func aCodeSpanHoldsAnyTextExactly() {
    #expect(Escape.markdownCode("vendors/a_b.yaml") == "`vendors/a_b.yaml`")
    #expect(Escape.markdownCode("a`b``c") == "```a`b``c```")
    #expect(Escape.markdownCode("`x") == "`` `x ``")
    #expect(Escape.markdownCode(" x ") == "`  x  `")
    #expect(Escape.markdownCode("a|b") == "`a|b`")
    #expect(Escape.markdownCode("a|b", inTable: true) == #"`a\|b`"#)
    #expect(Escape.markdownCode("a\u{202E}\nb.yaml") == #"`a\u{202E}\u{A}b.yaml`"#)
  }
}
