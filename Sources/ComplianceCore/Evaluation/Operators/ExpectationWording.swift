public import YAMLSupport

/// How a report words what a test expected, in Danish and English: `expected at least %1`, and for
/// the negated test (under `not`, or an inverse operator) `expected less than %1`.
///
/// `%1`, `%2`, … are the operands of the expectation (`ExpectedValue`). The texts of each wording
/// of the operator table are `Operator.Wording.texts`.
public struct ExpectationWording: Sendable {
  /// What the test expects: `expected at least %1`.
  public let plain: LocalizedText
  /// What the negated test expects: `expected less than %1`.
  public let negated: LocalizedText
  /// Wordings of their own for particular names (`ExpectedValue.name`): the shipped country sets
  /// in the domain's words, so that a message never names a set of the rule language.
  public let names: [String: (plain: LocalizedText, negated: LocalizedText)]
  /// Whether a failure of the plain test is one a leaf's `says` does not describe, and is shown in
  /// this wording instead: a date after the evaluation date, where `says` speaks of a date that is
  /// too old.
  public let replacesSays: Bool

  init(
    plain: LocalizedText, negated: LocalizedText,
    names: [String: (plain: LocalizedText, negated: LocalizedText)] = [:], replacesSays: Bool = false
  ) {
    self.plain = plain
    self.negated = negated
    self.names = names
    self.replacesSays = replacesSays
  }

  /// The expectation with operands `value`, in `language`.
  public func text(_ value: ExpectedValue, negated isNegated: Bool, _ language: Language) -> String {
    if case .name(let name) = value, let own = names[name] {
      return (isNegated ? own.negated : own.plain).text(language)
    }
    let template = (isNegated ? negated : plain).text(language)
    return Phrase.fill(template, value.arguments(negated: isNegated))
  }
}
