public import YAMLSupport

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
  /// `service.name`, when answered.
  public var service: String?
  /// `vendor.cvr`, when answered.
  public var cvr: String?
  /// `declared_on`, when answered.
  public var declaredOn: Day?
  /// The id of the profile that judged it.
  public var profile: String
  /// The requirements found a gap or unanswered, in the findings' order: what a portfolio rolls
  /// up as the requirements most often failed; empty unless asked for (`openFindings`).
  public var open: [OpenFinding]

  /// A gap or an unanswered requirement, as a summary keeps it.
  public struct OpenFinding: Sendable, Hashable {
    /// The requirement id.
    public var rule: String
    /// `gap` or `unanswered`.
    public var status: Status
    /// The effective severity.
    public var severity: Severity
    /// The clause.
    public var clause: String
  }

  /// Summarises a declaration's report for the gate `failOn`; `clauses` maps each clause of the
  /// rule set to its position in `RuleSet.clauses`; `openFindings` keeps the gaps and
  /// unanswered requirements (`open`).
  public init(
    _ report: DeclarationReport, failOn: FailOn, clauses clauseIndex: [String: Int] = [:],
    openFindings keepsOpen: Bool = true
  ) {
    file = report.file
    vendor = report.vendor
    service = report.service
    cvr = report.cvr
    declaredOn = report.declaredOn
    profile = report.profile
    var open: [OpenFinding] = []
    valid = report.valid
    diagnostics = report.diagnostics
    var counts = StatusCounts()
    var clauses = report.valid ? Array(repeating: StatusCounts(), count: clauseIndex.count) : []
    var waivers: [SourceLocation: Int] = [:]
    // By index, reading only the fields needed: a loop over the findings would copy each one.
    for position in report.findings.indices {
      let status = report.findings[position].status
      counts[status] += 1
      if keepsOpen && (status == .gap || status == .unanswered) {
        let requirement = report.findings[position].requirement
        open.append(
          OpenFinding(
            rule: requirement.id, status: status, severity: requirement.severity,
            clause: requirement.requirement.clause))
      }
      if !clauses.isEmpty, let index = clauseIndex[report.findings[position].requirement.requirement.clause],
        index < clauses.count
      {
        clauses[index][status] += 1
      }
      if !report.findings[position].matchedWaivers.isEmpty {
        for location in report.findings[position].matchedWaivers { waivers[location, default: 0] += 1 }
      }
    }
    self.counts = counts
    self.open = open
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
