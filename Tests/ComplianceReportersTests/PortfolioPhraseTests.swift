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
}
