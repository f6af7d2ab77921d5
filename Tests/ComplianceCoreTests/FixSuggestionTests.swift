import TestSupport
import Testing
import YAMLSupport

@testable import ComplianceCore

/// The commonest mistakes in a declaration get the fix in their message, in both languages: a
/// country's name instead of its code, a date in another order, `ja`/`nej` for a boolean.
@Suite struct FixSuggestionTests {
  static let catalog = Result { try Package.catalog() }

  private func diagnostic(_ marked: MarkedText) throws -> Diagnostic {
    let catalog = try Self.catalog.get()
    let loader = DeclarationLoader(questionnaire: catalog.questionnaire, countries: catalog.countries)
    do {
      _ = try loader.load(marked.source())
    } catch {
      try #require(error.diagnostics.count == 1, "\(error.diagnostics.map(\.description))")
      #expect(error.diagnostics[0].location == marked.location("1️⃣"))
      return error.diagnostics[0]
    }
    throw TestFailure("no diagnostic for \(marked.text)")
  }

  struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ text: String) { description = text }
  }

  @Test(arguments: [
    ("15-11-2026", "2026-11-15"), ("15.11.2026", "2026-11-15"), ("15/11/2026", "2026-11-15"),
    ("5-1-2027", "2027-01-05"), ("11/15/2026", "2026-11-15"), ("2026/11/15", "2026-11-15"),
    ("2026.11.15", "2026-11-15"), ("2026-1-5", "2026-01-05"), ("04-03-2026", "2026-03-04"),
  ])
  func aDateInAnotherOrderIsRead(text: String, iso: String) {
    #expect(Day.reading(of: text)?.description == iso)
  }

  @Test(arguments: [
    "26-1-1", "tomorrow", "31-02-2026", "15-11-26", "2026-11-15T10:00", "15 11 2026", "1-2-3-2026", "",
  ])
  func textThatIsNoDateGetsNoSuggestion(text: String) {
    #expect(Day.reading(of: text) == nil)
    #expect(Day.suggestion(for: text) == nil)
  }

  @Test func aDanishDateIsWrittenOutInBothLanguages() throws {
    let found = try diagnostic(MarkedText("format: dpacheck/declaration/v1\ndeclared_on: 1️⃣15.11.2026\n"))
    #expect(found.code == .declarationDate)
    #expect(
      found.message
        == "'declared_on' must be a date written YYYY-MM-DD; found '15.11.2026';"
        + " write it as '2026-11-15' (15 November 2026)")
    #expect(
      found.message(.da)
        == "'declared_on' skal være en dato skrevet ÅÅÅÅ-MM-DD; fandt '15.11.2026';"
        + " skriv den som '2026-11-15' (15. november 2026)")
  }

  @Test(arguments: [
    ("Danmark", "DK"), ("Denmark", "DK"), ("danmark", "DK"), ("DANMARK", "DK"), ("Tyskland", "DE"), ("Germany", "DE"),
    ("USA", "US"), ("U.S.A.", "US"), ("United States", "US"), ("United States of America", "US"), ("UK", "GB"),
    ("Storbritannien", "GB"), ("United Kingdom", "GB"), ("Holland", "NL"), ("Sverige", "SE"), ("Norge", "NO"),
    ("Færøerne", "FO"), ("Grønland", "GL"), ("DNK", "DK"), ("Korea (South)", "KR"), ("Bosnia and Herzegovina", "BA"),
    ("  Danmark ", "DK"),
  ])
  func aCountryNameGivesItsCode(name: String, code: String) throws {
    let countries = try Self.catalog.get().countries
    #expect(CountryNames.code(for: name, in: countries) == code)
  }

  @Test(arguments: ["Korea", "Congo", "Virgin Islands", "Samoa", "Europe", "EU", "Nordlys", ""])
  func anAmbiguousOrUnknownNameGivesNoCode(name: String) throws {
    let countries = try Self.catalog.get().countries
    #expect(CountryNames.code(for: name, in: countries) == nil)
  }

  @Test func everyDanishNameIsOfAKnownCountry() throws {
    let countries = try Self.catalog.get().countries
    for (code, name) in CountryNames.danishNames {
      #expect(countries.names[code] != nil, "\(code)")
      #expect(CountryNames.code(for: name, in: countries) == code, "\(name)")
    }
    for code in Set(CountryNames.otherNames.values) { #expect(countries.names[code] != nil, "\(code)") }
  }

  @Test func aCountryNameIsAnsweredWithItsCodeInBothLanguages() throws {
    let found = try diagnostic(MarkedText("format: dpacheck/declaration/v1\nvendor:\n  country: 1️⃣Tyskland\n"))
    #expect(found.code == .declarationCountry)
    #expect(
      found.message
        == "'Tyskland' is not an ISO 3166-1 alpha-2 country code (such as DK, DE or US); use the code 'DE' for Germany")
    #expect(
      found.message(.da)
        == "'Tyskland' er ikke en landekode efter ISO 3166-1 alpha-2 (som DK, DE eller US);"
        + " brug koden 'DE' for Tyskland")
  }

  @Test func aCountryWithoutADanishNameIsNamedOnlyInEnglish() throws {
    let found = try diagnostic(MarkedText("format: dpacheck/declaration/v1\nvendor:\n  country: 1️⃣Kenya\n"))
    #expect(found.message.hasSuffix("; use the code 'KE' for Kenya"))
    #expect(found.message(.da).hasSuffix("; brug koden 'KE'"))
  }

  @Test(arguments: ["ja", "nej", "Ja", "NEJ", "sand", "falsk"])
  func danishYesAndNoAskForTrueOrFalse(word: String) throws {
    let marked = MarkedText("format: dpacheck/declaration/v1\nvendor:\n  dpo:\n    designated: 1️⃣\(word)\n")
    let found = try diagnostic(marked)
    #expect(found.message == "'designated' must be true or false; found '\(word)': use true or false")
    #expect(found.message(.da) == "'designated' skal være true eller false; fandt '\(word)': brug true eller false")
  }
}
