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
