import TestSupport
import Testing
import YAMLSupport

/// libyaml's indentation and tab errors are explained in plain words after libyaml's own text, in
/// both languages; an error the lines do not explain gets no hint.
@Suite struct IndentationHintTests {
  private func error(_ text: String) throws -> Diagnostic {
    do {
      _ = try YAMLDocument.parseMapping(SourceFile(name: "t.yaml", text: text))
    } catch {
      return error
    }
    throw HintTestFailure(description: "no error for \(text)")
  }

  struct HintTestFailure: Error, CustomStringConvertible { var description: String }

  @Test func aLineIndentedDeeperThanTheLineAboveIsPartOfItsValue() throws {
    let found = try error("vendor:\n  name: Nordlys\n    country: DK\n")
    #expect(found.location.line == 3)
    #expect(
      found.message == "mapping values are not allowed in this context; the indentation does not match: this line is"
        + " indented 4 spaces and the line above 2, so YAML reads this line as part of the value above;"
        + " keys at the same level start in the same column")
    #expect(
      found.message(.da).hasPrefix("en værdi efter ':' er ikke tilladt her; indrykningen passer ikke: linjen er"))
  }

  @Test func aLineThatMatchesNoKeyAboveNamesTheIndentationsThatWould() throws {
    let found = try error("a:\n  b:\n      c: 1\n   d: 2\n")
    #expect(found.location.line == 4)
    #expect(found.message.hasSuffix("this line is indented 3 spaces, but the keys above it are indented 6, 2 or 0"))
    #expect(
      found.message(.da).hasSuffix("linjen er indrykket 3 mellemrum, men nøglerne over den er indrykket 6, 2 eller 0"))
  }

  @Test func blankAndCommentLinesAreSkipped() throws {
    let found = try error("vendor:\n    name: X\n\n    # the country\n  country: DK\n")
    #expect(found.message.hasSuffix("this line is indented 2 spaces, but the keys above it are indented 4 or 0"))
  }

  @Test func aListItemAmongKeys() throws {
    let found = try error("vendor:\n  name: X\n  - country: DK\n")
    #expect(found.message == "did not find expected key; a list item ('- ') cannot stand among the keys of a mapping")
    #expect(
      found.message(.da)
        == "fandt ikke den forventede nøgle; et listepunkt ('- ') kan ikke stå blandt nøgler med værdier")
  }

  @Test func aValueWithAColon() throws {
    let found = try error("title: Note: read this\n")
    #expect(
      found.message.hasSuffix("; put a value that contains ': ' in quotes, or write nested keys on their own lines"))
  }

  @Test func aTabUsedToIndent() throws {
    let found = try error("a:\n  b: 1\n\tc: 2\n")
    #expect(
      found.message
        == "found a tab character that violates indentation; a tab is used for indentation, and YAML needs spaces")
    #expect(
      found.message(.da)
        == "fandt et tabulatortegn, der bryder indrykningen; der er brugt et tabulatortegn til indrykning,"
        + " og YAML kræver mellemrum")
  }

  @Test(arguments: ["a: [1, 2\nb: c\n", "a: \"open\n", "a: 1\nb: {c: 1, d\n", "- a\nb: c\n"])
  func otherErrorsGetNoHint(text: String) throws {
    let found = try error(text)
    #expect(!found.message.contains("; "), "\(found.message)")
  }

  @Test func aQuotedColonIsNotTakenForAKey() throws {
    let found = try error("a: 'x: y' b: c\n")
    #expect(!found.message.contains("put a value that contains"), "\(found.message)")
  }
}
