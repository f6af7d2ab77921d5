public import YAMLSupport

/// An unanswered field: its path and the nearest present ancestor's position.
public struct Missing: Sendable, Hashable {
  /// The data path of the missing field.
  public var path: String
  /// Where the nearest present ancestor is (the section's key, or line 1 column 1).
  public var location: SourceLocation
}
