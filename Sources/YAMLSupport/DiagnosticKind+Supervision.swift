// The message table, part 4: the supervision model, the supervision register and its evidence.
extension DiagnosticKind {
  static let supervisionEntries: [DiagnosticKind: Entry] = [
    .modelUnknown: .init(
      .supervisionModel, en: "unknown supervision model '%1'; known: %2",
      da: "ukendt tilsynsmodel '%1'; kendte: %2"),
    .modelBands: .init(
      .supervisionModel, en: "the bands do not cover %1 points: every total from %2 to %3 needs exactly one band",
      da: "intervallerne dækker ikke %1 point: hver sum fra %2 til %3 skal høre til præcis ét interval"),
    .modelCycle: .init(
      .supervisionModel, en: "supervision models extend each other in a cycle: %1",
      da: "tilsynsmodellerne bygger på hinanden i ring: %1"),
    .modelConcept: .init(
      .supervisionModel, en: "concept %1 is not defined in the model", da: "koncept %1 er ikke defineret i modellen"),
    .registerProcessorID: .init(
      .schemaType, en: "processor id '%1' must be lowercase letters, digits and '-' only",
      da: "databehandler-id'et '%1' må kun bestå af små bogstaver, cifre og '-'"),
    .registerDuplicateProcessor: .init(
      .registerDuplicateId, en: "processor id '%1' is used twice", da: "databehandler-id'et '%1' er brugt to gange"),
    .noteFirstProcessor: .init(note: .registerDuplicateId, en: "first used here", da: "først brugt her"),
    .registerUnknownQuestion: .init(
      .registerReference, en: "'%1' is not a question of the supervision model; questions: %2",
      da: "'%1' er ikke et spørgsmål i tilsynsmodellen; spørgsmål: %2"),
    .registerUnknownAnswer: .init(
      .registerReference, en: "'%1' is not an answer to '%2'; answers: %3",
      da: "'%1' er ikke et svar på '%2'; svar: %3"),
    .registerUnknownConcept: .init(
      .registerReference, en: "concept %1 is not defined in the supervision model; concepts: %2",
      da: "koncept %1 er ikke defineret i tilsynsmodellen; koncepter: %2"),
    .registerDuplicateRemark: .init(
      .registerDuplicateId, en: "remark id '%1' is used twice for this processor",
      da: "bemærknings-id'et '%1' er brugt to gange for denne databehandler"),
    .registerHashFormat: .init(
      .schemaType, en: "'%1' is not a SHA-256 hash: expected 64 hexadecimal digits",
      da: "'%1' er ikke en SHA-256-hashværdi: der forventes 64 hexadecimale cifre"),
    .evidenceHashMismatch: .init(
      .evidenceHash, en: "the SHA-256 of '%1' is %2, not the %3 recorded here: the file changed after the supervision",
      da: "hashværdien (SHA-256) af '%1' er %2, ikke %3 som registreret her: filen er ændret efter tilsynet"),
    .registerUnknownProcessor: .init(
      .registerReference, en: "no processor '%1' in the register; processors: %2",
      da: "ingen databehandler '%1' i registeret; databehandlere: %2"),
    .registerNoSupervisionOn: .init(
      .registerReference, en: "processor '%1' has no supervision dated %2; dates: %3",
      da: "databehandleren '%1' har intet tilsyn dateret %2; datoer: %3"),
    .registerNoSupervision: .init(
      .registerReference, en: "processor '%1' has no supervision to make a record of",
      da: "databehandleren '%1' har intet tilsyn at lave et tilsynsnotat om"),
    .registerOverrideRange: .init(
      .schemaRange, en: "override points %1 are outside the model's scale, %2 to %3",
      da: "de overstyrede point %1 ligger uden for modellens skala, %2 til %3"),
  ]
}
