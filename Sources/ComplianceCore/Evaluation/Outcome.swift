import YAMLSupport

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
