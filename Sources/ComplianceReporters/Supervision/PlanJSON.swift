public import ComplianceCore
public import YAMLSupport

/// The JSON of `dpacheck plan` (`format: dpacheck/plan/v1`, design §11) and the shapes it shares
/// with the record's JSON. Keys are never renamed; new ones may be added.
public enum PlanJSON {
  /// The plan's `format`.
  public static let format = "dpacheck/plan/v1"

  /// A value written as JSON `null` when absent (synthesized `Codable` would leave the key out).
  struct Nullable<T: Encodable & Sendable>: Encodable, Sendable {
    var value: T?
    init(_ value: T?) { self.value = value }
    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      if let value { try container.encode(value) } else { try container.encodeNil() }
    }
  }

  struct Document: Encodable, Sendable {
    var format: String
    var tool: ReportJSON.Tool
    var as_of: String
    var register: String
    var controller: SupervisionRegister.Controller
    var model: Model
    var processors: [Processor]
    var summary: Summary
  }
  struct Model: Encodable, Sendable {
    var id: String, file: String, extends: Nullable<String>
    var changes: [Change]
  }
  struct Change: Encodable, Sendable { var on: String, by: String, what: String }
  struct Answer: Encodable, Sendable {
    var question: String, answer: String, points: Int, source: String
    var declared: Nullable<String>
  }
  struct Risk: Encodable, Sendable {
    var points: Int, computed_points: Int, band: Nullable<String>
    var override: Nullable<SupervisionRegister.RiskOverride>
    var answers: [Answer]
  }
  struct Fit: Encodable, Sendable { var ok: Bool, problems: [String] }
  struct Remark: Encodable, Sendable {
    var id: String, text: String, owner: Nullable<String>, due: Nullable<String>, made_on: String, overdue: Bool
  }
  struct DeclarationVerdict: Encodable, Sendable {
    var file: Nullable<String>, valid: Bool, verdict: String, gap: Int, unanswered: Int, profile: Nullable<String>
  }
  struct Processor: Encodable, Sendable {
    var id: String, name: Nullable<String>, service: Nullable<String>
    var risk: Nullable<Risk>
    var allowed_concepts: [Int]
    var concept: Nullable<Int>
    var concept_allowed: Bool
    var last_supervision: Nullable<String>
    var last_concept: Nullable<Int>
    var next_due: Nullable<String>
    var status: String
    var evidence_fit: Fit
    var open_remarks: [Remark]
    var declaration: DeclarationVerdict
    var unapproved_supervisions: [String]
    var diagnostics: [ReportJSON.DiagnosticJSON]
  }
  struct Summary: Encodable, Sendable {
    var processors: Int, overdue: Int, due_soon: Int, concept_not_allowed: Int, remarks_overdue: Int
    var never_supervised: Int, invalid: Int
  }

  /// The plan as JSON text.
  public static func render(_ plan: SupervisionPlan, language: Language) throws -> String {
    let summary = plan.summary
    let document = Document(
      format: format, tool: ReportJSON.Tool(name: "dpacheck", version: DPACheckVersion.current),
      as_of: plan.asOf.description,
      register: plan.register, controller: plan.controller, model: model(plan.model),
      processors: plan.entries.map { processor($0, language: language) },
      summary: Summary(
        processors: summary.processors, overdue: summary.overdue, due_soon: summary.dueSoon,
        concept_not_allowed: summary.conceptNotAllowed, remarks_overdue: summary.remarksOverdue,
        never_supervised: summary.neverSupervised, invalid: summary.invalid))
    return try JSONText.encode(document) + "\n"
  }

  static func model(_ model: SupervisionModel) -> Model {
    Model(
      id: model.id, file: model.file, extends: Nullable(model.extends),
      changes: model.changes.map { Change(on: $0.on.description, by: $0.by, what: $0.what) })
  }

  static func risk(_ risk: RiskAssessment) -> Risk {
    Risk(
      points: risk.points, computed_points: risk.computedPoints,
      band: Nullable(risk.band.map { "\($0.from)-\($0.to)" }), override: Nullable(risk.override),
      answers: risk.answers.map {
        Answer(
          question: $0.question, answer: $0.answer, points: $0.points, source: $0.source.rawValue,
          declared: Nullable($0.declared))
      })
  }

  static func verdict(_ verdict: SupervisionPlan.DeclarationVerdict) -> DeclarationVerdict {
    DeclarationVerdict(
      file: Nullable(verdict.file), valid: verdict.valid, verdict: verdict.verdict.rawValue, gap: verdict.gap,
      unanswered: verdict.unanswered, profile: Nullable(verdict.profile))
  }

  static func remark(_ remark: SupervisionRegister.Remark, madeOn: Day, overdue: Bool) -> Remark {
    Remark(
      id: remark.id, text: remark.text, owner: Nullable(remark.owner), due: Nullable(remark.due?.description),
      made_on: madeOn.description, overdue: overdue)
  }

  static func diagnostics(_ diagnostics: [Diagnostic], language: Language) -> [ReportJSON.DiagnosticJSON] {
    let report = DeclarationReport(file: "", vendor: nil, valid: false, diagnostics: diagnostics, findings: [])
    return ReportJSON.declaration(report, language: language).diagnostics
  }

  static func processor(_ entry: SupervisionPlan.Entry, language: Language) -> Processor {
    let processor = entry.processor
    return Processor(
      id: processor.id, name: Nullable(processor.name), service: Nullable(processor.service),
      risk: Nullable(entry.risk.map(risk)), allowed_concepts: entry.allowedConcepts, concept: Nullable(entry.concept),
      concept_allowed: entry.conceptAllowed, last_supervision: Nullable(entry.lastSupervision?.date.description),
      last_concept: Nullable(entry.lastSupervision?.concept), next_due: Nullable(entry.nextDue?.description),
      status: entry.status.rawValue,
      evidence_fit: Fit(ok: entry.evidenceFit.ok, problems: entry.evidenceFit.problems.map(\.rawValue)),
      open_remarks: entry.openRemarks.map { remark($0.remark, madeOn: $0.madeOn, overdue: $0.overdue) },
      declaration: verdict(entry.declaration), unapproved_supervisions: entry.unapproved.map(\.date.description),
      diagnostics: diagnostics(entry.diagnostics, language: language))
  }
}
