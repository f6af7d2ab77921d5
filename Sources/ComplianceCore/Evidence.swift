public import YAMLSupport

/// A three-valued truth: Kleene logic, where unknown means "not answered".
public enum Truth: Sendable, Hashable {
  case yes, no, unknown

  /// The negation; unknown stays unknown.
  public var negated: Truth {
    switch self {
    case .yes: .no
    case .no: .yes
    case .unknown: .unknown
    }
  }
}

/// What one test saw: the value it read, where, and what it expected.
public struct Evidence: Sendable, Hashable {
  /// The kind of expectation, with its operands as read; they are formatted only when shown.
  public enum Expectation: Sendable, Hashable {
    case equals(Literal)
    case oneOf([Literal])
    case inSet(String)
    case atLeast(Double)
    case atMost(Double)
    case nonEmpty
    /// The field is answered (absence is a gap, not unanswered).
    case exists
    /// On or after a cutoff date (freshness, validity).
    case onOrAfter(Day)
    /// Not after the evaluation date: evidence dated in the future is no evidence.
    case notAfter(Day)
    case minItems(Double)
    case containsAll([Literal], missing: [Literal])
    case containsAny([Literal])
    case sameAs(path: String, value: Value)
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

  /// Whether this summarises a `some` that found no item ("no entry in … meets the requirement").
  var isSearchSummary: Bool {
    if case .someItem = expectation { return !negated }
    return false
  }

  init(path: String, label: String?, location: SourceLocation, actual: Value?, expectation: Expectation, negated: Bool) {
    self.path = path
    self.label = label
    self.location = location
    actualValue = actual
    self.expectation = expectation
    self.negated = negated
  }

  init(path: String, label: String?, location: SourceLocation, actualText: String?, expectation: Expectation, negated: Bool) {
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
    return copy
  }
}

/// An unanswered field: its path and the nearest present ancestor's position.
public struct Missing: Sendable, Hashable {
  /// The data path of the missing field.
  public var path: String
  /// Where the nearest present ancestor is (the section's key, or line 1 column 1).
  public var location: SourceLocation
}

/// A date that satisfies its requirement now but lapses within the warning window.
public struct Lapse: Sendable, Hashable {
  /// The data path of the date.
  public var path: String
  /// A label for the list item the date is in.
  public var label: String?
  /// Where the date is.
  public var location: SourceLocation
  /// The day the requirement stops being met.
  public var lapsesOn: Day
  /// Days from the evaluation date to the last day it is met.
  public var daysLeft: Int
}

/// The result of evaluating a check: its truth and the evidence behind it.
struct Outcome: Sendable {
  var truth: Truth
  var failures: [Evidence] = []
  var supports: [Evidence] = []
  var missing: [Missing] = []
  var lapses: [Lapse] = []

  /// Evidence lists are capped so that a hostile list cannot grow a report without bound.
  static let maxEvidence = 25

  /// Outcomes gathered one at a time, as they are evaluated, and combined into one: the failures
  /// of the false ones, the supports and lapses of the true ones, the missing fields of the unknown
  /// ones. No array of outcomes is built, and the first outcome's lists are taken over, not copied.
  struct Collector {
    private var result = Outcome(truth: .yes)
    private var anyYes = false
    private var anyNo = false
    private var anyUnknown = false

    /// Kleene conjunction of the outcomes added (yes when none were).
    var allTruth: Truth { anyNo ? .no : (anyUnknown ? .unknown : .yes) }
    /// Kleene disjunction of the outcomes added (no when none were).
    var anyTruth: Truth { anyYes ? .yes : (anyUnknown ? .unknown : .no) }

    mutating func add(_ outcome: Outcome) {
      switch outcome.truth {
      case .no:
        anyNo = true
        Self.append(outcome.failures, to: &result.failures)
      case .yes:
        anyYes = true
        Self.append(outcome.supports, to: &result.supports)
        Self.append(outcome.lapses, to: &result.lapses)
      case .unknown:
        anyUnknown = true
        Self.append(outcome.missing, to: &result.missing)
      }
    }

    private static func append<T>(_ items: [T], to list: inout [T]) {
      if list.isEmpty { list = items } else if !items.isEmpty { list.append(contentsOf: items) }
    }

    /// The combined outcome with `truth`.
    func outcome(truth: Truth) -> Outcome {
      var result = result
      result.truth = truth
      // Reported evidence is deduplicated by place (the same value read by two parts of a check);
      // supports are only ever shown as "what was read", where a repeat is harmless.
      result.failures = unique(result.failures) { $0.location == $1.location && $0.path == $1.path && $0.expectation == $1.expectation && $0.negated == $1.negated }
      result.missing = unique(result.missing) { $0.location == $1.location && $0.path == $1.path }
      result.lapses = unique(result.lapses) { $0.location == $1.location }
      if result.supports.count > maxEvidence { result.supports.removeSubrange(maxEvidence...) }
      return result
    }
  }

  /// The first `maxEvidence` distinct items, compared pairwise (the lists are short).
  fileprivate static func unique<T>(_ items: [T], same: (T, T) -> Bool) -> [T] {
    guard items.count > 1 else { return items }
    var result: [T] = []
    for item in items where !result.contains(where: { same($0, item) }) {
      result.append(item)
      if result.count == maxEvidence { break }
    }
    return result
  }
}
