public import YAMLSupport

/// A requirement as a profile tailors it: effective severity and parameters, and who set them.
///
/// A class, so that the findings of a portfolio share it instead of copying the requirement.
public final class ResolvedRequirement: Sendable {
  /// The requirement as defined by its pack.
  public let requirement: Requirement
  /// The effective severity.
  public let severity: Severity
  /// The profile that set the severity, or nil for the pack's default.
  public let severitySetBy: String?
  /// The effective parameter values.
  public let parameters: [String: ParameterValue]
  /// For each parameter set by a profile, that profile's id.
  public let parameterSetBy: [String: String]
  /// The parameter values as text, for filling in `{name}` placeholders.
  let parameterTexts: [String: String]

  /// Creates a resolved requirement.
  public init(
    requirement: Requirement, severity: Severity, severitySetBy: String?, parameters: [String: ParameterValue],
    parameterSetBy: [String: String]
  ) {
    self.requirement = requirement
    self.severity = severity
    self.severitySetBy = severitySetBy
    self.parameters = parameters
    self.parameterSetBy = parameterSetBy
    parameterTexts = parameters.mapValues(\.description)
  }

  /// `requirement` with its pack's severity and parameter defaults, as no profile tailors it.
  public static func defaults(_ requirement: Requirement) -> ResolvedRequirement {
    ResolvedRequirement(
      requirement: requirement, severity: requirement.severity, severitySetBy: nil,
      parameters: Dictionary(
        requirement.parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
      parameterSetBy: [:])
  }

  /// The id.
  public var id: String { requirement.id }

  /// One of the requirement's texts in `language`, with `{parameter}` placeholders filled in.
  public func text(_ keyPath: KeyPath<Requirement, LocalizedText>, _ language: Language) -> String {
    Interpolation.fill(requirement[keyPath: keyPath].text(language), with: parameterTexts)
  }
}
