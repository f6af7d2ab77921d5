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
  /// The id of the profile that judged it (with `--profile-map`, each declaration's own).
  public var profile = ""
  /// The vendor's CVR number, when answered.
  public var cvr: String?
  /// The day the declaration was made (`declared_on`), when answered.
  public var declaredOn: Day?

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

  /// How many findings fail the gate `failOn`.
  public func gateFailureCount(_ failOn: FailOn) -> Int {
    findings.count { $0.failsGate(failOn) }
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
