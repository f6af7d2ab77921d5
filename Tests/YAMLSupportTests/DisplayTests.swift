import Testing
import YAMLSupport

/// The one rule for text from input files shown to a person: control, bidi and invisible
/// characters are escaped in messages and replaced, one column each, in quoted source lines.
@Suite struct DisplayTests {
  /// The characters the rule must hide whatever the Unicode version: C0, DEL, C1 (NEL included),
  /// the bidi and invisible formatting characters, and the line and paragraph separators.
  static let hidden: [UInt32] =
    Array(0x00...0x1F) + Array(0x7F...0x9F)
    + [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029]
    + [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064]
    + [0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0xE0041]

  static let shown: [UInt32] = [
    0x20, 0x41, 0x7E, 0xA0, 0xE6, 0xF8, 0xE5, 0xC5, 0x301, 0x5D0, 0x627, 0x4E2D, 0xFFFD, 0x1F600,
  ]

  @Test func controlBidiAndInvisibleCharactersAreHidden() throws {
    for value in Self.hidden {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(scalar.isHiddenFromDisplay, "U+\(String(value, radix: 16, uppercase: true))")
      #expect(String(scalar).escapingControls == "\\u{\(String(value, radix: 16, uppercase: true))}")
    }
    for value in Self.shown {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(!scalar.isHiddenFromDisplay, "U+\(String(value, radix: 16, uppercase: true))")
      #expect(String(scalar).escapingControls == String(scalar))
    }
  }

  @Test func aSpoofedNameIsShownEscapedOnOneLine() {
    #expect("Acme \u{202E}SpA\u{202C}\n\tx".escapingControls == "Acme \\u{202E}SpA\\u{202C}\\u{A}\\u{9}x")
    #expect("Nordlys ApS, Århus".escapingControls == "Nordlys ApS, Århus")
  }

  @Test func aDiagnosticEscapesItsMessageAndKeepsTheCaretUnderTheColumn() {
    // Column 12 is the `1` after the hidden characters (each one column, as libyaml counts).
    let text = "k: \"\u{202E}\u{2066}x\u{200B}\u{061C}\" 1\n"
    let source = SourceFile(name: "a\u{202E}b.yaml", text: text)
    let location = SourceLocation(file: source.name, line: 1, column: 12)
    let diagnostic = Diagnostic(.verbatim, "unexpected '\u{1B}[2J\u{202E}'", at: location, in: source)
    #expect(
      diagnostic.description == """
        a\\u{202E}b.yaml:1:12: error: unexpected '\\u{1B}[2J\\u{202E}'
        k: "\u{FFFD}\u{FFFD}x\u{FFFD}\u{FFFD}" 1
                   ^
        """)
  }
}
