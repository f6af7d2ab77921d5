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
}
