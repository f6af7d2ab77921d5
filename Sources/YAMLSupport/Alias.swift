/// What an alias repeats: the anchor's name and where the anchored node is defined.
public struct Alias: Sendable, Hashable {
  /// The anchor's name, without `&` or `*`.
  public var name: String
  /// Where the anchored node starts.
  public var definedAt: SourceLocation

  /// Creates an alias's description.
  public init(name: String, definedAt: SourceLocation) {
    self.name = name
    self.definedAt = definedAt
  }

  /// A note for a diagnostic at the alias, pointing at the definition.
  public var note: Diagnostic.Note {
    Diagnostic.Note(.noteAliasDefinition, .text(name.truncatedForMessage), .number(definedAt.line), at: definedAt)
  }
}
