public import ComplianceCore
public import YAMLSupport

/// The JSON report's shape; decodable so that a baseline can be read back.
public struct ReportJSON: Codable, Sendable {
  public static let format = "dpacheck/report/v1"

  public struct Tool: Codable, Sendable {
    public var name: String
    public var version: String
  }
  public struct Gate: Codable, Sendable {
    public var fail_on: String
    public var passed: Bool
  }
  public struct Position: Codable, Sendable {
    public var line: Int
    public var column: Int
  }
  public struct Related: Codable, Sendable {
    public var path: String
    public var line: Int
    public var column: Int
  }
  public struct Summary: Codable, Sendable {
    public var met: Int, gap: Int, unanswered: Int, not_applicable: Int, waived: Int
  }
  public struct WaiverJSON: Codable, Sendable {
    public var reason: String, approved_by: String, expires: String
  }
  /// A diagnostic: `message` and `notes` in English, as before reports had a language for them;
  /// `localized_message` and `localized_notes` in the report's language.
  public struct DiagnosticJSON: Codable, Sendable {
    public var code: String, severity: String, message: String, file: String, line: Int, column: Int
    public var notes: [String]
    public var localized_message: String?
    public var localized_notes: [String]?
  }
  public struct ValueJSON: Codable, Sendable {
    public var path: String, line: Int, column: Int
    public var value: String?

