public import ComplianceCore
import YAMLSupport

/// GitLab's Code Quality report (a subset of the Code Climate issue format): a JSON array with one
/// issue per gap and unanswered requirement, and one per problem of an invalid declaration.
/// GitLab shows these in merge requests on every tier.
///
/// Waived findings are left out: the municipality accepted them. A fingerprint hashes the
/// requirement, the file and the field path, so an issue keeps its identity when lines move, and
/// two services of one vendor in two files stay two issues (GitLab merges equal fingerprints).
public struct CodeQualityReporter: JSONEnvelopeReporter {
  /// Creates the reporter.
  public init() {}

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    try Self.issues(for: declaration, in: run).map { try JSONText.encode($0, indent: 2) }.joined(separator: ",\n")
  }

  /// The document is the array itself.
  func envelope(_ summary: RunSummary, in run: RunContext) -> any Encodable {
    StreamedSections()
  }

  /// GitLab's severity (info, minor, major, critical, blocker) for a requirement's.
  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .critical: "critical"
    case .high: "major"
    case .medium: "minor"
    case .low: "info"
    }
  }

  static func issues(for declaration: DeclarationReport, in run: RunContext) -> [Issue] {
    let lang = run.language
    let path = ArtifactURI.relativePath(declaration.file, workingDirectory: run.workingDirectory)
    guard declaration.valid else {
      return declaration.diagnostics.map { diagnostic in
        Issue(
          description: diagnostic.message(lang), check_name: SARIFReporter.invalidRule,
          fingerprint: Fingerprint.hex([SARIFReporter.invalidRule, declaration.file, diagnostic.code.rawValue]),
          severity: "blocker", location: .init(path: path, lines: .init(begin: diagnostic.location.line)))
      }
    }
    return declaration.findings.compactMap { finding -> Issue? in
      guard finding.status == .gap || finding.status == .unanswered, finding.waiver == nil else { return nil }
      return Issue(
        description: "\(finding.rule) \(finding.title(lang)): \(finding.message(lang))", check_name: finding.rule,
        fingerprint: Fingerprint.hex([finding.rule, declaration.file, finding.path]),
        severity: severity(finding.severity),
        location: .init(path: path, lines: .init(begin: finding.location.line)))
    }
  }

  /// One issue of the report.
  struct Issue: Encodable {
    struct Lines: Encodable { var begin: Int }
    struct Location: Encodable {
      var path: String
      var lines: Lines
    }

    var description: String
    var check_name: String
    var fingerprint: String
    var severity: String
    var location: Location
  }
}
