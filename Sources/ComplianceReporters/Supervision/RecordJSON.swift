public import ComplianceCore
public import YAMLSupport

/// The JSON of `dpacheck record` (`format: dpacheck/record/v1`). Keys are never renamed; new ones
/// may be added.
public enum RecordJSON {
  /// The record's `format`.
  public static let format = "dpacheck/record/v1"

  typealias Nullable = PlanJSON.Nullable

  struct Document: Encodable, Sendable {
    var format: String
    var tool: ReportJSON.Tool
    var register: String
    var as_of: String
    var controller: SupervisionRegister.Controller
    var processor: Processor
    var dpa: DPA
    var model: PlanJSON.Model
    var risk: PlanJSON.Risk
    var supervision: Supervision
    var evidence: [File]
    var evidence_fit: PlanJSON.Fit
    var declaration: PlanJSON.DeclarationVerdict
    var summary: ReportJSON.Summary?
    var findings: [ReportJSON.FindingJSON]
    var remarks: [Remark]
  }
  struct Processor: Encodable, Sendable { var id: String, name: Nullable<String>, service: Nullable<String> }
  struct DPA: Encodable, Sendable { var template: Nullable<String>, signed_on: Nullable<String> }
  struct File: Encodable, Sendable {
    var kind: String, file: String, sha256: Nullable<String>, actual_sha256: Nullable<String>, verification: String
  }
  struct Supervision: Encodable, Sendable {
    var date: String, concept: Int, concept_name: Nullable<String>, conclusion: String
    var approved_by: Nullable<String>
    var counts: Bool
    var record: Nullable<File>
  }
  struct Remark: Encodable, Sendable {
    var id: String, text: String, owner: Nullable<String>, due: Nullable<String>, closed_on: Nullable<String>
    var state: String
  }

  /// The record as JSON text.
  public static func render(_ record: SupervisionRecord, language: Language) throws -> String {
    let processor = record.processor
    let supervision = record.supervision
    let findings = record.report?.findings.filter { $0.status != .met && $0.status != .notApplicable } ?? []
    let summary = record.report.flatMap { $0.valid ? ReportJSON.declaration($0, language: language).summary : nil }
    let document = Document(
      format: format, tool: ReportJSON.Tool(name: "dpacheck", version: DPACheckVersion.current),
      register: record.register, as_of: record.asOf.description, controller: record.controller,
      processor: Processor(id: processor.id, name: Nullable(processor.name), service: Nullable(processor.service)),
      dpa: DPA(template: Nullable(processor.dpaTemplate), signed_on: Nullable(processor.dpaSignedOn?.description)),
      model: PlanJSON.model(record.model), risk: PlanJSON.risk(record.risk),
      supervision: Supervision(
        date: supervision.date.description, concept: supervision.concept,
        concept_name: Nullable(
          record.model.concept(supervision.concept).map { $0.name.text(language) }),
        conclusion: supervision.conclusion.rawValue, approved_by: Nullable(supervision.approvedBy),
        counts: supervision.counts, record: Nullable(record.externalRecord.map(file))),
      evidence: record.evidence.map(file),
      evidence_fit: PlanJSON.Fit(ok: record.evidenceFit.ok, problems: record.evidenceFit.problems.map(\.rawValue)),
      declaration: PlanJSON.verdict(record.declaration), summary: summary,
      findings: findings.map { ReportJSON.finding($0, language: language) },
      remarks: supervision.remarks.map { remark($0, asOf: record.asOf) })
    return try JSONText.encode(document) + "\n"
  }

  static func file(_ file: SupervisionRecord.File) -> File {
    File(
      kind: file.kind, file: file.file, sha256: Nullable(file.recorded), actual_sha256: Nullable(file.actual),
      verification: file.verification.rawValue)
  }

  /// `closed`, `overdue` or `open`, as of `asOf`.
  static func state(_ remark: SupervisionRegister.Remark, asOf: Day) -> String {
    if remark.closedOn != nil { return "closed" }
    if let due = remark.due, due < asOf { return "overdue" }
    return "open"
  }

  static func remark(_ remark: SupervisionRegister.Remark, asOf: Day) -> Remark {
    Remark(
      id: remark.id, text: remark.text, owner: Nullable(remark.owner), due: Nullable(remark.due?.description),
      closed_on: Nullable(remark.closedOn?.description), state: state(remark, asOf: asOf))
  }
}
