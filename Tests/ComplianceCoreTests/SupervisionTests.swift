import ComplianceCore
import ComplianceReporters
import Frontend
import TestSupport
import Testing
import YAMLSupport

/// The supervision model, the register, the risk, the evidence fit and the plan, in process, on
/// the example register (`Examples/register/`) and on generated registers.
@Suite struct SupervisionTests {
  static let asOf = Day("2026-12-01") ?? .earliest

  static func exampleRun() throws -> SupervisionRun {
    try SupervisionRun(registerPath: Package.path("Examples/register/register.yaml"), catalog: Package.catalog())
  }

  static func examplePlan(asOf: Day = asOf) throws -> SupervisionPlan {
    let run = try exampleRun()
    return SupervisionPlan.compute(
      register: run.register, model: run.model, inputs: run.inputs(asOf: asOf),
      countries: try Package.catalog().countries,
      asOf: asOf)
  }

  @Test func shippedModelPutsEveryTotalInOneBandAsTheGuidanceSummarySays() throws {
    let model = try Self.exampleRun().model
    #expect(model.id == "datatilsynet-2021")
    #expect(model.scale == 1...10)
    #expect(model.concepts.map(\.number) == [1, 2, 3, 4, 5, 6])
    // gls-a.dk's summary of the 2021 guidance: 1-2: 1-6; 3-4: 2-6; 5-6: 3-6; 7-10: 5-6.
    let expected: [(Int, [Int])] = [
      (1, [1, 2, 3, 4, 5, 6]), (2, [1, 2, 3, 4, 5, 6]), (3, [2, 3, 4, 5, 6]), (4, [2, 3, 4, 5, 6]),
      (5, [3, 4, 5, 6]), (6, [3, 4, 5, 6]), (7, [5, 6]), (10, [5, 6]),
    ]
    for (points, concepts) in expected {
      #expect(model.band(for: points)?.concepts == concepts, "\(points) points")
    }
    #expect(model.concept(1)?.cadenceMonths == nil)
    #expect(model.concept(5)?.evidenceRule == .auditorReport)
  }

  struct StatusCase: Sendable, CustomTestStringConvertible {
    var id: String
    var status: SupervisionPlan.Status
    var testDescription: String { "\(id) is \(status.rawValue)" }
  }

  @Test(arguments: [
    StatusCase(id: "nyhedsbrev", status: .ok), StatusCase(id: "sag-nordlys", status: .ok),
    StatusCase(id: "loen-vest", status: .dueSoon), StatusCase(id: "esdh-arkiv", status: .neverSupervised),
    StatusCase(id: "affald", status: .ok), StatusCase(id: "omsorg", status: .ok),
    StatusCase(id: "skoleapp", status: .overdue), StatusCase(id: "loen-midt", status: .ok),
    StatusCase(id: "meldeklar", status: .conceptNotAllowed), StatusCase(id: "kvikskema", status: .ok),
    StatusCase(id: "sagsflow", status: .overdue), StatusCase(id: "polarsag", status: .ok),
  ])
  func exampleProcessorHasItsStatus(_ testCase: StatusCase) throws {
    let plan = try Self.examplePlan()
    let entry = try #require(plan.entries.first { $0.id == testCase.id })
    #expect(entry.status == testCase.status, "\(entry.diagnostics.map(\.message))")
  }

  @Test func examplePlanFailsOnOverdueAndCountsEachKind() throws {
    let plan = try Self.examplePlan()
    let summary = plan.summary
    #expect(summary.processors == 12)
    #expect(summary.overdue == 2)
    #expect(summary.dueSoon == 1)
    #expect(summary.neverSupervised == 1)
    #expect(summary.conceptNotAllowed == 1)
    #expect(summary.remarksOverdue == 1)
    #expect(summary.invalid == 0)
    #expect(plan.exitCode == 1)
    let affald = try #require(plan.entries.first { $0.id == "affald" })
    #expect(affald.openRemarks.map(\.remark.id) == ["R1"])
    #expect(affald.openRemarks.first?.overdue == true)
  }

