public import YAMLSupport

/// The result for one declaration file.
public struct DeclarationReport: Sendable {
  /// The path as given.
  public var file: String
  /// `vendor.name`, or nil when unanswered or the file is invalid.
  public var vendor: String?
  /// `service.name`, or nil when unanswered or the file is invalid.
  public var service: String?
  /// Whether the file was valid and evaluated.
  public var valid: Bool
  /// Problems in the file (when invalid).
  public var diagnostics: [Diagnostic]
  /// One finding per requirement of the profile, sorted (design §8).
  public var findings: [Finding]
  /// What changed since the baseline, when the run has one.
  public var baseline: BaselineDelta?

  /// Creates a report for one declaration.
  public init(
    file: String, vendor: String?, service: String? = nil, valid: Bool, diagnostics: [Diagnostic], findings: [Finding]
  ) {
    self.file = file
    self.vendor = vendor
    self.service = service
    self.valid = valid
    self.diagnostics = diagnostics
    self.findings = findings
  }

  /// How many findings have `status`.
  public func count(_ status: Status) -> Int {
    findings.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
  }

  /// The findings that fail the gate at `failOn`: gaps and unanswered at or above it, not waived,
  /// and, with a baseline, new or worse since then.
  public func gateFailures(_ failOn: FailOn) -> [Finding] {
    findings.filter { $0.failsGate(failOn) }
  }

  /// How many findings fail the gate `failOn` (without copying them).
  /// Findings are read field by field: calling a method on `findings[index]`, or iterating
  /// `findings`, copies the whole finding first.
  public func gateFailureCount(_ failOn: FailOn) -> Int {
    var count = 0
    for index in findings.indices
    where Finding.failsGate(
      failOn, status: findings[index].status, severity: findings[index].requirement.severity,
      isNewSinceBaseline: findings[index].isNewSinceBaseline)
    {
      count += 1
    }
    return count
  }

  /// The most severe gap, if any.
  public var worstGap: Finding? {
    worstGapIndex.map { findings[$0] }
  }

  /// Where the most severe gap is (findings are sorted most severe first).
  var worstGapIndex: Int? {
    findings.indices.first { findings[$0].status == .gap }
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

/// How many findings have each status: a small value, so that summaries stay small.
public struct StatusCounts: Sendable, Hashable {
  // Sixteen bits a status: a declaration has at most a few hundred findings, and a portfolio keeps
  // one of these per clause per declaration.
  private var values: (UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0)

  /// Empty counts.
  public init() {}

  /// The count for `status`.
  public subscript(status: Status) -> Int {
    get {
      switch status {
      case .met: Int(values.0)
      case .gap: Int(values.1)
      case .unanswered: Int(values.2)
      case .notApplicable: Int(values.3)
      case .waived: Int(values.4)
      }
    }
    set {
      let value = UInt16(clamping: newValue)
      switch status {
      case .met: values.0 = value
      case .gap: values.1 = value
      case .unanswered: values.2 = value
      case .notApplicable: values.3 = value
      case .waived: values.4 = value
      }
    }
  }

  /// All findings counted.
  public var total: Int { Status.allCases.reduce(0) { $0 + self[$1] } }

  public static func == (lhs: StatusCounts, rhs: StatusCounts) -> Bool {
    Status.allCases.allSatisfy { lhs[$0] == rhs[$0] }
  }

  public func hash(into hasher: inout Hasher) {
    for status in Status.allCases { hasher.combine(self[status]) }
  }
}

/// What a run keeps of one declaration once its findings are rendered: enough for summaries,
/// portfolio tables and the gate, so that memory does not grow with the findings of every file.
public struct DeclarationSummary: Sendable {
  /// The most severe gap of a declaration.
  public struct WorstGap: Sendable {
    /// The requirement id.
    public var rule: String
    /// Its severity.
    public var severity: Severity
  }

  /// The path as given.
  public var file: String
  /// `vendor.name`.
  public var vendor: String?
  /// Whether the file was valid.
  public var valid: Bool
  /// Problems in the file.
  public var diagnostics: [Diagnostic]
  /// Findings by status.
  public var counts: StatusCounts
  /// Findings that fail the gate.
  public var gateFailures: Int
  /// The most severe gap.
  public var worstGap: WorstGap?
  /// Findings by status for each clause of `RuleSet.clauses`, in that order (the portfolio matrix).
  public var clauseCounts: [StatusCounts]
  /// Where the waivers this declaration matched are written, with how many findings each matched.
  public var waiverMatches: [SourceLocation: Int]

  /// Summarises a declaration's report for the gate `failOn`; `clauses` maps each clause of the
  /// rule set to its position in `RuleSet.clauses`.
  public init(_ report: DeclarationReport, failOn: FailOn, clauses clauseIndex: [String: Int] = [:]) {
    file = report.file
    vendor = report.vendor
    valid = report.valid
    diagnostics = report.diagnostics
    var counts = StatusCounts()
    var clauses = report.valid ? Array(repeating: StatusCounts(), count: clauseIndex.count) : []
    var waivers: [SourceLocation: Int] = [:]
    // By index, reading only the fields needed: a loop over the findings would copy each one.
    for position in report.findings.indices {
      let status = report.findings[position].status
      counts[status] += 1
      if !clauses.isEmpty, let index = clauseIndex[report.findings[position].requirement.requirement.clause], index < clauses.count {
        clauses[index][status] += 1
      }
      if !report.findings[position].matchedWaivers.isEmpty {
        for location in report.findings[position].matchedWaivers { waivers[location, default: 0] += 1 }
      }
    }
    self.counts = counts
    clauseCounts = clauses
    waiverMatches = waivers
    gateFailures = report.gateFailureCount(failOn)
    worstGap = report.worstGapIndex.map {
      WorstGap(rule: report.findings[$0].requirement.id, severity: report.findings[$0].requirement.severity)
    }
  }

  /// How many findings have `status`.
  public func count(_ status: Status) -> Int { counts[status] }

  /// Whether this declaration passes the gate (and is valid).
  public var passed: Bool { valid && gateFailures == 0 }
}

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
  public init(toolVersion: String, asOf: Day, profile: String, failOn: FailOn, countriesReviewed: Day, declarations: [DeclarationSummary], exclusions: [Exclusion], waivers: [WaiverUse], clauses: [String] = []) {
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
