public import ComplianceCore
import YAMLSupport

/// SARIF 2.1.0 for code scanning: one run, a rule per requirement, a result per gap, unanswered
/// and waived finding.
///
/// References are to the OASIS SARIF 2.1.0 specification.
public struct SARIFReporter: JSONEnvelopeReporter {
  /// Creates the reporter.
  public init() {}

  /// The rule id used for an invalid declaration (a YAML or questionnaire error).
  static let invalidRule = "DPACHECK-INPUT"
  /// The key of the fingerprint in `partialFingerprints` (§3.27.17); versioned so it can change.
  static let fingerprintKey = "dpacheck/v1"

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    let results = Self.results(for: declaration, in: run)
    guard !results.isEmpty else { return "" }
    return try results.map { result in
      try JSONText.encode(result, indent: 8)
    }.joined(separator: ",\n")
  }

  func envelope(_ summary: RunSummary, in run: RunContext) -> any Encodable {
    SARIFLog(summary: summary, run: run)
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .critical, .high: "error"
    case .medium: "warning"
    case .low: "note"
    }
  }

  static func results(for declaration: DeclarationReport, in run: RunContext) -> [SARIFLog.Result] {
    let lang = run.language
    let uri = ArtifactURI.relative(declaration.file, workingDirectory: run.workingDirectory)
    let index = run.requirementIndex
    guard declaration.valid else {
      return declaration.diagnostics.map { diagnostic in
        SARIFLog.Result(
          ruleId: invalidRule, ruleIndex: run.requirements.count, level: "error", kind: "fail",
          message: .init(text: diagnostic.message(lang)),
          locations: [.init(uri: uri, line: diagnostic.location.line, column: diagnostic.location.column)],
          relatedLocations: nil,
          partialFingerprints: [
            fingerprintKey: Fingerprint.hex([invalidRule, declaration.file, diagnostic.code.rawValue])
          ],
          suppressions: nil,
          properties: .init(
            status: "invalid", clause: nil, gdpr: nil, path: nil, vendor: nil, profile: declaration.profile))
      }
    }
    return declaration.findings.compactMap { finding -> SARIFLog.Result? in
      guard finding.isListed else { return nil }
      let related = finding.relatedLocations.prefix(20).enumerated().map { offset, item in
        SARIFLog.Location(
          uri: uri, line: item.location.line, column: item.location.column, id: offset + 1, message: item.path)
      }
      // §3.35: a suppression with kind "external" records that the finding was accepted elsewhere.
      let suppressions = finding.waiver.map { waiver in
        [
          SARIFLog.Suppression(
            kind: "external", status: "accepted",
            justification: "\(waiver.reason) (approved by \(waiver.approvedBy), expires \(waiver.expires))")
        ]
      }
      return SARIFLog.Result(
        ruleId: finding.rule, ruleIndex: index[finding.rule] ?? 0, level: level(finding.severity), kind: "fail",
        message: .init(text: "\(finding.title(lang)): \(finding.message(lang))"),
        locations: [.init(uri: uri, line: finding.location.line, column: finding.location.column)],
        relatedLocations: related.isEmpty ? nil : related,
        // Stable across edits that move lines: requirement, vendor and field path (§3.27.17).
        partialFingerprints: [
          fingerprintKey: Fingerprint.hex([finding.rule, declaration.vendor ?? declaration.file, finding.path])
        ],
        suppressions: suppressions,
        properties: .init(
          status: (finding.statusBeforeWaiver ?? finding.status).rawValue, clause: finding.clause,
          gdpr: finding.requirement.requirement.gdpr, path: finding.path, vendor: declaration.vendor,
          profile: declaration.profile))
    }
  }
}
