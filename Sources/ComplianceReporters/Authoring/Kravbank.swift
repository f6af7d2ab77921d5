public import ComplianceCore
public import YAMLSupport

/// The requirements of a profile as a municipality attaches them to a tender (a *kravbank*): one
/// row per requirement with what is asked, when it is met, its legal basis, whether it is a must
/// or a should, and the declaration fields that answer it, so that procurement asks what
/// supervision later checks.
///
/// Pure data, in one language; `rules list --format html|csv|xlsx` render it. Rows come in the
/// order of `rules list`: by pack in the profile's order, then clause in the standard's order,
/// then id.
public struct Kravbank: Sendable {
  /// How binding a requirement is in a tender.
  public enum Obligation: String, Sendable, Hashable, CaseIterable {
    /// A gap at this severity fails the profile's gate (`skal`).
    case must
    /// A gap is reported but does not fail the gate, or the requirement only reports an answer
    /// (`bør`).
    case should

    /// The word in `language`: `skal`/`must`, `bør`/`should`.
    public func name(_ language: Language) -> String {
      switch (self, language) {
      case (.must, .da): "skal"
      case (.must, .en): "must"
      case (.should, .da): "bør"
      case (.should, .en): "should"
      }
    }
  }

  /// A declaration field a requirement reads, with its question.
  public struct Field: Sendable, Hashable {
    /// The dotted path (`breach.notify_hours`; `[]` marks a list's items).
    public var path: String
    /// The questionnaire's question for the field in the kravbank's language; empty when the
    /// questionnaire does not define the path.
    public var question: String
  }

  /// One requirement.
  public struct Row: Sendable, Hashable {
    /// The stable id (`BR-01`).
    public var id: String
    /// The pack that defines it.
    public var pack: String
    /// The requirement: its title.
    public var requirement: String
    /// Why it is asked.
    public var rationale: String
    /// The criterion for met ("The requirement is met if …"), parameters filled in.
    public var criterion: String
    /// The standard DPA clause or appendix (`"10"`, `"C.2"`).
    public var clause: String
    /// The GDPR articles as packs cite them (`Art. 33(2)`).
    public var gdpr: [String]
    /// The legal basis in the kravbank's language: the clause or appendix, the GDPR articles and the
    /// other frameworks it maps to (`Clause 10 · GDPR Art. 33(2) · EU 2021/915 clause 7.8`).
    public var legalBasis: String
    /// The effective severity in the profile.
    public var severity: Severity
    /// Must or should.
    public var obligation: Obligation
    /// Whether the requirement only reports an answer and is never a gap.
    public var isInformational: Bool
    /// The declaration fields that answer it: those its applicability and its check read, first
    /// use first.
    public var fields: [Field]
  }

  /// The profile's id.
  public let profileID: String
  /// The language of the texts.
  public let language: Language
  /// The profile's gate threshold, which decides must and should.
  public let failOn: FailOn
  /// The rows.
  public let rows: [Row]

  /// The kravbank of `ruleSet` in `language`. A requirement is a must when a gap at its
  /// effective severity fails the profile's gate (`fail_on`), and not informational.
  public init(_ ruleSet: RuleSet, language: Language) {
    profileID = ruleSet.profileID
    self.language = language
    failOn = ruleSet.failOn
    let questionnaire = ruleSet.catalog.questionnaire
    var rows: [Row] = []
    for pack in ruleSet.packs {
      let requirements = ruleSet.requirements
        .filter { $0.requirement.pack == pack.id }
        .sorted { a, b in
          let (x, y) = (Clause.sortKey(a.requirement.clause), Clause.sortKey(b.requirement.clause))
          return (x.0, x.1, x.2, a.id) < (y.0, y.1, y.2, b.id)
        }
      for resolved in requirements {
        let requirement = resolved.requirement
        let checks = [pack.appliesWhen, requirement.appliesWhen, requirement.check].compactMap { $0 }
        var seen: Set<String> = []
        let fields = checks.flatMap(\.fieldsRead).filter { seen.insert($0).inserted }.map { path in
          let spec =
            questionnaire.field(path)
            ?? (path.hasSuffix("[]") ? questionnaire.field(String(path.dropLast(2))) : nil)
          return Field(path: path, question: spec?.question.text(language) ?? "")
        }
        var basis = [LegalCitation.clause(requirement.clause, language)]
        basis += requirement.gdpr.map { "GDPR \(LegalCitation.gdpr($0, language))" }
        basis += requirement.mapsTo.map { LegalCitation.mapping($0, language) }
        let must = !requirement.isInformational && ruleSet.failOn.includes(resolved.severity)
        rows.append(
          Row(
            id: resolved.id, pack: pack.id, requirement: resolved.text(\.title, language),
            rationale: resolved.text(\.rationale, language), criterion: resolved.text(\.metIf, language),
            clause: requirement.clause, gdpr: requirement.gdpr, legalBasis: basis.joined(separator: " · "),
            severity: resolved.severity, obligation: must ? .must : .should,
            isInformational: requirement.isInformational, fields: fields))
      }
    }
    self.rows = rows
  }

  /// The columns of a kravbank table, in order.
  public enum Column: String, Sendable, CaseIterable {
    case id, requirement, criterion, legalBasis, obligation, severity, fields

    /// The column's heading in `language`.
    public func heading(_ language: Language) -> String {
      switch (self, language) {
      case (.id, _): "Id"
      case (.requirement, .da): "Krav"
      case (.requirement, .en): "Requirement"
      case (.criterion, .da): "Opfyldt, hvis"
      case (.criterion, .en): "Met if"
      case (.legalBasis, .da): "Hjemmel"
      case (.legalBasis, .en): "Legal basis"
      case (.obligation, .da): "Skal/bør"
      case (.obligation, .en): "Must/should"
      case (.severity, .da): "Alvor"
      case (.severity, .en): "Severity"
      case (.fields, .da): "Besvares i erklæringens felter"
      case (.fields, .en): "Answered by the declaration's fields"
      }
    }
  }

  /// A row's cell for `column` as plain text (fields one per line, path then question).
  public func text(_ row: Row, _ column: Column) -> String {
    switch column {
    case .id: row.id
    case .requirement: row.requirement
    case .criterion: row.criterion
    case .legalBasis: row.legalBasis
    case .obligation: row.obligation.name(language)
    case .severity: row.severity.name(language)
    case .fields:
      row.fields.map { $0.question.isEmpty ? $0.path : "\($0.path): \($0.question)" }.joined(separator: "\n")
    }
  }

  /// The kravbank's title in its language.
  public var title: String {
    language == .da ? "Kravbank: profil \(profileID)" : "Requirements for tenders: profile \(profileID)"
  }
}
