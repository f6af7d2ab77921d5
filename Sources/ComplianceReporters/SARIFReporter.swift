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
          ruleId: invalidRule, ruleIndex: run.ruleSet.requirements.count, level: "error", kind: "fail",
          message: .init(text: diagnostic.message(lang)),
          locations: [.init(uri: uri, line: diagnostic.location.line, column: diagnostic.location.column)],
          relatedLocations: nil,
          partialFingerprints: [fingerprintKey: Fingerprint.hex([invalidRule, declaration.file, diagnostic.code])],
          suppressions: nil,
          properties: .init(status: "invalid", clause: nil, gdpr: nil, path: nil, vendor: nil))
      }
    }
    return declaration.findings.compactMap { finding -> SARIFLog.Result? in
      guard finding.isListed else { return nil }
      let related = finding.relatedLocations.prefix(20).enumerated().map { offset, item in
        SARIFLog.Location(uri: uri, line: item.location.line, column: item.location.column, id: offset + 1, message: item.path)
      }
      // §3.35: a suppression with kind "external" records that the finding was accepted elsewhere.
      let suppressions = finding.waiver.map { waiver in
        [SARIFLog.Suppression(kind: "external", status: "accepted", justification: "\(waiver.reason) (approved by \(waiver.approvedBy), expires \(waiver.expires))")]
      }
      return SARIFLog.Result(
        ruleId: finding.rule, ruleIndex: index[finding.rule] ?? 0, level: level(finding.severity), kind: "fail",
        message: .init(text: "\(finding.title(lang)): \(finding.message(lang))"),
        locations: [.init(uri: uri, line: finding.location.line, column: finding.location.column)],
        relatedLocations: related.isEmpty ? nil : related,
        // Stable across edits that move lines: requirement, vendor and field path (§3.27.17).
        partialFingerprints: [fingerprintKey: Fingerprint.hex([finding.rule, declaration.vendor ?? declaration.file, finding.path])],
        suppressions: suppressions,
        properties: .init(status: (finding.statusBeforeWaiver ?? finding.status).rawValue, clause: finding.clause, gdpr: finding.requirement.requirement.gdpr, path: finding.path, vendor: declaration.vendor))
    }
  }
}

/// The SARIF log's shape (only what dpacheck writes).
struct SARIFLog: Encodable {
  struct Message: Encodable { var text: String }
  struct MultiformatMessage: Encodable { var text: String; var markdown: String? }

  struct Location: Encodable {
    var uri: String, line: Int, column: Int
    var id: Int? = nil
    var message: String? = nil

