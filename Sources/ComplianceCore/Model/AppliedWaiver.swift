public import YAMLSupport

/// A waiver applied to a finding.
public struct AppliedWaiver: Sendable, Hashable {
  /// Why the gap is accepted.
  public var reason: String
  /// Who approved it.
  public var approvedBy: String
  /// The last day it applies.
  public var expires: Day
  /// Where the waiver is written.
  public var location: SourceLocation
}