  @Test func supervisionByOthersCountsOnlyOnceApproved() throws {
    let plan = try Self.examplePlan()
    let omsorg = try #require(plan.entries.first { $0.id == "omsorg" })
    #expect(omsorg.lastSupervision?.date == Day("2026-04-15"))
    #expect(omsorg.nextDue == Day("2027-04-15"))
    let skoleapp = try #require(plan.entries.first { $0.id == "skoleapp" })
    #expect(skoleapp.lastSupervision?.date == Day("2025-06-01"))
    #expect(skoleapp.unapproved.map(\.date) == [Day("2026-10-01")])
  }

  @Test func riskAnswersSayWhereTheyCameFrom() throws {
    let plan = try Self.examplePlan()
    func answers(_ id: String) throws -> [String: RiskAssessment.Answer] {
      let entry = try #require(plan.entries.first { $0.id == id })
      let risk = try #require(entry.risk)
      return Dictionary(uniqueKeysWithValues: risk.answers.map { ($0.question, $0) })
    }
    let sag = try answers("sag-nordlys")
    #expect(sag["data_subjects"]?.answer == "over_10000")
    #expect(sag["sensitive_data"]?.answer == "special_categories")
    #expect(sag["third_country"]?.answer == "yes")  // a US sub-processor
    #expect(sag.values.allSatisfy { $0.source == .declaration })
    let skole = try answers("skoleapp")
    #expect(skole["data_subjects"]?.source == .override)
    let kvik = try answers("kvikskema")
    #expect(kvik["data_subjects"]?.source == .register)
    #expect(kvik["sensitive_data"]?.source == .assumed)
    #expect(kvik["sensitive_data"]?.answer == "special_categories")
    let kvikEntry = try #require(plan.entries.first { $0.id == "kvikskema" })
    #expect(kvikEntry.risk?.computedPoints == 8)
    #expect(kvikEntry.risk?.points == 4)
    #expect(kvikEntry.allowedConcepts == [2, 3, 4, 5, 6])
  }

  // MARK: Evidence fit, one rule at a time

  static func declaration(_ name: String) throws -> Declaration {
    let catalog = try Package.catalog()
    let path = Package.path("Examples/register/declarations/\(name).yaml")
    return try catalog.declarationLoader.load(InputFile.source(path))
  }

  static func concept(_ number: Int) throws -> SupervisionModel.Concept {
    try #require(try exampleRun().model.concept(number))
  }

  @Test func auditorReportFitsWhileItsPeriodEndedWithinFifteenMonths() throws {
    let model = try Self.exampleRun().model
    let declaration = try Self.declaration("sag-nordlys")  // ISAE 3000 type 2, period end 2026-06-30
    let concept = try Self.concept(5)
    let current = EvidenceFit.assess(concept, model: model, declaration: declaration, last: nil, asOf: Self.asOf)
    #expect(current.ok)
    let later = try #require(Day("2027-10-01"))
    let stale = EvidenceFit.assess(concept, model: model, declaration: declaration, last: nil, asOf: later)
    #expect(stale.problems == [.noCurrentAuditorReport])
    let old = EvidenceFit.assess(
      concept, model: model, declaration: try Self.declaration("loen-midt"), last: nil, asOf: Self.asOf)
    #expect(old.problems == [.noCurrentAuditorReport])
  }

