public import YAMLSupport

/// The words of the workbooks, in Danish and English: sheet names (at most 31 characters, as
/// Excel requires) and column headers.
public enum SheetPhrase: Sendable, CaseIterable {
  case summarySheet, matrixSheet, findingsSheet, reportTitle
  case file, vendor, service, rule, status, severity, clause, gdpr, line, message
  case asOf, profile, failOn, verdict, declarations, invalid
  case questionsSheet, aboutSheet, field, question, answer, guidance, kindOfAnswer, example, parentRow
  case none, chainParent, chainOwn

  /// The text in `language`.
  public func text(_ language: Language) -> String {
    let (da, en) = texts
    return language == .da ? da : en
  }

  private var texts: (String, String) {
    switch self {
    case .summarySheet: ("Oversigt", "Summary")
    case .matrixSheet: ("Leverandører x bestemmelser", "Vendors x clauses")
    case .findingsSheet: ("Resultater", "Findings")
    case .reportTitle:
      ("dpacheck: rapport over databehandlererklæringer", "dpacheck: report on data processor declarations")
    case .file: ("Fil", "File")
    case .vendor: ("Leverandør", "Vendor")
    case .service: ("Ydelse", "Service")
    case .rule: ("Krav", "Rule")
    case .status: ("Status", "Status")
    case .severity: ("Alvor", "Severity")
    case .clause: ("Bestemmelse", "Clause")
    case .gdpr: ("GDPR", "GDPR")
    case .line: ("Linje", "Line")
    case .message: ("Besked", "Message")
    case .asOf: ("Vurderet pr.", "As of")
    case .profile: ("Profil", "Profile")
    case .failOn: ("Fejler ved", "Fails on")
    case .verdict: ("Resultat", "Verdict")
    case .declarations: ("Erklæringer", "Declarations")
    case .invalid: ("Ugyldige erklæringer", "Invalid declarations")
    case .questionsSheet: ("Spørgsmål", "Questions")
    case .aboutSheet: ("Vejledning", "How to fill in")
    case .field: ("Felt", "Field")
    case .question: ("Spørgsmål", "Question")
    case .answer: ("Svar", "Answer")
    case .guidance: ("Vejledning", "Guidance")
    case .kindOfAnswer: ("Svarform", "Kind of answer")
    case .example: ("Eksempel", "Example")
    case .parentRow: ("Række i %1", "Row in %1")
    case .none: ("(ingen)", "(none)")
    case .chainParent: ("Underdatabehandler for række", "Sub-processor of row")
    case .chainOwn: ("Egne underdatabehandlere?", "Own sub-processors?")
    }
  }
}
