public import YAMLSupport

/// The result for one declaration file.
public struct DeclarationReport: Sendable {
  /// The path as given.
  public var file: String
  /// `vendor.name`, or nil when unanswered or the file is invalid.
  public var vendor: String?
  /// Whether the file was valid and evaluated.
  public var valid: Bool
  /// Problems in the file (when invalid).
  public var diagnostics: [Diagnostic]
  /// One finding per requirement of the profile, sorted (design §8).
  public var findings: [Finding]

  /// Creates a report for one declaration.
  public init(file: String, vendor: String?, valid: Bool, diagnostics: [Diagnostic], findings: [Finding]) {
    self.file = file
    self.vendor = vendor
    self.valid = valid
    self.diagnostics = diagnostics
    self.findings = findings
  }

  /// How many findings have `status`.
  public func count(_ status: Status) -> Int {
    findings.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
  }

  /// The findings that fail the gate at `failOn`: gaps and unanswered at or above it, not waived.
  public func gateFailures(_ failOn: FailOn) -> [Finding] {
    findings.filter { ($0.status == .gap || $0.status == .unanswered) && failOn.includes($0.severity) }
  }

  /// The most severe gap, if any.
  public var worstGap: Finding? {
    findings.first { $0.status == .gap }
  }

  /// Sorts findings: most severe first, then clause in the standard's order, then id.
  public static func sort(_ findings: [Finding]) -> [Finding] {
    findings.sorted { a, b in
      if a.severity != b.severity { return a.severity > b.severity }
      if a.clause != b.clause { return Clause.precedes(a.clause, b.clause) }
      return a.rule < b.rule
    }
  }
}

/// How a waiver fared in a run.
public struct WaiverUse: Sendable {
  /// The state of a waiver.
  public enum State: String, Sendable, Codable {
    case live, expiring, expired, unused
  }

  /// The waiver.
  public var waiver: Waiver
  /// Its state; a live or expiring waiver that matched nothing is `unused`.
  public var state: State
  /// How many findings it matched.
  public var matches: Int
}

/// The report of one run: every declaration checked, the gate, and the context.
public struct Report: Sendable {
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
  public var declarations: [DeclarationReport]
  /// Requirements excluded by the profile.
  public var exclusions: [Exclusion]
  /// Waivers and how they were used.
  public var waivers: [WaiverUse]

  /// Creates a report.
  public init(toolVersion: String, asOf: Day, profile: String, failOn: FailOn, countriesReviewed: Day, declarations: [DeclarationReport], exclusions: [Exclusion], waivers: [WaiverUse]) {
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
  public var passed: Bool {
    declarations.allSatisfy { $0.gateFailures(failOn).isEmpty }
  }

  /// The exit code: 2 for invalid input (it wins), 1 for a failed gate, else 0.
  public var exitCode: Int32 {
    if !allValid { return 2 }
    return passed ? 0 : 1
  }
}