  @Test func certificationFitsWhileTheCertificateIsValidAndCoversTheService() throws {
    let model = try Self.exampleRun().model
    let declaration = try Self.declaration("sag-nordlys")  // ISO 27001 valid until 2027-06-30
    let concept = try Self.concept(4)
    #expect(EvidenceFit.assess(concept, model: model, declaration: declaration, last: nil, asOf: Self.asOf).ok)
    let expired = try #require(Day("2027-07-01"))
    #expect(
      EvidenceFit.assess(concept, model: model, declaration: declaration, last: nil, asOf: expired).problems == [
        .noValidCertificate
      ])
    let lapsed = EvidenceFit.assess(
      concept, model: model, declaration: try Self.declaration("loen-midt"), last: nil, asOf: Self.asOf)
    #expect(lapsed.problems == [.noValidCertificate])
  }

  @Test func writtenStatusNeedsADeclarationDatedWithinTheCadence() throws {
    let model = try Self.exampleRun().model
    let declaration = try Self.declaration("nyhedsbrev")  // declared 2026-09-10
    let concept = try Self.concept(2)
    #expect(EvidenceFit.assess(concept, model: model, declaration: declaration, last: nil, asOf: Self.asOf).ok)
    let later = try #require(Day("2027-09-11"))
    #expect(
      EvidenceFit.assess(concept, model: model, declaration: declaration, last: nil, asOf: later).problems == [
        .declarationTooOld
      ])
    #expect(
      EvidenceFit.assess(concept, model: model, declaration: nil, last: nil, asOf: Self.asOf).problems == [
        .noDeclaration
      ])
  }

  @Test func inspectionNeedsAnInspectionReportInTheLastSupervision() throws {
    let run = try Self.exampleRun()
    let concept = try Self.concept(6)
    let polarsag = try #require(run.register.processors.first { $0.id == "polarsag" })
    let inspected = EvidenceFit.assess(
      concept, model: run.model, declaration: nil, last: polarsag.supervisions.last, asOf: Self.asOf)
    #expect(inspected.ok)
    let sagsflow = try #require(run.register.processors.first { $0.id == "sagsflow" })
    let notInspected = EvidenceFit.assess(
      concept, model: run.model, declaration: nil, last: sagsflow.supervisions.last, asOf: Self.asOf)
    #expect(notInspected.problems == [.noInspectionEvidence])
  }

  // MARK: Register errors

  static func register(_ text: String) throws(Diagnostic) -> SupervisionRegister {
    try SupervisionRegister.load(SourceFile(name: "register.yaml", text: text))
  }

  @Test func unknownKeyInTheRegisterIsAnErrorWithItsPosition() throws {
    let text = """
      format: dpacheck/register/v1
      controller: {name: Fjordby Kommune}
      processors: []
      owner: somebody
      """
    #expect {
      try Self.register(text)
    } throws: { error in
      guard let diagnostic = error as? Diagnostic else { return false }
      return diagnostic.code == .schemaUnknownKey && diagnostic.location.line == 4 && diagnostic.location.column == 1
    }
  }

  @Test func duplicateProcessorIDMakesTheSecondEntryInvalid() throws {
    let register = try Self.register(
      """
      format: dpacheck/register/v1
      controller: {name: Fjordby Kommune}
      processors:
        - id: sag
          concept: 5
        - id: sag
          concept: 5
        - id: Bad_ID
          colour: blue
      """)
    #expect(register.processors.count == 3)
    #expect(register.processors[0].problem == nil)
    let duplicate = try #require(register.processors[1].problem)
    #expect(duplicate.code == .registerDuplicateId)
    #expect(duplicate.location.line == 6)
    #expect(duplicate.notes.first?.location?.line == 4)
    #expect(register.processors[2].problem?.text.kind == .registerProcessorID)
  }

  @Test func aHashThatIsNotSHA256IsRefusedWhereItIsWritten() throws {
    let register = try Self.register(
      """
      format: dpacheck/register/v1
      controller: {name: Fjordby Kommune}
      processors:
        - id: sag
          concept: 5
          supervisions:
            - date: 2026-01-01
              concept: 5
              conclusion: satisfactory
              evidence:
                - {kind: isae3000, file: a.pdf, sha256: abc}
      """)
    let problem = try #require(register.processors[0].problem)
    #expect(problem.text.kind == .registerHashFormat)
    #expect(problem.location.line == 11)
  }

  @Test func aModelMayExtendTheShippedOneAndSayWhoChangedWhat() throws {
    let base = try Self.exampleRun().model
    let source = SourceFile(
      name: "fjordby-model.yaml",
      text: """
        format: dpacheck/supervision-model/v1
        extends: datatilsynet-2021
        concepts:
          - number: 5
            cadence_months: 24
        changes:
          - on: 2026-11-01
            by: Mette Holm, DPO
            what: ISAE reports every second year for processors in band 5-6, approved by the board
        """)
    let model = try SupervisionModel.load(source) { (_, _) throws(Diagnostic) -> SupervisionModel in base }
    #expect(model.id == "fjordby-model")
    #expect(model.extends == "datatilsynet-2021")
    #expect(model.concept(5)?.cadenceMonths == 24)
    #expect(model.concept(4)?.cadenceMonths == 12)
    #expect(model.bands.count == base.bands.count)
    #expect(model.changes.map(\.by) == ["Mette Holm, DPO"])
  }

  @Test func bandsThatLeaveATotalUncoveredAreRefused() throws {
    let base = try Self.exampleRun().model
    let source = SourceFile(
      name: "gap.yaml",
      text: """
        format: dpacheck/supervision-model/v1
        extends: datatilsynet-2021
        bands:
          - {from: 1, to: 4, concepts: [1, 2, 3, 4, 5, 6]}
          - {from: 6, to: 10, concepts: [5, 6]}
        """)
    #expect {
      try SupervisionModel.load(source) { (_, _) throws(Diagnostic) -> SupervisionModel in base }
    } throws: { error in
      (error as? Diagnostic)?.text.kind == .modelBands && (error as? Diagnostic)?.location.line == 4
    }
  }

  // MARK: The calendar never schedules a concept the band does not allow

  /// SplitMix64: a small seeded generator, so a failing case can be replayed.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test func calendarNeverSchedulesAConceptTheBandDoesNotAllow() throws {
    let model = try Self.exampleRun().model
    let countries = try Package.catalog().countries
    var random = SeededGenerator(state: 20_211_029)
    for round in 0..<400 {
      var yaml = "format: dpacheck/register/v1\ncontroller: {name: Generated}\nprocessors:\n"
      for index in 0..<5 {
        yaml += "  - id: p\(index)\n    concept: \(Int.random(in: 1...6, using: &random))\n    risk:\n"
        for question in model.questions {
          let answer = question.answers.randomElement(using: &random)?.value ?? ""
          if Bool.random(using: &random) { yaml += "      \(question.id): '\(answer)'\n" }
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
          let points = Int.random(in: model.scale, using: &random)
          yaml += "      override: {points: \(points), reason: generated, approved_by: test}\n"
        }
        if Bool.random(using: &random) {
          let month = Int.random(in: 1...12, using: &random)
          yaml += "    supervisions:\n      - {date: 2025-\(month < 10 ? "0" : "")\(month)-15, concept: "
          yaml += "\(Int.random(in: 1...6, using: &random)), conclusion: satisfactory}\n"
        }
      }
      let register = try Self.register(yaml)
      let inputs = register.processors.map {
        SupervisionPlan.Input(
          processor: $0, declaration: nil, report: nil, failOn: .high, warningWindowDays: 60, profile: nil,
          problems: [])
      }
      let plan = SupervisionPlan.compute(
        register: register, model: model, inputs: inputs, countries: countries, asOf: Self.asOf)
      for entry in plan.entries {
        let allowed = entry.risk?.band?.concepts ?? []
        #expect(entry.allowedConcepts == allowed, "round \(round) \(entry.id)")
        if let scheduled = entry.scheduledConcept {
          #expect(allowed.contains(scheduled), "round \(round) \(entry.id)")
        }
        if let concept = entry.concept, !allowed.contains(concept) {
          #expect(entry.status == .conceptNotAllowed, "round \(round) \(entry.id)")
        }
      }
      // The calendar's events carry the concept they schedule.
      let calendar = PlanCalendar.render(plan, language: .en)
      var current: String?
      for line in calendar.split(separator: "\r\n") {
        if line.hasPrefix("UID:") { current = String(line.dropFirst(4).split(separator: "-").first ?? "") }
        if line.hasPrefix("X-DPACHECK-CONCEPT:"), let id = current,
          let entry = plan.entries.first(where: { $0.id == id })
        {
          let concept = Int(line.dropFirst("X-DPACHECK-CONCEPT:".count)) ?? 0
          #expect(entry.allowedConcepts.contains(concept), "round \(round) \(id) schedules \(concept)")
        }
      }
    }
  }
}
