public import YAMLSupport

/// Renders evidence as text.
public enum EvidenceText {
  /// The path with the list item's label after the item: `subprocessors.list[1] ('Acme').countries[0]`.
  static func subject(_ path: String, _ label: String?, actual: String? = nil) -> String {
    guard let label, actual != "'\(label.truncatedForMessage)'" else { return path }
    let tag = " ('\(label.truncatedForMessage)')"
    // The label names the outermost list item (lists of objects are not nested in a declaration).
    guard let bracket = path.firstIndex(of: "]") else { return path + tag }
    let after = path.index(after: bracket)
    return String(path[..<after]) + tag + String(path[after...])
  }

  /// `subprocessors.list[1].transfer.mechanism ('Example Inc.') is 'scc'; expected one of: dpf`.
  public static func render(_ evidence: Evidence, _ language: Language) -> String {
    // A sentence describes the failure its author foresaw, such as a date that is too old; a date
    // after the evaluation date is another failure and keeps its own wording.
    if let says = evidence.says, !evidence.replacesSays {
      let item = evidence.label ?? evidence.path
      return Interpolation.fill(
        says.text(language),
        with: ["label": item, "value": evidence.actualValue?.plainDisplay ?? evidence.actual ?? ""])
    }
    let subject = subject(evidence.path, evidence.label, actual: evidence.actual)
    switch evidence.expectation {
    case .test(let wording, let value):
      // A test that read no value failed because the field is absent (`exists`).
      guard let actual = evidence.actual else { return Phrase.notGiven.format(language, subject) }
      let expectation = wording.texts.text(value, negated: evidence.negated, language)
      return Phrase.isValue.format(language, subject, actual) + "; " + expectation
    case .someItem(let list):
      if evidence.negated { return Phrase.listIsEmpty.format(language, list) }
      return (evidence.path == list ? "" : subject + ": ") + Phrase.noMatchingItem.format(language, list)
    }
  }
}
