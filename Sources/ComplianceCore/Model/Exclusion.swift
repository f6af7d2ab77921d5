import YAMLSupport

/// An excluded requirement with its statement of applicability.
public struct Exclusion: Sendable {
  /// The requirement id.
  public var rule: String
  /// Why it does not apply.
  public var justification: String
  /// The profile that excluded it.
  public var setBy: String
}
