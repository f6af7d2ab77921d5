import ComplianceCore
import YAMLSupport

/// The SARIF log's shape (only what dpacheck writes).
struct SARIFLog: Encodable {
  struct Message: Encodable { var text: String }
  struct MultiformatMessage: Encodable {
    var text: String
    var markdown: String?
  }

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

  struct Suppression: Encodable {
    var kind: String
    var status: String
    var justification: String
  }

  struct Properties: Encodable {
    var status: String
    var clause: String?
    var gdpr: [String]?
    var path: String?
    var vendor: String?
    /// The profile that judged the declaration (with --profile-map, its own).
    var profile: String?
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
    struct Properties: Encodable {
      var profile: String
      var as_of: String
      var fail_on: String
      var passed: Bool
    }

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
    var rules = run.requirements.map { resolved -> Rule in
      let requirement = resolved.requirement
      let criterion = resolved.text(\.metIf, lang)
      let remediation = resolved.text(\.remediation, lang)
      let help = "\(criterion)\n\n\(Phrase.remediation.text(lang)): \(remediation)"
      let clause = LegalCitation.clause(requirement.clause, lang)
      let markdown =
        "**\(Phrase.criterion.text(lang)):** \(criterion)\n\n"
        + "**\(Phrase.remediation.text(lang)):** \(remediation)\n\n"
        + "\(clause) · \(LegalCitation.gdpr(requirement.gdpr, lang))"
      return Rule(
        id: resolved.id, name: Self.ruleName(requirement.title.en),
        shortDescription: .init(text: resolved.text(\.title, lang)),
        fullDescription: .init(text: resolved.text(\.rationale, lang)),
        help: .init(text: help, markdown: markdown),
        defaultConfiguration: .init(level: SARIFReporter.level(resolved.severity)),
        properties: .init(
          tags: ["gdpr", "dpa", "clause-\(requirement.clause)"], severity: resolved.severity.rawValue,
          clause: requirement.clause, gdpr: requirement.gdpr,
          maps_to: requirement.mapsTo.isEmpty ? nil : requirement.mapsTo,
          securitySeverity: Self.securitySeverity(resolved.severity)))
    }
    rules.append(
      Rule(
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
            Location(
              uri: ArtifactURI.relative(declaration.file, workingDirectory: run.workingDirectory),
              line: $0.location.line, column: $0.location.column)
          ])
      }
    }
    runs = [
      Run(
        tool: .init(
          driver: .init(
            name: summary.toolName, version: summary.toolVersion, semanticVersion: summary.toolVersion,
            informationUri: "https://github.com/dpacheck/dpacheck", rules: rules)),
        // §3.14.19: our columns count Unicode code points.
        columnKind: "unicodeCodePoints",
        invocations: [
          Invocation(
            executionSuccessful: summary.allValid,
            toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
        ],
        results: StreamedSections(),
        properties: .init(
          profile: summary.profile, as_of: summary.asOf.description, fail_on: summary.failOn.rawValue,
          passed: summary.passed))
    ]
  }

  static func ruleName(_ title: String) -> String {
    title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined()
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
