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
    // A test's wording describes its own failure, not that of its negation.
    copy.says = nil
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
  ///
  /// Each list is kept as it is reported while it grows: at most `maxEvidence` items, failures,
  /// missing fields and lapses without repeats. A quantifier over a list of a million items then
  /// holds 25 pieces of evidence, not a million.
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
      // Reported evidence is deduplicated by place (the same value read by two parts of a check);
      // supports are only ever shown as "what was read", where a repeat is harmless.
      switch outcome.truth {
      case .no:
        anyNo = true
        Self.merge(outcome.failures, into: &result.failures) {
          $0.location == $1.location && $0.path == $1.path && $0.expectation == $1.expectation
            && $0.negated == $1.negated
        }
      case .yes:
        anyYes = true
        Self.merge(outcome.supports, into: &result.supports, same: nil)
        Self.merge(outcome.lapses, into: &result.lapses) { $0.location == $1.location }
      case .unknown:
        anyUnknown = true
        Self.merge(outcome.missing, into: &result.missing) { $0.location == $1.location && $0.path == $1.path }
      }
    }

    /// Appends `items` to `list` until it holds `maxEvidence`, skipping an item that is the `same`
    /// as one already in it; the first `maxEvidence` distinct items, compared pairwise (the lists
    /// are short). An empty list takes over `items` when they need no checking.
    private static func merge<T>(_ items: [T], into list: inout [T], same: ((T, T) -> Bool)?) {
      if list.isEmpty && items.count <= (same == nil ? maxEvidence : 1) {
        list = items
        return
      }
      for item in items {
        guard list.count < maxEvidence else { return }
        if let same, list.contains(where: { same($0, item) }) { continue }
        list.append(item)
      }
    }

    /// The pieces of evidence held so far, of every kind: what a long list costs while it is
    /// evaluated.
    var heldEvidence: Int {
      result.failures.count + result.supports.count + result.missing.count + result.lapses.count
    }

    /// The combined outcome with `truth`.
    func outcome(truth: Truth) -> Outcome {
      var result = result
      result.truth = truth
      return result
    }
  }
}
