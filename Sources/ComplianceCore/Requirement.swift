public import YAMLSupport

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

/// A parameter's value.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
  case number(Double)
  case string(String)
  case bool(Bool)

  /// The value as a number, when it is one.
  public var numeric: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// As written in texts: `48`, `true`.
  public var description: String {
    switch self {
    case .number(let value): Value.format(value)
    case .string(let value): value
    case .bool(let value): String(value)
    }
  }

  /// Whether `other` has the same kind (number, text, boolean).
  func hasSameKind(as other: ParameterValue) -> Bool {
    switch (self, other) {
    case (.number, .number), (.string, .string), (.bool, .bool): true
    default: false
    }
  }

  init?(_ scalar: Scalar) {
    switch scalar.value {
    case .int(let value): self = .number(Double(value))
    case .float(let value): self = .number(value)
    case .bool(let value): self = .bool(value)
    case .string(let value): self = .string(value)
    case .null: return nil
    }
  }
}

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
