public import YAMLSupport

/// A requirement: one obligation of the standard DPA or a security baseline, as data.
public struct Requirement: Sendable {
  /// The stable id (`BR-01`).
  public var id: String
  /// The pack that defines it.
  public var pack: String
  /// A short title.
  public var title: LocalizedText
  /// Why it matters, including the reason for its severity.
  public var rationale: LocalizedText
  /// The acceptance criterion in plain language.
  public var metIf: LocalizedText
  /// The standard DPA clause or appendix section (`"10"`, `"C.2"`).
  public var clause: String
  /// GDPR articles.
  public var gdpr: [String]
  /// References in other frameworks (EU 2021/915 clauses, ISO/IEC 27001:2022 Annex A).
  public var mapsTo: [String]
  /// The default severity.
  public var severity: Severity
  /// Whether the requirement only reports an answer (`informational: true`): its check cannot be
  /// false, so it is never a gap, and its examples need no gap.
  public var isInformational = false
  /// Parameters, in definition order.
  public var parameters: [ParameterSpec]
  /// When the requirement applies; nil means always.
  public var appliesWhen: Check?
  /// The check.
  public var check: Check
  /// What to do about a gap; may interpolate `{parameter}`.
  public var remediation: LocalizedText
  /// Examples that must evaluate as stated.
  public var examples: [RequirementExample]
  /// Where the requirement is defined.
  public var definedAt: SourceLocation

  /// The parameter named `name`.
  public func parameter(_ name: String) -> ParameterSpec? {
    parameters.first { $0.name == name }
  }
}
