public import YAMLSupport

/// A fragment of a declaration that must evaluate to an expected status: a requirement's proof.
public struct RequirementExample: Sendable {
  /// A short name.
  public var name: String?
  /// The expected status.
  public var expect: Status
  /// The fragment, validated against the questionnaire.
  public var declaration: Declaration
  /// The evaluation date for the example.
  public var asOf: Day?
  /// Where it is defined.
  public var location: SourceLocation
}
