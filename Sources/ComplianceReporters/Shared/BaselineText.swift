import ComplianceCore
import YAMLSupport

/// The changes since a baseline, in plain text.
enum BaselineText {
  /// The changes as lines without heading or indent, shared by the human formats: one line per
  /// change, with the file name and the values (from the declaration and from the baseline)
  /// escaped by the display rule, so that a value can neither start a line nor send escapes.
  static func lines(_ delta: BaselineDelta, file: String, lang: Language) -> [String] {
    var lines: [String] = []
    if !delta.wasInBaseline { lines.append(Phrase.notInBaseline.text(lang)) }
    for change in delta.new {
      let before = change.before?.name(lang) ?? "–"
      lines.append("+ \(Phrase.newFinding.format(lang, change.rule, change.after.name(lang), before))")
    }
    for change in delta.resolved {
      let before = change.before?.name(lang) ?? "–"
      lines.append("- \(Phrase.resolvedFinding.format(lang, change.rule, before, change.after.name(lang)))")
    }
    for answer in delta.changedAnswers {
      let place = answer.location.map { "\(file.escapingControls):\($0.line): " } ?? ""
      let before = answer.before?.escapingControls ?? Phrase.notAnswered.text(lang)
      let after = answer.after?.escapingControls ?? Phrase.notAnswered.text(lang)
      lines.append("~ \(place)\(Phrase.changedAnswer.format(lang, answer.path.escapingControls, before, after))")
    }
    if delta.new.isEmpty && delta.resolved.isEmpty && delta.changedAnswers.isEmpty {
      lines.append(Phrase.noChanges.text(lang))
    }
    return lines
  }

  /// The text report's block: a heading, then the lines indented.
  static func text(_ delta: BaselineDelta, file: String, lang: Language) -> String {
    "\n  \(Phrase.changesSinceBaseline.text(lang)):\n"
      + lines(delta, file: file, lang: lang).map { "    \($0)\n" }.joined()
  }
}
