import YAMLSupport

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
