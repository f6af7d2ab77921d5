import Testing
import YAMLSupport

@testable import ComplianceReporters

/// The portfolio report's words: every one in both languages.
@Suite struct PortfolioPhraseTests {
  @Test(arguments: PortfolioPhrase.allCases)
  func everyPhraseHasDanishAndEnglish(_ phrase: PortfolioPhrase) {
    #expect(!phrase.text(.da).isEmpty && !phrase.text(.en).isEmpty)
    // Only names and abbreviations are the same in both.
    if ![.cvr].contains(phrase) { #expect(phrase.text(.da) != phrase.text(.en), "\(phrase)") }
  }

  /// An argument's own text is never searched for placeholders: a clause or count that reads '%2'
  /// shows as it is, in the portfolio's words and in the authoring commands' alike.
  @Test func argumentsAreNotReadAsPlaceholders() {
    #expect(PortfolioPhrase.metCounted.format(.en, "3", "%1") == "3, %1: counted, not listed.")
    #expect(AuthoringPhrase.intRangeHint.format(.en, "1", "%1") == "a whole number from 1 to %1")
  }
}
