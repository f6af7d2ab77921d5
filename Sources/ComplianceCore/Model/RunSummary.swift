import YAMLSupport

/// The outcome of one run: every declaration's summary, the gate, and the context.
public struct RunSummary: Sendable {
  /// The tool's name.
  public var toolName = "dpacheck"
  /// The tool's version.
  public var toolVersion: String
  /// The evaluation date.
  public var asOf: Day
  /// The profile id.
  public var profile: String
  /// The gate threshold.
  public var failOn: FailOn
  /// When the country list was reviewed.
  public var countriesReviewed: Day
  /// The declarations, in the order checked (paths sorted).
  public var declarations: [DeclarationSummary]
  /// Requirements excluded by the profile.
  public var exclusions: [Exclusion]
  /// Waivers and how they were used.
  public var waivers: [WaiverUse]

  /// Creates a summary.
  public init(
    toolVersion: String, asOf: Day, profile: String, failOn: FailOn, countriesReviewed: Day,
    declarations: [DeclarationSummary], exclusions: [Exclusion], waivers: [WaiverUse], clauses: [String] = []
  ) {
    self.clauses = clauses
    self.toolVersion = toolVersion
    self.asOf = asOf
    self.profile = profile
    self.failOn = failOn
    self.countriesReviewed = countriesReviewed
    self.declarations = declarations
    self.exclusions = exclusions
    self.waivers = waivers
  }

  /// Whether every declaration is valid.
  public var allValid: Bool { declarations.allSatisfy(\.valid) }

  /// Whether the gate passed: no gap or unanswered finding at or above `failOn`, not waived.
  public var passed: Bool { declarations.allSatisfy { $0.gateFailures == 0 } }

  /// The exit code: 2 for invalid input (it wins), 1 for a failed gate, else 0.
  public var exitCode: Int32 {
    if !allValid { return 2 }
    return passed ? 0 : 1
  }

  /// Whether the run covers more than one declaration.
  public var isPortfolio: Bool { declarations.count > 1 }

  /// The clauses of the rule set, in the standard's order: the columns of `clauseCounts`.
  public var clauses: [String] = []
}
