import YAMLSupport

/// A section of the declaration: one top-level key, with the clause it serves.
public struct QuestionnaireSection: Sendable {
  /// The top-level key.
  public var key: String
  /// The standard DPA clause or appendix section.
  public var clause: String
  /// The section's title.
  public var title: LocalizedText
}
