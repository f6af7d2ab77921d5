public import YAMLSupport

/// The annual supervision calendar of a register as of a date (`dpacheck plan`): per processor
/// the risk, the allowed concepts, the last supervision, the next due date, open remarks, whether
/// the evidence fits the concept, and the declaration's own verdict.
public struct SupervisionPlan: Sendable {
  /// A processor's standing; the first that applies, in this order.
  public enum Status: String, Sendable, Codable, CaseIterable {
    case invalid
    case conceptNotAllowed = "concept_not_allowed"
    case neverSupervised = "never_supervised"
    case overdue
    case dueSoon = "due_soon"
    case ok

    /// Whether the status fails the plan (exit 1).
    public var fails: Bool { self == .conceptNotAllowed || self == .neverSupervised || self == .overdue }
  }

  /// An open remark.
  public struct OpenRemark: Sendable {
    /// The remark.
    public var remark: SupervisionRegister.Remark
    /// The date of the supervision that made it.
    public var madeOn: Day
    /// Whether its due date has passed.
    public var overdue: Bool
  }

  /// The declaration's verdict, as `check` gives it.
  public struct DeclarationVerdict: Sendable {
    /// The verdict.
    public enum Verdict: String, Sendable, Codable {
      case passed, failed, invalid, missing
    }
    /// The file, as written in the register.
    public var file: String?
    /// Whether it was valid.
    public var valid: Bool
    /// The verdict under the processor's profile and its `fail_on`.
    public var verdict: Verdict
    /// Gaps.
    public var gap: Int
    /// Unanswered requirements.
    public var unanswered: Int
    /// The profile it was evaluated with.
    public var profile: String?
  }

  /// What the plan needs of one processor besides the register entry.
  public struct Input: Sendable {
    /// The register's entry.
    public var processor: SupervisionRegister.Processor
    /// The declaration, when present and valid.
    public var declaration: Declaration?
    /// Its report, when a declaration was read.
    public var report: DeclarationReport?
    /// The gate of the processor's profile.
    public var failOn: FailOn
    /// The profile's warning window, in days.
    public var warningWindowDays: Int
    /// The profile's id.
    public var profile: String?
    /// Problems found by the front end (a missing file, a hash mismatch, an unknown profile).
    public var problems: [Diagnostic]
    /// The SHA-256 of each evidence or record file that is present, by the path written in the
    /// register.
    public var hashes: [String: String] = [:]
    /// The register's text, to quote the offending line of a register entry's problem.
    public var registerSource: SourceFile?

    /// Creates an input.
    public init(
      processor: SupervisionRegister.Processor, declaration: Declaration?, report: DeclarationReport?,
      failOn: FailOn, warningWindowDays: Int, profile: String?, problems: [Diagnostic]
    ) {
      self.processor = processor
      self.declaration = declaration
      self.report = report
      self.failOn = failOn
      self.warningWindowDays = warningWindowDays
      self.profile = profile
      self.problems = problems
    }
  }

  /// One processor's line of the plan.
  public struct Entry: Sendable {
    /// The register's entry.
    public var processor: SupervisionRegister.Processor
    /// The risk (nil when the entry is invalid before it could be scored).
    public var risk: RiskAssessment?
    /// The concepts the band allows.
    public var allowedConcepts: [Int]
    /// The chosen concept.
    public var concept: Int?
    /// Whether the band allows it.
    public var conceptAllowed: Bool
    /// The last supervision that counts.
    public var lastSupervision: SupervisionRegister.Supervision?
    /// When the next supervision is due; nil when never supervised or the concept has no cadence.
    public var nextDue: Day?
    /// The status.
    public var status: Status
    /// Whether the evidence fits the concept.
    public var evidenceFit: EvidenceFit
    /// Remarks not closed, oldest first.
    public var openRemarks: [OpenRemark]
    /// The declaration's verdict.
    public var declaration: DeclarationVerdict
    /// What makes the entry invalid.
    public var diagnostics: [Diagnostic]
    /// Supervisions made by others and not yet approved: they do not count.
    public var unapproved: [SupervisionRegister.Supervision]

    /// The id.
    public var id: String { processor.id }
    /// The concept the calendar schedules: the chosen one when its band allows it, else none
    /// (the calendar then asks for a concept to be chosen).
    public var scheduledConcept: Int? {
      guard let concept, conceptAllowed, allowedConcepts.contains(concept) else { return nil }
      return concept
    }
    /// Whether a remark is overdue.
    public var hasOverdueRemark: Bool { openRemarks.contains(where: \.overdue) }
  }

  /// The register's file.
  public var register: String
  /// The controller.
  public var controller: SupervisionRegister.Controller
  /// The model.
  public var model: SupervisionModel
  /// The evaluation date.
  public var asOf: Day
  /// The entries, in the register's order.
  public var entries: [Entry]

  /// Creates a plan from its entries (computed by `entry(for:model:countries:asOf:)`).
  public init(
    register: String, controller: SupervisionRegister.Controller, model: SupervisionModel, asOf: Day, entries: [Entry]
  ) {
    self.register = register
    self.controller = controller
    self.model = model
    self.asOf = asOf
    self.entries = entries
  }

  /// Counts for the summary.
  public var summary:
    (
      processors: Int, overdue: Int, dueSoon: Int, conceptNotAllowed: Int, remarksOverdue: Int,
      neverSupervised: Int, invalid: Int
    )
  {
    func count(_ status: Status) -> Int { entries.count { $0.status == status } }
    return (
      entries.count, count(.overdue), count(.dueSoon), count(.conceptNotAllowed),
      entries.reduce(0) { $0 + $1.openRemarks.count(where: \.overdue) }, count(.neverSupervised), count(.invalid)
    )
  }

