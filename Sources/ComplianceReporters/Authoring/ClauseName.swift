import ComplianceCore
import YAMLSupport

/// How a clause of the standard DPA is named in the authoring outputs.
enum ClauseName {
  /// "Clause 10: Notification of personal data breaches", "Appendix C.2 Security of processing".
  ///
  /// The title comes from the packs (`Catalog.clauseTitle`); a clause without one is named by its
  /// label alone.
  static func describe(_ clause: String, in catalog: Catalog, _ language: Language) -> String {
    let title = catalog.clauseTitle(clause)?.text(language)
    if Int(clause) != nil {
      let label = AuthoringPhrase.clauseLabel.format(language, clause)
      return title.map { "\(label): \($0)" } ?? label
    }
    let appendix = AuthoringPhrase.appendixWord.text(language)
    guard let title else { return "\(appendix) \(clause)" }
    if title.hasPrefix(appendix) { return title }
    if title.hasPrefix(clause + " ") { return "\(appendix) \(title)" }
    return "\(appendix) \(clause): \(title)"
  }

  /// The clause's title without the label the packs may start it with ("Appendix A: ", "C.2 "),
  /// or nil when no pack names the clause.
  static func title(_ clause: String, in catalog: Catalog, _ language: Language) -> String? {
    guard var title = catalog.clauseTitle(clause)?.text(language) else { return nil }
    for prefix in ["\(AuthoringPhrase.appendixWord.text(language)) \(clause): ", "\(clause): ", "\(clause) "]
    where title.hasPrefix(prefix) {
      title.removeFirst(prefix.count)
      break
    }
    return title
  }
}
