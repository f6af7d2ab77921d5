public import YAMLSupport

/// How much a gap matters; ordered so that `critical > low`.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  case low, medium, high, critical

  private var rank: Int {
    switch self {
    case .low: 0
    case .medium: 1
    case .high: 2
    case .critical: 3
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The gate threshold: the lowest severity whose gaps fail the run, or `none`.
public enum FailOn: String, Sendable, Hashable, CaseIterable, Codable {
  case critical, high, medium, low, none

  /// The threshold's name in `language`: a severity's name, or "none".
  public func name(_ language: Language) -> String {
    Severity(rawValue: rawValue)?.name(language) ?? Phrase.none.text(language)
  }

  /// Whether a finding of `severity` is at or above the threshold.
  public func includes(_ severity: Severity) -> Bool {
    guard let threshold = Severity(rawValue: rawValue) else { return false }
    return severity >= threshold
  }
}

/// The outcome of one requirement for one declaration.
public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
  case met, gap, unanswered
  case notApplicable = "not_applicable"
  case waived
}
