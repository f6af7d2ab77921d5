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
  /// The kind of expectation, with its operands resolved for display.
  public enum Expectation: Sendable, Hashable {
    case equals(String)
    case oneOf([String])
    case inSet(String)
    case atLeast(String)
    case atMost(String)
    case nonEmpty
    /// The field is answered (absence is a gap, not unanswered).
    case exists
    /// On or after a cutoff date (freshness, validity).
    case onOrAfter(Day)
    case minItems(String)
    case containsAll([String], missing: [String])
    case containsAny([String])
    case sameAs(path: String, value: String)
    /// A `some` quantifier found no matching item.
    case someItem(list: String)
  }

  /// The data path of the value (`subprocessors.list[1].transfer.mechanism`).
  public var path: String
  /// A label for the list item the value is in, such as a sub-processor's name.
  public var label: String?
  /// Where the value is.
  public var location: SourceLocation
  /// The value as shown (`72`, `'US'`), or nil when the evidence is about a whole list.
  public var actual: String?
  /// What was expected.
  public var expectation: Expectation
  /// Whether the expectation is negated (the test was under `not`, or an inverse operator).
  public var negated: Bool

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

  static func combine(_ outcomes: [Outcome], truth: Truth) -> Outcome {
    var result = Outcome(truth: truth)
    for outcome in outcomes {
      switch outcome.truth {
      case .no: result.failures.append(contentsOf: outcome.failures)
      case .yes:
        result.supports.append(contentsOf: outcome.supports)
        result.lapses.append(contentsOf: outcome.lapses)
      case .unknown: result.missing.append(contentsOf: outcome.missing)
      }
    }
    result.failures = Array(unique(result.failures).prefix(maxEvidence))
    result.supports = Array(unique(result.supports).prefix(maxEvidence))
    result.missing = Array(unique(result.missing).prefix(maxEvidence))
    result.lapses = Array(unique(result.lapses).prefix(maxEvidence))
    return result
  }

  private static func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
  }
}
