public import YAMLSupport

/// The record of one supervision (*tilsynsnotat*, `dpacheck record`): the parties, the agreement,
/// the risk assessment with where each answer came from, the concept, the evidence reviewed with
/// its hashes, the declaration's gap report as of the supervision date, the conclusion, the remarks
/// and their follow-up, and the approval.
public struct SupervisionRecord: Sendable {
  /// How a file's recorded hash compares with the file.
  public enum Verification: String, Sendable, Codable {
    /// The file is present and its SHA-256 is the one recorded.
    case verified
    /// The file is present and its SHA-256 differs (an error).
    case mismatch
    /// The file is not present: the hash cannot be checked.
    case absent
    /// No hash is recorded; the file's is shown.
    case unrecorded
  }

  /// A file reviewed, with its hashes.
  public struct File: Sendable {
    /// The evidence's kind (`record` for a record made by others).
    public var kind: String
    /// The path, as written in the register.
    public var file: String
    /// The hash recorded in the register.
    public var recorded: String?
    /// The file's hash, when it is present.
    public var actual: String?

    /// Creates a file entry.
    public init(kind: String, file: String, recorded: String?, actual: String?) {
      (self.kind, self.file, self.recorded, self.actual) = (kind, file, recorded, actual)
    }

    /// How the hashes compare.
    public var verification: Verification {
      guard let actual else { return .absent }
      guard let recorded else { return .unrecorded }
      return recorded == actual ? .verified : .mismatch
    }
  }

  /// The register's file.
  public var register: String
  /// The controller.
  public var controller: SupervisionRegister.Controller
  /// The model.
  public var model: SupervisionModel
  /// The processor.
  public var processor: SupervisionRegister.Processor
  /// The supervision recorded.
  public var supervision: SupervisionRegister.Supervision
  /// The date the declaration and the risk are judged as of (default: the supervision's date).
  public var asOf: Day
  /// The risk as of then.
  public var risk: RiskAssessment
  /// The evidence reviewed.
  public var evidence: [File]
  /// A record made by others, if the supervision references one.
  public var externalRecord: File?
  /// The declaration's report as of `asOf`.
  public var report: DeclarationReport?
  /// The declaration's verdict.
  public var declaration: SupervisionPlan.DeclarationVerdict
  /// Whether the evidence fits the concept used.
  public var evidenceFit: EvidenceFit

  /// Creates a record.
  public static func make(
    register: SupervisionRegister, model: SupervisionModel, input: SupervisionPlan.Input,
    supervision: SupervisionRegister.Supervision, asOf: Day, countries: Countries, evidence: [File],
    externalRecord: File?
  ) -> SupervisionRecord {
    let processor = input.processor
    let risk = RiskAssessment.assess(
      model: model, declaration: input.declaration, answers: processor.answers, override: processor.override,
      countries: countries, asOf: asOf)
    let fit = EvidenceFit.assess(
      model.concept(supervision.concept), model: model, declaration: input.declaration, last: supervision, asOf: asOf)
    return SupervisionRecord(
      register: register.file, controller: register.controller, model: model, processor: processor,
      supervision: supervision, asOf: asOf, risk: risk, evidence: evidence, externalRecord: externalRecord,
      report: input.report,
      declaration: SupervisionPlan.verdict(of: input, file: processor.declaration), evidenceFit: fit)
  }
}
