import Foundation
import TestSupport
import Testing

/// `dpacheck plan` and `dpacheck record` as a user runs them, on the example register: exit codes,
/// golden JSON, the iCalendar file read by a real parser, the HTML printed to PDF, and a register
/// whose evidence no longer matches its recorded hash.
@Suite(.serialized) struct SupervisionCommandTests {
  static let register = "Examples/register/register.yaml"
  static let snapshots = Package.path("Tests/CLITests/Snapshots/supervision")

  static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "\"version\" : \"\(versionOfBinary)\"", with: "\"version\" : \"<VERSION>\"")
  }

  static let versionOfBinary: String = {
    (try? CLI.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? ""
  }()

  @Test func planOfTheExampleRegisterFailsOnWhatIsOverdueAndMatchesItsSnapshot() throws {
    let result = try CLI.run(["plan", Self.register, "--as-of", "2026-12-01", "--format", "json"])
    #expect(result.status == 1, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["format"] as? String == "dpacheck/plan/v1")
    let processors = try #require(json["processors"] as? [[String: Any]])
    let statuses = Dictionary(
      uniqueKeysWithValues: processors.map { ($0["id"] as? String ?? "", $0["status"] as? String ?? "") })
    #expect(statuses["esdh-arkiv"] == "never_supervised")
    #expect(statuses["meldeklar"] == "concept_not_allowed")
    #expect(statuses["loen-vest"] == "due_soon")
    #expect(processors.allSatisfy { $0.keys.contains("next_due") && $0.keys.contains("last_supervision") })
    try Snapshot.assert(Self.normalised(result.stdout), matches: "plan.en.json", in: Self.snapshots, structural: true)
  }

  @Test func planTextNamesEveryProcessorAndTheOverdueRemark() throws {
    let result = try CLI.run(["plan", Self.register, "--as-of", "2026-12-01", "--lang", "da"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("Tilsynsplan: Fjordby Kommune"))
    #expect(result.stdout.contains("bemærkning 'R1' forsinket siden 2026-09-30"))
    #expect(result.stdout.contains("aldrig ført tilsyn"))
  }

  @Test func planIsByteIdenticalForTheSameInputsInEveryFormat() throws {
    for format in ["text", "json", "markdown", "html", "csv", "ics"] {
      let arguments = ["plan", Self.register, "--as-of", "2026-12-01", "--format", format]
      let first = try CLI.run(arguments)
      let second = try CLI.run(arguments)
      #expect(first.stdoutBytes == second.stdoutBytes, "\(format)")
      #expect(!first.stdout.isEmpty, "\(format)")
    }
  }

  @Test func csvStartsWithABOMAndHasARowPerProcessor() throws {
    let result = try CLI.run(["plan", Self.register, "--as-of", "2026-12-01", "--format", "csv"])
    #expect(Array(result.stdoutBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let rows = result.stdout.split(separator: "\r\n")
    #expect(rows.count == 13)
    #expect(rows.contains { $0.hasPrefix("affald,") && $0.contains(",1,1,") })
  }

  @Test(Validators.icalendarTool)
  func calendarIsReadByAnICalendarParserWithStableUIDs() throws {
    try withTemporaryDirectory(prefix: "dpacheck-ics") { directory in
      let file = directory.appendingPathComponent("plan.ics").path
      let result = try CLI.run(["plan", Self.register, "--as-of", "2026-12-01", "--format", "ics", "-o", file])
      #expect(result.status == 1)
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
      let text = String(decoding: bytes, as: UTF8.self)
      // CRLF everywhere, and no line longer than 75 octets.
      #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
      for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
      let script = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = list(cal.walk('VEVENT'))
        uids = [str(e['UID']) for e in events]
        assert len(uids) == len(set(uids)), 'duplicate UIDs'
        for e in events:
            assert e['DTSTAMP'].dt.isoformat() == '2026-12-01T00:00:00+00:00', e['DTSTAMP'].dt
            assert str(e['UID']).endswith('@dpacheck')
        print(len(events))
        for u in sorted(uids): print(u)
        """
      let scriptFile = directory.appendingPathComponent("read.py").path
      try script.write(toFile: scriptFile, atomically: true, encoding: .utf8)
      let run = try #require(try Validators.run("python3", [scriptFile, file]))
      #expect(run.status == 0, "\(run.output)")
      let lines = run.output.split(separator: "\n").map(String.init)
      // 11 due supervisions, 1 'choose a concept', 2 open remarks with a due date.
      #expect(lines.first == "14", "\(run.output)")
      #expect(lines.contains("sag-nordlys-supervision-2027-10-05@dpacheck"))
      #expect(lines.contains("affald-remark-r1-2026-09-30@dpacheck"))
      #expect(lines.contains("esdh-arkiv-supervision-2026-12-01@dpacheck"))
      #expect(lines.contains("meldeklar-choose-concept-2026-12-01@dpacheck"))
    }
  }

  @Test func recordJSONMatchesItsSnapshotAndVerifiesTheDBSRecord() throws {
    let result = try CLI.run(["record", Self.register, "--processor", "omsorg", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"verification\" : \"verified\""))
    #expect(result.stdout.contains("\"format\" : \"dpacheck/record/v1\""))
    try Snapshot.assert(
      Self.normalised(result.stdout), matches: "record-omsorg.en.json", in: Self.snapshots, structural: true)
    let affald = try CLI.run(["record", Self.register, "--processor", "affald", "--format", "json"])
    #expect(affald.status == 0)
    try Snapshot.assert(
      Self.normalised(affald.stdout), matches: "record-affald.en.json", in: Self.snapshots, structural: true)
  }

  @Test func recordIsByteIdenticalAndNamesUnknownProcessorsAndDates() throws {
    let arguments = ["record", Self.register, "--processor", "sag-nordlys", "--lang", "da"]
    let first = try CLI.run(arguments)
    let second = try CLI.run(arguments)
    #expect(first.status == 0)
    #expect(first.stdoutBytes == second.stdoutBytes)
    #expect(first.stdout.contains("Tilsynsnotat: Nordlys Cloud ApS — 2026-10-05"))
    let older = try CLI.run(arguments + ["--date", "2025-03-18", "--format", "markdown"])
    #expect(older.stdout.contains("— 2025-03-18"))
    let unknown = try CLI.run(["record", Self.register, "--processor", "nordlys"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("no processor 'nordlys'"))
    let noDate = try CLI.run(["record", Self.register, "--processor", "affald", "--date", "2026-01-01"])
    #expect(noDate.status == 2)
    #expect(noDate.stderr.contains("2026-05-01"))
  }

  /// A copy of the example register whose evidence file was changed after the supervision.
  static func withTamperedCopy(_ body: (String) throws -> Void) throws {
    try withTemporaryDirectory(prefix: "dpacheck-register") { directory in
      let copy = directory.appendingPathComponent("register")
      try FileManager.default.copyItem(at: URL(fileURLWithPath: Package.path("Examples/register")), to: copy)
      let evidence = copy.appendingPathComponent("evidence/sag-nordlys-isae3000-2025-26.txt")
      try "changed after the supervision\n".write(to: evidence, atomically: true, encoding: .utf8)
      try body(copy.appendingPathComponent("register.yaml").path)
    }
  }

  @Test func aChangedEvidenceFileMakesItsProcessorInvalidAndTheExitCode2() throws {
    try Self.withTamperedCopy { register in
      let plan = try CLI.run(["plan", register, "--as-of", "2026-12-01", "--format", "json"])
      #expect(plan.status == 2)
      #expect(
        plan.stderr.contains("register.yaml:47:21: error: the SHA-256 of 'evidence/sag-nordlys-isae3000-2025-26.txt'"))
      let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
      let processors = try #require(json["processors"] as? [[String: Any]])
      #expect(processors.first { $0["id"] as? String == "sag-nordlys" }?["status"] as? String == "invalid")
      #expect(processors.first { $0["id"] as? String == "nyhedsbrev" }?["status"] as? String == "ok")
      let record = try CLI.run(["record", register, "--processor", "sag-nordlys", "--format", "json"])
      #expect(record.status == 2)
      #expect(record.stdout.contains("\"verification\" : \"mismatch\""))
    }
  }

  @Test func aMunicipalitysOwnModelExtendsTheShippedOneAndChangesTheCalendar() throws {
    try withTemporaryDirectory(prefix: "dpacheck-register") { directory in
      let copy = directory.appendingPathComponent("register")
      try FileManager.default.copyItem(at: URL(fileURLWithPath: Package.path("Examples/register")), to: copy)
      try """
      format: dpacheck/supervision-model/v1
      extends: datatilsynet-2021
      concepts:
        - {number: 5, cadence_months: 24}
      changes:
        - {on: 2026-11-01, by: "Mette Holm, DPO", what: "ISAE reports every second year"}
      """.write(to: copy.appendingPathComponent("fjordby-model.yaml"), atomically: true, encoding: .utf8)
      let registerFile = copy.appendingPathComponent("register.yaml")
      let text = try String(contentsOf: registerFile, encoding: .utf8)
        .replacingOccurrences(of: "model: datatilsynet-2021", with: "model: fjordby-model.yaml")
      try text.write(to: registerFile, atomically: true, encoding: .utf8)
      let result = try CLI.run(["plan", registerFile.path, "--as-of", "2026-12-01", "--format", "json"])
      #expect(result.status == 1, "\(result.stderr)")
      let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let model = try #require(json["model"] as? [String: Any])
      #expect(model["id"] as? String == "fjordby-model")
      #expect(model["extends"] as? String == "datatilsynet-2021")
      #expect((model["changes"] as? [[String: Any]])?.first?["by"] as? String == "Mette Holm, DPO")
      let processors = try #require(json["processors"] as? [[String: Any]])
      func processor(_ id: String) -> [String: Any]? { processors.first { $0["id"] as? String == id } }
      // Concept 5 every 24 months: sagsflow's supervision of 2025-09-01 is no longer overdue.
      #expect(processor("sagsflow")?["next_due"] as? String == "2027-09-01")
      #expect(processor("sagsflow")?["status"] as? String == "ok")
      #expect(processor("affald")?["next_due"] as? String == "2027-05-01")  // concept 3 keeps 12 months
    }
  }

  @Test func anUnknownKeyInTheRegisterIsAnErrorWithFileLineAndColumn() throws {
    try withTemporaryDirectory(prefix: "dpacheck-register") { directory in
      let file = directory.appendingPathComponent("register.yaml").path
      try """
      format: dpacheck/register/v1
      controller: {name: Fjordby Kommune}
      profil: kommune
      processors: []
      """.write(toFile: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["plan", file])
      #expect(result.status == 2)
      #expect(result.stderr.contains("register.yaml:3:1: error: unknown key 'profil'"), "\(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test func modelsThatExtendEachOtherInACycleAreRefused() throws {
    try withTemporaryDirectory(prefix: "dpacheck-register") { directory in
      let register = directory.appendingPathComponent("register.yaml").path
      try "format: dpacheck/register/v1\ncontroller: {name: X}\nmodel: a.yaml\nprocessors: []\n"
        .write(toFile: register, atomically: true, encoding: .utf8)
      try "format: dpacheck/supervision-model/v1\nextends: b.yaml\n"
        .write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
      try "format: dpacheck/supervision-model/v1\nextends: a.yaml\n"
        .write(to: directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
      let result = try CLI.run(["plan", register])
      #expect(result.status == 2)
      #expect(
        result.stderr.contains(
          "b.yaml:2:10: error: supervision models extend each other in a cycle: "
            + "a.yaml → b.yaml → a.yaml"), "\(result.stderr)")
    }
  }

  @Test(Validators.pdfRenderingTools) func planAndRecordPrintToA4PDFsOfBoundedLength() throws {
    try withTemporaryDirectory(prefix: "dpacheck-supervision-pdf") { directory in
      let cases: [(name: String, arguments: [String], pages: ClosedRange<Int>, text: String)] = [
        (
          "plan", ["plan", Self.register, "--as-of", "2026-12-01", "--format", "html", "--lang", "da"], 1...4,
          "Tilsynsplan"
        ),
        ("record", ["record", Self.register, "--processor", "affald", "--format", "html"], 1...4, "Renoflow ApS"),
      ]
      for testCase in cases {
        let html = directory.appendingPathComponent("\(testCase.name).html")
        _ = try CLI.run(testCase.arguments + ["-o", html.path])
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';"))
        #expect(!page.contains("<script"))
        let pdf = try Validators.printToPDF(html, profileIn: directory)
        #expect(testCase.pages.contains(pdf.pages), "\(testCase.name): \(pdf.info)")
        #expect(pdf.isA4, "\(testCase.name): \(pdf.info)")
        let text = try pdf.text()
        #expect(text.contains(testCase.text), "\(testCase.name)")
      }
    }
  }
}
