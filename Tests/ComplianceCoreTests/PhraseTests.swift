import ComplianceCore
import Testing
import YAMLSupport

/// The translation table is complete: every phrase in both languages, placeholders alike.
@Suite struct PhraseTests {
  @Test(arguments: Phrase.allCases)
  func everyPhraseHasBothLanguages(_ phrase: Phrase) {
    let da = phrase.text(.da)
    let en = phrase.text(.en)
    #expect(!da.isEmpty && !en.isEmpty, "\(phrase) lacks a text")
    for placeholder in ["%1", "%2", "%3"] {
      #expect(da.contains(placeholder) == en.contains(placeholder), "\(phrase): \(placeholder) in one language only")
    }
  }

  @Test func argumentsAreNotSearchedForPlaceholders() {
    #expect(Phrase.changedAnswer.format(.en, "a.b", "%2", "%1") == "changed answer: a.b was %2, is now %1")
    #expect(Phrase.changedAnswer.format(.en, "%3", "x", "y") == "changed answer: %3 was x, is now y")
    #expect(Phrase.waived.format(.en) == Phrase.waived.text(.en))
  }
}