  /// 2 when an entry is invalid; 1 when one is overdue, never supervised, has a concept not
  /// allowed, or has an overdue remark; 0 otherwise.
  public var exitCode: Int32 {
    if entries.contains(where: { $0.status == .invalid }) { return 2 }
    if entries.contains(where: { $0.status.fails || $0.hasOverdueRemark }) { return 1 }
    return 0
  }

  /// Computes the plan.
  public static func compute(
    register: SupervisionRegister, model: SupervisionModel, inputs: [Input], countries: Countries, asOf: Day
  ) -> SupervisionPlan {
    let entries = inputs.map { entry(for: $0, model: model, countries: countries, asOf: asOf) }
    return SupervisionPlan(
      register: register.file, controller: register.controller, model: model, asOf: asOf, entries: entries)
  }

  /// One processor's entry.
  public static func entry(for input: Input, model: SupervisionModel, countries: Countries, asOf: Day) -> Entry {
    let processor = input.processor
    var diagnostics = input.problems
    if let problem = processor.problem { diagnostics.insert(problem, at: 0) }
    diagnostics += referenceProblems(processor, model: model, source: input.registerSource)
    let report = input.report
    if let report, !report.valid { diagnostics += report.diagnostics }
    let risk = RiskAssessment.assess(
      model: model, declaration: input.declaration, answers: processor.answers, override: processor.override,
      countries: countries, asOf: asOf)
    // An entry that could not be read has no risk to allow concepts by.
    let allowed = processor.problem == nil ? risk.band?.concepts ?? [] : []
    let conceptAllowed = processor.concept.map { allowed.contains($0) } ?? false
    let counting = processor.countingSupervisions
    let last = counting.last
    let cadence = processor.concept.flatMap { model.concept($0)?.cadenceMonths }
    let nextDue = last.flatMap { last in cadence.map { last.date.adding(months: $0) } }
    var remarks: [OpenRemark] = []
    for supervision in counting {
      for remark in supervision.remarks where remark.closedOn == nil {
        remarks.append(
          OpenRemark(remark: remark, madeOn: supervision.date, overdue: remark.due.map { $0 < asOf } ?? false))
      }
    }
    let status: Status
    if !diagnostics.isEmpty {
      status = .invalid
    } else if !conceptAllowed {
      status = .conceptNotAllowed
    } else if last == nil {
      status = .neverSupervised
    } else if let nextDue, nextDue < asOf {
      status = .overdue
    } else if let nextDue, nextDue <= asOf.adding(days: input.warningWindowDays) {
      status = .dueSoon
    } else {
      status = .ok
    }
    let fit = EvidenceFit.assess(
      processor.concept.flatMap(model.concept), model: model, declaration: input.declaration, last: last, asOf: asOf)
    return Entry(
      processor: processor, risk: processor.problem == nil ? risk : nil, allowedConcepts: allowed,
      concept: processor.concept, conceptAllowed: conceptAllowed, lastSupervision: last, nextDue: nextDue,
      status: status, evidenceFit: fit, openRemarks: remarks,
      declaration: verdict(of: input, file: processor.declaration), diagnostics: diagnostics,
      unapproved: processor.supervisions.filter { !$0.counts })
  }

  static func verdict(of input: Input, file: String?) -> DeclarationVerdict {
    guard let report = input.report else {
      return DeclarationVerdict(
        file: file, valid: false, verdict: .missing, gap: 0, unanswered: 0, profile: input.profile)
    }
    let verdict: DeclarationVerdict.Verdict =
      !report.valid ? .invalid : report.gateFailureCount(input.failOn) == 0 ? .passed : .failed
    return DeclarationVerdict(
      file: file, valid: report.valid, verdict: verdict, gap: report.count(.gap),
      unanswered: report.count(.unanswered), profile: input.profile)
  }

  /// Answers, concepts and overrides that the model does not know.
  static func referenceProblems(
    _ processor: SupervisionRegister.Processor, model: SupervisionModel, source: SourceFile?
  ) -> [Diagnostic] {
    guard processor.problem == nil else { return [] }
    var problems: [Diagnostic] = []
    let concepts = model.concepts.map { String($0.number) }
    for answer in processor.answers {
      guard let question = model.question(answer.question) else {
        problems.append(
          Diagnostic(
            .registerUnknownQuestion, .text(answer.question), .list(model.questions.map(\.id)),
            at: answer.keyLocation, in: source))
        continue
      }
      if question.answer(answer.value) == nil {
        problems.append(
          Diagnostic(
            .registerUnknownAnswer, .text(answer.value), .text(question.id), .list(question.answers.map(\.value)),
            at: answer.location, in: source))
      }
    }
    if let concept = processor.concept, model.concept(concept) == nil {
      problems.append(
        Diagnostic(
          .registerUnknownConcept, .number(concept), .list(concepts),
          at: processor.conceptLocation ?? processor.location, in: source))
    }
    for supervision in processor.supervisions where model.concept(supervision.concept) == nil {
      problems.append(
        Diagnostic(
          .registerUnknownConcept, .number(supervision.concept), .list(concepts), at: supervision.conceptLocation,
          in: source))
    }
    if let override = processor.override, !model.scale.contains(override.points) {
      problems.append(
        Diagnostic(
          .registerOverrideRange, .number(override.points), .number(model.scale.lowerBound),
          .number(model.scale.upperBound), at: processor.overrideLocation ?? processor.location, in: source))
    }
    return problems
  }
}