    enum CodingKeys: String, CodingKey { case id, physicalLocation, message }
    enum PhysicalKeys: String, CodingKey { case artifactLocation, region }
    enum ArtifactKeys: String, CodingKey { case uri, uriBaseId }
    enum RegionKeys: String, CodingKey { case startLine, startColumn }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encodeIfPresent(id, forKey: .id)
      try container.encodeIfPresent(message.map { Message(text: $0) }, forKey: .message)
      var physical = container.nestedContainer(keyedBy: PhysicalKeys.self, forKey: .physicalLocation)
      var artifact = physical.nestedContainer(keyedBy: ArtifactKeys.self, forKey: .artifactLocation)
      try artifact.encode(uri, forKey: .uri)
      // §3.4.4: a relative uri is resolved against uriBaseId, here the repository root.
      try artifact.encode("%SRCROOT%", forKey: .uriBaseId)
      var region = physical.nestedContainer(keyedBy: RegionKeys.self, forKey: .region)
      try region.encode(line, forKey: .startLine)
      try region.encode(column, forKey: .startColumn)
    }
  }

  struct Suppression: Encodable { var kind: String; var status: String; var justification: String }

  struct Properties: Encodable {
    var status: String
    var clause: String?
    var gdpr: [String]?
    var path: String?
    var vendor: String?
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var kind: String
    var message: Message
    var locations: [Location]
    var relatedLocations: [Location]?
    var partialFingerprints: [String: String]
    var suppressions: [Suppression]?
    var properties: Properties
  }

  struct Rule: Encodable {
    struct Configuration: Encodable { var level: String }
    struct RuleProperties: Encodable {
      var tags: [String]
      var severity: String
      var clause: String
      var gdpr: [String]
      var maps_to: [String]?
      // GitHub code scanning ranks results by this CVSS-like score.
      var securitySeverity: String

      enum CodingKeys: String, CodingKey {
        case tags, severity, clause, gdpr, maps_to
        case securitySeverity = "security-severity"
      }
    }

    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: MultiformatMessage
    var defaultConfiguration: Configuration
    var properties: RuleProperties?
  }

  struct Notification: Encodable {
    var level: String
    var message: Message
    var locations: [Location]
  }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]?
  }

  struct Run: Encodable {
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
      var name: String
      var version: String
      var semanticVersion: String
      var informationUri: String
      var rules: [Rule]
    }
    struct Properties: Encodable { var profile: String; var as_of: String; var fail_on: String; var passed: Bool }

    var tool: Tool
    var columnKind: String
    var invocations: [Invocation]
    /// The results, each declaration's rendered on its own as it is checked.
    var results: StreamedSections
    var properties: Properties
  }

  var version = "2.1.0"
  var schema = "https://json.schemastore.org/sarif-2.1.0.json"
  var runs: [Run]

  enum CodingKeys: String, CodingKey {
    case version, runs
    case schema = "$schema"
  }

  init(summary: RunSummary, run: RunContext) {
    let lang = run.language
    var rules = run.ruleSet.requirements.map { resolved -> Rule in
      let requirement = resolved.requirement
      let help = "\(resolved.text(\.metIf, lang))\n\n\(Phrase.remediation.text(lang)): \(resolved.text(\.remediation, lang))"
      let markdown = "**\(Phrase.criterion.text(lang)):** \(resolved.text(\.metIf, lang))\n\n**\(Phrase.remediation.text(lang)):** \(resolved.text(\.remediation, lang))\n\n\(LegalCitation.clause(requirement.clause, lang)) · \(LegalCitation.gdpr(requirement.gdpr, lang))"
      return Rule(
        id: resolved.id, name: Self.ruleName(requirement.title.en),
        shortDescription: .init(text: resolved.text(\.title, lang)),
        fullDescription: .init(text: resolved.text(\.rationale, lang)),
        help: .init(text: help, markdown: markdown),
        defaultConfiguration: .init(level: SARIFReporter.level(resolved.severity)),
        properties: .init(
          tags: ["gdpr", "dpa", "clause-\(requirement.clause)"], severity: resolved.severity.rawValue,
          clause: requirement.clause, gdpr: requirement.gdpr, maps_to: requirement.mapsTo.isEmpty ? nil : requirement.mapsTo,
          securitySeverity: Self.securitySeverity(resolved.severity)))
    }
    rules.append(Rule(
      id: SARIFReporter.invalidRule, name: "InvalidDeclaration",
      shortDescription: .init(text: Phrase.invalidDeclaration.text(lang)),
      fullDescription: .init(text: Phrase.invalidDeclaration.text(lang)),
      help: .init(text: Phrase.invalidDeclaration.text(lang), markdown: nil),
      defaultConfiguration: .init(level: "error"), properties: nil))
    let notifications = summary.declarations.filter { !$0.valid }.flatMap { declaration in
      declaration.diagnostics.map {
        Notification(
          level: "error", message: .init(text: $0.message(lang)),
          locations: [
            Location(uri: ArtifactURI.relative(declaration.file, workingDirectory: run.workingDirectory), line: $0.location.line, column: $0.location.column)
          ])
      }
    }
    runs = [Run(
      tool: .init(driver: .init(name: summary.toolName, version: summary.toolVersion, semanticVersion: summary.toolVersion, informationUri: "https://github.com/dpacheck/dpacheck", rules: rules)),
      // §3.14.19: our columns count Unicode code points.
      columnKind: "unicodeCodePoints",
      invocations: [Invocation(executionSuccessful: summary.allValid, toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
      results: StreamedSections(),
      properties: .init(profile: summary.profile, as_of: summary.asOf.description, fail_on: summary.failOn.rawValue, passed: summary.passed))]
  }

  static func ruleName(_ title: String) -> String {
    title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  static func securitySeverity(_ severity: Severity) -> String {
    switch severity {
    case .critical: "9.0"
    case .high: "7.0"
    case .medium: "5.0"
    case .low: "3.0"
    }
  }
}

/// Relative artifact URIs: reports never contain absolute paths.
enum ArtifactURI {
  /// `path` relative to the working folder, percent-encoded.
  static func relative(_ path: String, workingDirectory: String) -> String {
    var relative = path
    if path.hasPrefix("/") { relative = PathName.relative(path, to: workingDirectory) }
    if relative.hasPrefix("./") { relative = String(relative.dropFirst(2)) }
    return percentEncode(relative)
  }

  static func percentEncode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      let scalar = Unicode.Scalar(byte)
      if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || "-._~/".unicodeScalars.contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}

/// A stable 64-bit FNV-1a fingerprint, independent of Swift's per-process hash seed.
enum Fingerprint {
  static func hex(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "\u{1F}").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
