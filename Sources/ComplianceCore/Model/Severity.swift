import YAMLSupport

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