    enum CodingKeys: String, CodingKey { case path, line, column, value }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
      try container.encode(line, forKey: .line)
      try container.encode(column, forKey: .column)
      try container.encode(value, forKey: .value)  // null when unanswered, never omitted
    }
  }
  public struct ChangeJSON: Codable, Sendable { public var rule: String, before: String?, after: String }
  public struct AnswerChangeJSON: Codable, Sendable {
    public var path: String, before: String?, after: String?, line: Int?
  }
  public struct BaselineJSON: Codable, Sendable {
    public var in_baseline: Bool
    public var new: [ChangeJSON], resolved: [ChangeJSON], changed_answers: [AnswerChangeJSON]
  }
  public struct FindingJSON: Codable, Sendable {
    public var rule: String, status: String, severity: String, clause: String, gdpr: [String]
    public var title: String, message: String, path: String, location: Position
    public var pack: String?
    public var maps_to: [String]?
    public var answer: String?
    public var warnings: [String]?
    public var related_locations: [Related]?
    public var waiver: WaiverJSON?
    public var values: [ValueJSON]?
    public var new_since_baseline: Bool?
  }
  public struct DeclarationJSON: Codable, Sendable {
    public var file: String
    public var vendor: String?
    public var service: String?
    public var valid: Bool
    public var diagnostics: [DiagnosticJSON]
    public var summary: Summary
    public var findings: [FindingJSON]
    public var baseline: BaselineJSON?
    /// The id of the profile that judged the declaration (with `--profile-map`, its own).
    public var profile: String?

    enum CodingKeys: String, CodingKey {
      case file, vendor, service, profile, valid, diagnostics, summary, findings, baseline
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(file, forKey: .file)
      try container.encode(vendor, forKey: .vendor)  // null when unanswered, never omitted
      try container.encode(service, forKey: .service)  // part of the declaration's identity for --baseline
      try container.encodeIfPresent(profile, forKey: .profile)
      try container.encode(valid, forKey: .valid)
      try container.encode(diagnostics, forKey: .diagnostics)
      try container.encode(summary, forKey: .summary)
      try container.encode(findings, forKey: .findings)
      try container.encodeIfPresent(baseline, forKey: .baseline)
    }
  }
  public struct ExclusionJSON: Codable, Sendable { public var rule: String, justification: String, profile: String }
  public struct WaiverUseJSON: Codable, Sendable {
    public var rule: String, target: String, expires: String, state: String, matches: Int, line: Int
  }

  public var format: String
  public var tool: Tool
  public var as_of: String
  public var profile: String
  public var language: String?
  public var countries_reviewed: String?
  public var gate: Gate
  /// The declarations, each rendered on its own as it is checked (`JSONReporter.section`).
  public var declarations: StreamedSections
  public var excluded: [ExclusionJSON]?
  public var waivers: [WaiverUseJSON]?

  /// Builds the JSON shape of a run's envelope; declarations are added as they stream.
  public init(_ report: RunSummary, language: Language) {
    format = Self.format
    tool = Tool(name: report.toolName, version: report.toolVersion)
    as_of = report.asOf.description
    profile = report.profile
    self.language = language.rawValue
    countries_reviewed = report.countriesReviewed.description
    gate = Gate(fail_on: report.failOn.rawValue, passed: report.passed)
    declarations = StreamedSections()
    excluded = report.exclusions.map {
      ExclusionJSON(rule: $0.rule, justification: $0.justification, profile: $0.setBy)
    }
    waivers = report.waivers.map {
      WaiverUseJSON(
        rule: $0.waiver.rule, target: $0.waiver.target, expires: $0.waiver.expires.description,
        state: $0.state.rawValue, matches: $0.matches, line: $0.waiver.location.line)
    }
  }

  /// The JSON shape of one declaration.
  public static func declaration(_ report: DeclarationReport, language: Language) -> DeclarationJSON {
    DeclarationJSON(
      file: report.file, vendor: report.vendor, service: report.service, valid: report.valid,
      diagnostics: report.diagnostics.map { diagnostic in
        func notes(_ language: Language) -> [String] {
          diagnostic.notes.map { note in
            note.location.map { "\($0): \(note.message(language))" } ?? note.message(language)
          }
        }
        return DiagnosticJSON(
          code: diagnostic.code.rawValue, severity: diagnostic.severity.rawValue, message: diagnostic.message,
          file: diagnostic.location.file, line: diagnostic.location.line, column: diagnostic.location.column,
          notes: notes(.en), localized_message: diagnostic.message(language), localized_notes: notes(language))
      },
      summary: Summary(
        met: report.count(.met), gap: report.count(.gap), unanswered: report.count(.unanswered),
        not_applicable: report.count(.notApplicable), waived: report.count(.waived)),
      findings: report.findings.map { finding($0, language: language) },
      baseline: report.baseline.map { delta in
        BaselineJSON(
          in_baseline: delta.wasInBaseline,
          new: delta.new.map { ChangeJSON(rule: $0.rule, before: $0.before?.rawValue, after: $0.after.rawValue) },
          resolved: delta.resolved.map {
            ChangeJSON(rule: $0.rule, before: $0.before?.rawValue, after: $0.after.rawValue)
          },
          changed_answers: delta.changedAnswers.map {
            AnswerChangeJSON(path: $0.path, before: $0.before, after: $0.after, line: $0.location?.line)
          })
      },
      profile: report.profile.isEmpty ? nil : report.profile)
  }

  static func finding(_ finding: Finding, language: Language) -> FindingJSON {
    let requirement = finding.requirement.requirement
    let related = finding.relatedLocations.map {
      Related(path: $0.path, line: $0.location.line, column: $0.location.column)
    }
    let warnings = finding.warnings(language)
    return FindingJSON(
      rule: finding.rule, status: finding.status.rawValue, severity: finding.severity.rawValue,
      clause: finding.clause, gdpr: requirement.gdpr, title: finding.title(language),
      message: finding.message(language), path: finding.path,
      location: Position(line: finding.location.line, column: finding.location.column),
      pack: requirement.pack, maps_to: requirement.mapsTo.isEmpty ? nil : requirement.mapsTo,
      answer: finding.evidence.first?.actual,
      warnings: warnings.isEmpty ? nil : warnings, related_locations: related.isEmpty ? nil : related,
      waiver: finding.waiver.map {
        WaiverJSON(reason: $0.reason, approved_by: $0.approvedBy, expires: $0.expires.description)
      },
      values: finding.valuesRead.map {
        ValueJSON(path: $0.path, line: $0.location.line, column: $0.location.column, value: $0.value)
      },
      new_since_baseline: finding.isNewSinceBaseline)
  }
}
