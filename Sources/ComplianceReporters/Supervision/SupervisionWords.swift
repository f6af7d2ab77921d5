public import ComplianceCore
public import YAMLSupport

/// The words of the plan and the record in Danish and English.
enum SupervisionWords {
  /// `en` or `da` by language.
  static func pick(_ language: Language, en: String, da: String) -> String { language == .da ? da : en }

  static func status(_ status: SupervisionPlan.Status, _ language: Language) -> String {
    switch status {
    case .invalid: pick(language, en: "invalid", da: "ugyldig")
    case .conceptNotAllowed: pick(language, en: "concept not allowed", da: "koncept ikke tilladt")
    case .neverSupervised: pick(language, en: "never supervised", da: "aldrig ført tilsyn")
    case .overdue: pick(language, en: "overdue", da: "forsinket")
    case .dueSoon: pick(language, en: "due soon", da: "snart")
    case .ok: pick(language, en: "ok", da: "ok")
    }
  }

  static func problem(_ problem: EvidenceFit.Problem, _ language: Language) -> String {
    switch problem {
    case .noDeclaration:
      pick(
        language, en: "no valid declaration to read evidence from",
        da: "ingen gyldig erklæring at læse dokumentation fra")
    case .noCurrentAuditorReport:
      pick(
        language, en: "no current ISAE 3000/3402 or SOC 2 type 2 report covering the service",
        da: "ingen aktuel ISAE 3000/3402- eller SOC 2-erklæring af type 2, der omfatter ydelsen")
    case .noValidCertificate:
      pick(
        language, en: "no valid certificate whose scope covers the service",
        da: "intet gyldigt certifikat, hvis anvendelsesområde omfatter ydelsen")
    case .declarationTooOld:
      pick(
        language, en: "the declaration is older than the concept's cadence",
        da: "erklæringen er ældre end konceptets interval")
    case .noInspectionEvidence:
      pick(
        language, en: "the last supervision lists no inspection report",
        da: "det seneste tilsyn angiver ingen inspektionsrapport")
    }
  }

  static func source(_ source: RiskAssessment.Source, _ language: Language) -> String {
    switch source {
    case .declaration: pick(language, en: "declaration", da: "erklæringen")
    case .register: pick(language, en: "register", da: "registeret")
    case .override:
      pick(language, en: "register (overrides the declaration)", da: "registeret (tilsidesætter erklæringen)")
    case .assumed: pick(language, en: "assumed (unanswered)", da: "antaget (ubesvaret)")
    }
  }

  static func conclusion(_ conclusion: SupervisionRegister.Conclusion, _ language: Language) -> String {
    switch conclusion {
    case .satisfactory: pick(language, en: "satisfactory", da: "tilfredsstillende")
    case .remarks: pick(language, en: "satisfactory with remarks", da: "tilfredsstillende med bemærkninger")
    case .unsatisfactory: pick(language, en: "unsatisfactory", da: "ikke tilfredsstillende")
    }
  }

  static func verdict(_ verdict: SupervisionPlan.DeclarationVerdict.Verdict, _ language: Language) -> String {
    switch verdict {
    case .passed: pick(language, en: "passed", da: "bestået")
    case .failed: pick(language, en: "failed", da: "ikke bestået")
    case .invalid: pick(language, en: "invalid", da: "ugyldig")
    case .missing: pick(language, en: "no declaration", da: "ingen erklæring")
    }
  }

  static func verification(_ verification: SupervisionRecord.Verification, _ language: Language) -> String {
    switch verification {
    case .verified: pick(language, en: "verified", da: "kontrolleret")
    case .mismatch: pick(language, en: "MISMATCH", da: "AFVIGER")
    case .absent: pick(language, en: "file not present", da: "filen findes ikke")
    case .unrecorded: pick(language, en: "no hash recorded", da: "ingen hashværdi registreret")
    }
  }

  /// The question's title in `language`, or its id.
  static func question(_ id: String, model: SupervisionModel, _ language: Language) -> String {
    model.question(id)?.title.text(language) ?? id
  }

  /// The answer's label in `language`, or its value.
  static func answer(_ value: String, question: String, model: SupervisionModel, _ language: Language) -> String {
    guard let answer = model.question(question)?.answer(value) else { return value }
    return answer.label.text(language)
  }

  /// `5 Independent auditor's report`.
  static func concept(_ number: Int?, model: SupervisionModel, _ language: Language) -> String {
    guard let number else { return pick(language, en: "none chosen", da: "intet valgt") }
    guard let concept = model.concept(number) else { return String(number) }
    return "\(number) \(concept.name.text(language))"
  }

  static func list(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: ", ") }
}
