public import YAMLSupport

/// What one test saw: the value it read, where, and what it expected.
public struct Evidence: Sendable, Hashable {
  /// What was expected, with its operands as read; they are formatted only when shown.
  public enum Expectation: Sendable, Hashable {
    /// A leaf's test, in its operator's wording (`Operators.swift`).
    case test(Operator.Wording, ExpectedValue)
    /// A `some` quantifier found no matching item.
    case someItem(list: String)
  }

  /// The data path of the value (`subprocessors.list[1].transfer.mechanism`).
  public var path: String
  /// A label for the list item the value is in, such as a sub-processor's name.
  public var label: String?
  /// Where the value is.
  public var location: SourceLocation
  /// The value read, kept as a value so that it is only formatted when a report shows it.
  var actualValue: Value?
  /// A fixed text in place of a value (`[]` for an empty list).
  var actualText: String?

  /// The value as shown (`72`, `'US'`), or nil when the evidence is about a whole list.
  public var actual: String? { actualText ?? actualValue?.display }
  /// What was expected.
  public var expectation: Expectation
  /// Whether the expectation is negated (the test was under `not`, or an inverse operator).
  public var negated: Bool
  /// Whether this failure is one of the alternatives of an `any` that all failed (shown joined
  /// by "or").
  public var isAlternative = false
  /// Whether this is context rather than a failure of its own: an item that a join compared with
  /// and did not match (the UK entry of `transfers` when a Serbian location has none). It is shown
  /// in the message, but is no place where the declaration fails.
  public var isContext = false
  /// The failed test's own wording (`says`), shown in place of the generic one.
  public var says: LocalizedText?

  /// Whether this failure is one the test's `says` does not describe (a date after the evaluation
  /// date, which no freshness test accepts), so that it keeps its own wording.
  var replacesSays: Bool {
    if case .test(let wording, _) = expectation { return wording.texts.replacesSays && !negated }
    return false
  }

  /// Whether this summarises a `some` that found no item ("no entry in … meets the requirement").
  var isSearchSummary: Bool {
    if case .someItem = expectation { return !negated }
    return false
  }

  init(path: String, label: String?, location: SourceLocation, actual: Value?, expectation: Expectation, negated: Bool)
  {
    self.path = path
    self.label = label
    self.location = location
    actualValue = actual
    self.expectation = expectation
    self.negated = negated
  }

  init(
    path: String, label: String?, location: SourceLocation, actualText: String?, expectation: Expectation, negated: Bool
  ) {
    self.path = path
    self.label = label
    self.location = location
    self.actualText = actualText
    self.expectation = expectation
    self.negated = negated
  }

  func toggled() -> Evidence {
    var copy = self
    copy.negated.toggle()
    // A test's wording describes its own failure, not that of its negation.
    copy.says = nil
    return copy
  }
}
