public import YAMLSupport

/// A risk-based supervision model (`format: dpacheck/supervision-model/v1`): the questions that
/// score a processing's risk, the points each answer gives, the bands of total points, the
/// supervision concepts and which concepts each band allows.
///
/// The shipped model, `Rules/supervision/datatilsynet-2021.yaml`, follows Datatilsynet's
/// *Vejledning om tilsyn med databehandlere* (29 October 2021). A municipality may write its own,
/// `extends` another and override points, bands or a concept's cadence; `changes` says who changed
/// what.
public struct SupervisionModel: Sendable {
  /// How an answer is read from a declaration.
  public enum Derivation: String, Sendable, CaseIterable {
    /// A whole number in `field`, placed by the answers' `at_most` bounds.
    case count
    /// `processing.special_categories`, `processing.cpr_numbers`, `processing.criminal_offences`
    /// and `processing.children`: `special_categories`, `protected` or `none`.
    case sensitivity
    /// A list in `field`: `yes` when it has an item, `no` when it is empty.
    case anyListed = "any_listed"
    /// The countries of `processing.locations` and of the sub-processors: `yes` when one is
    /// outside the EEA, `no` when all are in it.
    case outsideEEA = "outside_eea"
    /// Not read from the declaration: the register answers it.
    case register
  }

  /// One possible answer to a question.
  public struct Answer: Sendable {
    /// The answer's value, as written in a register (`over_10000`).
    public var value: String
    /// The points it gives.
    public var points: Int
    /// For `count`: the largest number this answer covers (nil: no bound).
    public var atMost: Int?
    /// Its label.
    public var label: LocalizedText
    /// Whether the points were confirmed from a public source.
    public var confirmed: Bool
  }

  /// One question of the point scale.
  public struct Question: Sendable {
    /// Its id (`data_subjects`), the key of a register's `risk` mapping.
    public var id: String
    /// The question.
    public var title: LocalizedText
    /// How it is answered from a declaration.
    public var derivation: Derivation
    /// The declaration field it reads, for `count` and `any_listed`.
    public var field: String?
    /// The answers, lightest first.
    public var answers: [Answer]

    /// The answer with this value.
    public func answer(_ value: String) -> Answer? { answers.first { $0.value == value } }
    /// The answer that gives the most points: assumed while the question is unanswered.
    public var heaviest: Answer? { answers.max { $0.points < $1.points } }
  }

  /// A range of total points and the concepts it allows.
  public struct Band: Sendable {
    /// The lowest total in the band.
    public var from: Int
    /// The highest total in the band.
    public var to: Int
    /// The concepts allowed, by number.
    public var concepts: [Int]
    /// Whether the band was confirmed from a public source.
    public var confirmed: Bool

    /// The band's label, `3–4`.
    public var label: String { from == to ? "\(from)" : "\(from)–\(to)" }
  }

  /// What a concept's evidence must show in the declaration for the concept to be carried out.
  public enum EvidenceRule: String, Sendable, CaseIterable {
    /// Nothing in the declaration.
    case none
    /// A declaration dated within the concept's cadence.
    case writtenStatus = "written_status"
    /// A valid certificate whose scope covers the service.
    case certification
    /// A current ISAE 3000, ISAE 3402 or SOC 2 type 2 report covering the service.
    case auditorReport = "auditor_report"
    /// The controller's own inspection, documented as evidence of kind `inspection`.
    case inspection
  }

  /// A supervision concept.
  public struct Concept: Sendable {
    /// Its number, 1 (lightest) to 6 (heaviest) in the shipped model.
    public var number: Int
    /// Its name.
    public var name: LocalizedText
    /// What it consists of.
    public var consistsOf: LocalizedText
    /// What evidence it yields.
    public var evidence: LocalizedText
    /// What the evidence must show.
    public var evidenceRule: EvidenceRule
    /// How often it is repeated, in months; nil: no planned repetition.
    public var cadenceMonths: Int?
    /// Whether the cadence was confirmed from a public source.
    public var confirmed: Bool
  }

  /// A change a municipality made to the model it extends.
  public struct Change: Sendable {
    /// When.
    public var on: Day
    /// Who.
    public var by: String
    /// What and why.
    public var what: String
  }

  /// A public source the model's numbers come from.
  public struct Source: Sendable {
    /// The title.
    public var title: String
    /// The address.
    public var url: String
    /// The date of the text, or of when it was read.
    public var date: String
  }

  /// The model's id: `datatilsynet-2021`, or the file's stem.
  public var id: String
  /// The file it was read from.
  public var file: String
  /// The title.
  public var title: LocalizedText
  /// The model it extends, if any.
  public var extends: String?
  /// The questions, in order.
  public var questions: [Question]
  /// The bands, lowest first.
  public var bands: [Band]
  /// The concepts, by number.
  public var concepts: [Concept]
  /// How old an auditor's report may be (its period end before the evaluation date), in months.
  public var reportMaxAgeMonths: Int
  /// The sources cited.
  public var sources: [Source]
  /// The changes made by this model and the models it extends, oldest model first.
  public var changes: [Change]

  /// The built-in model's id.
  public static let defaultID = "datatilsynet-2021"
  /// The folder of `Rules/` that holds the built-in models.
  public static let folder = "supervision"
  /// The model file's `format:`.
  public static let format = "dpacheck/supervision-model/v1"

  /// The lowest and highest total the questions can give.
  public var scale: ClosedRange<Int> {
    let low = questions.reduce(0) { $0 + ($1.answers.map(\.points).min() ?? 0) }
    let high = questions.reduce(0) { $0 + ($1.answers.map(\.points).max() ?? 0) }
    return low...max(low, high)
  }

  /// The concept with this number.
  public func concept(_ number: Int) -> Concept? { concepts.first { $0.number == number } }

  /// The question with this id.
  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

  /// The band a total falls in (totals outside the scale take the nearest band).
  public func band(for points: Int) -> Band? {
    if let band = bands.first(where: { $0.from <= points && points <= $0.to }) { return band }
    if let first = bands.first, points < first.from { return first }
    return bands.last
  }
}
