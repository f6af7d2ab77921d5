public import YAMLSupport

/// A municipality's supervision register (`format: dpacheck/register/v1`, design §11): its
/// processors, the risk answers the declarations do not give, the chosen supervision concept and
/// the history of supervisions with their evidence, conclusions, remarks and approvals.
///
/// File paths are kept as written; they are relative to the register's folder (the front end
/// resolves them).
public struct SupervisionRegister: Sendable {
  /// The kinds of evidence a supervision may review.
  public enum EvidenceKind: String, Sendable, CaseIterable, Codable {
    case isae3000, isae3402, soc2, iso27001
    case managementStatement = "management_statement"
    case questionnaire, inspection, other
  }

  /// A supervision's conclusion.
  public enum Conclusion: String, Sendable, CaseIterable, Codable {
    case satisfactory, remarks, unsatisfactory
  }

  /// The controller: the municipality.
  public struct Controller: Sendable, Codable, Hashable {
    /// Its name.
    public var name: String
    /// Its CVR number.
    public var cvr: String?
  }

  /// A file reviewed in a supervision.
  public struct Evidence: Sendable {
    /// What it is.
    public var kind: EvidenceKind
    /// The file, relative to the register.
    public var file: String
    /// Its SHA-256 as recorded (lowercase hex), if recorded.
    public var sha256: String?
    /// Where the entry is written.
    public var location: SourceLocation
  }

  /// A remark of a supervision and its follow-up.
  public struct Remark: Sendable {
    /// Its id, unique within the processor.
    public var id: String
    /// What is to be done.
    public var text: String
    /// Who follows it up.
    public var owner: String?
    /// By when.
    public var due: Day?
    /// When it was closed; nil while open.
    public var closedOn: Day?
  }

  /// One supervision.
  public struct Supervision: Sendable {
    /// When it was concluded.
    public var date: Day
    /// The concept used.
    public var concept: Int
    /// Where `concept` is written.
    public var conceptLocation: SourceLocation
    /// The files reviewed.
    public var evidence: [Evidence]
    /// The conclusion.
    public var conclusion: Conclusion
    /// The remarks.
    public var remarks: [Remark]
    /// Who approved it for the municipality.
    public var approvedBy: String?
    /// A record made by someone else (e.g. the joint municipal secretariat, DBS).
    public var record: String?
    /// That record's SHA-256.
    public var recordSHA256: String?
    /// Where the supervision is written.
    public var location: SourceLocation
    /// Where `record_sha256` is written (else the supervision).
    public var recordLocation: SourceLocation

    /// Whether it counts as the municipality's supervision: one made by others counts once the
    /// municipality has approved it.
    public var counts: Bool { record == nil || approvedBy != nil }
  }

  /// A risk answer written in the register.
  public struct RiskAnswer: Sendable {
    /// The question's id.
    public var question: String
    /// The answer's value.
    public var value: String
    /// Where the question's key is.
    public var keyLocation: SourceLocation
    /// Where the answer is.
    public var location: SourceLocation
  }

  /// An override of the total points, with its reason and approver.
  public struct RiskOverride: Sendable, Codable, Hashable {
    /// The points that replace the computed total.
    public var points: Int
    /// Why.
    public var reason: String
    /// Who approved it.
    public var approvedBy: String

    enum CodingKeys: String, CodingKey {
      case points, reason
      case approvedBy = "approved_by"
    }
  }

  /// One processor.
  public struct Processor: Sendable {
    /// Its id (`[a-z0-9-]`).
    public var id: String
    /// The processor's name.
    public var name: String?
    /// The service supervised.
    public var service: String?
    /// Its declaration file, relative to the register.
    public var declaration: String?
    /// Its profile (an id or a file), when not the register's.
    public var profile: String?
    /// The data processing agreement's template.
    public var dpaTemplate: String?
    /// When the agreement was signed.
    public var dpaSignedOn: Day?
    /// Answers to the model's questions.
    public var answers: [RiskAnswer]
    /// An override of the total points.
    public var override: RiskOverride?
    /// Where the override's points are written.
    public var overrideLocation: SourceLocation?
    /// The chosen concept.
    public var concept: Int?
    /// Where `concept` is written.
    public var conceptLocation: SourceLocation?
    /// The supervisions, oldest first.
    public var supervisions: [Supervision]
    /// Where the entry starts.
    public var location: SourceLocation
    /// The problem that makes this entry invalid, if any.
    public var problem: Diagnostic?

    /// The supervisions that count, oldest first.
    public var countingSupervisions: [Supervision] { supervisions.filter(\.counts) }
  }

  /// The register's file.
  public var file: String
  /// The controller.
  public var controller: Controller
  /// The supervision model: an id or a file.
  public var model: String
  /// Where `model` is written.
  public var modelLocation: SourceLocation
  /// The default profile.
  public var profile: String?
  /// The processors, in the file's order.
  public var processors: [Processor]

  /// The register's `format:`.
  public static let format = "dpacheck/register/v1"
}
