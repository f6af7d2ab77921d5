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
    if let says = evidence.says, !evidence.isFutureDate {
      let item = evidence.label ?? evidence.path
      return Interpolation.fill(
        says.text(language),
        with: ["label": item, "value": evidence.actualValue?.plainDisplay ?? evidence.actual ?? ""])
    }
    let subject = subject(evidence.path, evidence.label, actual: evidence.actual)
    let n = evidence.negated
    let expectation: String
    switch evidence.expectation {
    case .equals(let value):
      expectation = (n ? Phrase.expectedNotEquals : .expectedEquals).format(language, value.display)
    case .oneOf(let values): expectation = (n ? Phrase.expectedNoneOf : .expectedOneOf).format(language, list(values))
    case .inSet(let name): expectation = CountrySetName.expectation(name, negated: n, language)
    case .atLeast(let value):
      expectation = (n ? Phrase.expectedLessThan : .expectedAtLeast).format(language, Value.format(value))
    case .atMost(let value):
      expectation = (n ? Phrase.expectedMoreThan : .expectedAtMost).format(language, Value.format(value))
    case .nonEmpty: expectation = (n ? Phrase.expectedEmpty : .expectedNonEmpty).text(language)
    case .exists:
      guard evidence.actual != nil else { return Phrase.notGiven.format(language, subject) }
      expectation = (n ? Phrase.expectedEmpty : .expectedNonEmpty).text(language)
    case .onOrAfter(let day):
      expectation = (n ? Phrase.expectedBefore : .expectedOnOrAfter).format(language, day.description)
    case .notAfter(let day):
      expectation = (n ? Phrase.expectedAfter : .futureEvidence).format(language, day.description)
    case .minItems(let value):
      expectation = (n ? Phrase.expectedFewerItems : .expectedMinItems).format(language, Value.format(value))
    case .containsAll(let values, let missing):
      expectation =
        n
        ? Phrase.expectedNoneOfItems.format(language, list(values))
        : Phrase.expectedContainsAll.format(language, list(missing))
    case .containsAny(let values):
      expectation = (n ? Phrase.expectedNoneOfItems : .expectedContainsAny).format(language, list(values))
    case .sameAs(let path, let value):
      expectation = (n ? Phrase.expectedDifferentFrom : .expectedSameAs).format(language, path, value.display)
    case .someItem(let list):
      return n
        ? Phrase.listIsEmpty.format(language, list)
        : (evidence.path == list ? "" : subject + ": ") + Phrase.noMatchingItem.format(language, list)
    }
    guard let actual = evidence.actual else { return expectation }
    return Phrase.isValue.format(language, subject, actual) + "; " + expectation
  }

  private static func list(_ literals: [Literal]) -> String {
    literals.map(\.display).joined(separator: ", ")
  }
}
