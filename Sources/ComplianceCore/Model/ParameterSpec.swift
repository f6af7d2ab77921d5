import YAMLSupport

/// A parameter of a requirement: a threshold the standard leaves to the parties.
public struct ParameterSpec: Sendable {
  /// The name, unique within the requirement.
  public var name: String
  /// The default value.
  public var value: ParameterValue
  /// What it means.
  public var description: LocalizedText?
  /// For a number: the values it may take, from the checks that use it (nil when no check uses it
  /// as a number).
  public var range: NumberRange?
}
