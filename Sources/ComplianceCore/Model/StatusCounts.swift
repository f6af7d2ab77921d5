import YAMLSupport

/// How many findings have each status: a small value, so that summaries stay small.
public struct StatusCounts: Sendable, Hashable {
  // Sixteen bits a status: a declaration has at most a few hundred findings, and a portfolio keeps
  // one of these per clause per declaration.
  private var values: (UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0)

  /// Empty counts.
  public init() {}

  /// The count for `status`.
  public subscript(status: Status) -> Int {
    get {
      switch status {
      case .met: Int(values.0)
      case .gap: Int(values.1)
      case .unanswered: Int(values.2)
      case .notApplicable: Int(values.3)
      case .waived: Int(values.4)
      }
    }
    set {
      let value = UInt16(clamping: newValue)
      switch status {
      case .met: values.0 = value
      case .gap: values.1 = value
      case .unanswered: values.2 = value
      case .notApplicable: values.3 = value
      case .waived: values.4 = value
      }
    }
  }

  /// All findings counted.
  public var total: Int { Status.allCases.reduce(0) { $0 + self[$1] } }

  public static func == (lhs: StatusCounts, rhs: StatusCounts) -> Bool {
    Status.allCases.allSatisfy { lhs[$0] == rhs[$0] }
  }

  public func hash(into hasher: inout Hasher) {
    for status in Status.allCases { hasher.combine(self[status]) }
  }
}
