public import YAMLSupport

/// What changed in one declaration since the baseline.
public struct BaselineDelta: Sendable {
  /// A requirement whose status changed.
  public struct Change: Sendable, Hashable {
    /// The requirement id.
    public var rule: String
    /// The status in the baseline (nil: the requirement or declaration was not in it).
    public var before: Status?
    /// The status now.
    public var after: Status
  }

  /// A value that changed.
  public struct AnswerChange: Sendable, Hashable {
    /// The data path.
    public var path: String
    /// The value in the baseline (nil: not answered).
    public var before: String?
    /// The value now (nil: not answered).
    public var after: String?
    /// Where the value is now, if it is answered.
    public var location: SourceLocation?
  }

  /// Gaps and unanswered requirements that are new or worse.
  public var new: [Change]
  /// Gaps and unanswered requirements of the baseline that are no longer open.
  public var resolved: [Change]
  /// Answers that changed.
  public var changedAnswers: [AnswerChange]
  /// Whether the declaration was in the baseline at all.
  public var wasInBaseline: Bool

  /// Whether a status fails the gate (waived and settled statuses do not).
  static func isOpen(_ status: Status?) -> Bool { status == .gap || status == .unanswered }

  /// Compares findings with the baseline's entries; marks each finding new or known.
  static func compare(_ findings: inout [Finding], with entries: [String: Baseline.Entry]?) -> BaselineDelta {
    var new: [Change] = []
    var resolved: [Change] = []
    var currentValues: [String: (String?, SourceLocation?)] = [:]
    for index in findings.indices {
      let finding = findings[index]
      let before = entries?[finding.rule]?.status
      let after = finding.status
      // Worse: newly open, or from unanswered to gap.
      let isNew = isOpen(after) && (!isOpen(before) || (before == .unanswered && after == .gap))
      findings[index].isNewSinceBaseline = isNew
      if isNew { new.append(Change(rule: finding.rule, before: before, after: after)) }
      if isOpen(before) && !isOpen(after) { resolved.append(Change(rule: finding.rule, before: before, after: after)) }
      for evidence in finding.evidence where evidence.actual != nil {
        currentValues[evidence.path] = (evidence.actual, evidence.location)
      }
      for missing in finding.missing where currentValues[missing.path] == nil {
        currentValues[missing.path] = (nil, nil)
      }
    }
    var previous: [String: String?] = [:]
    for entry in (entries ?? [:]).values { previous.merge(entry.values) { first, _ in first } }
    var changed: [AnswerChange] = []
    for (path, old) in previous {
      guard let (value, location) = currentValues[path], value != old else { continue }
      changed.append(AnswerChange(path: path, before: old, after: value, location: location))
    }
    return BaselineDelta(
      new: new.sorted { $0.rule < $1.rule }, resolved: resolved.sorted { $0.rule < $1.rule },
      changedAnswers: changed.sorted { $0.path < $1.path }, wasInBaseline: entries != nil)
  }
}
