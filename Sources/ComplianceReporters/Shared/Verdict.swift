import ComplianceCore
import YAMLSupport

/// The run's verdict.
enum Verdict {
  static func text(_ summary: RunSummary, lang: Language) -> String {
    !summary.allValid
      ? Phrase.verdictInvalid.text(lang)
      : (summary.passed ? Phrase.verdictPassed.text(lang) : Phrase.verdictFailed.text(lang))
  }

  static func text(_ declaration: DeclarationSummary, lang: Language) -> String {
    !declaration.valid
      ? Phrase.verdictInvalid.text(lang)
      : (declaration.gateFailures == 0 ? Phrase.verdictPassed.text(lang) : Phrase.verdictFailed.text(lang))
  }

  static func styled(_ summary: RunSummary, lang: Language, style: Style) -> String {
    let text = text(summary, lang: lang)
    return summary.allValid && summary.passed ? style.green(text) : style.red(text)
  }
}
