import Foundation
import TestSupport
import Testing

/// `template --format xlsx` and `import`: the questionnaire workbook filled by a real spreadsheet
/// library (openpyxl, `Tests/Scripts/workbook.py`) and read back into a declaration that checks
/// the same as the original; problems named by sheet and cell; hostile files refused.
@Suite struct XLSXImportTests {
  static let asOf = ["--as-of", "2026-10-01"]

  static var examples: [String] {
    let folder = Package.path("Examples/declarations")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted()
  }

  /// The template in `lang`, written to `folder`.
  static func template(_ lang: String, in folder: URL) throws -> String {
    let path = folder.appendingPathComponent("template-\(lang).xlsx").path
    let result = try CLI.run(["template", "--format", "xlsx", "--lang", lang, "-o", path] + asOf)
    #expect(result.status == 0, "\(result.stderr)")
    return path
  }

  /// The findings of `check --format json`: rule, status, severity and message, except the message
  /// of an unanswered finding, which names the first unanswered path: an empty cell cannot tell a
  /// key written `null` from a key left out, so `audit: {inspections_allowed: null}` comes back
  /// without `audit`, and the message names `audit` instead of `audit.inspections_allowed`.
  static func findings(_ path: String) throws -> [[String]] {
    let result = try CLI.run(["check", path, "--format", "json"] + asOf)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let declarations = json?["declarations"] as? [[String: Any]] ?? []
    return declarations.flatMap { declaration in
      (declaration["findings"] as? [[String: Any]] ?? []).map { finding in
        let status = finding["status"] as? String ?? ""
        return ["rule", "status", "severity", "message"].map { key in
          key == "message" && status == "unanswered" ? "" : finding[key] as? String ?? ""
        }
      }
    }
  }

  @Test(Validators.openpyxlTool, arguments: ["da", "en"])
  func everyExampleSurvivesTheRoundTrip(lang: String) throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template(lang, in: folder)
      #expect(Self.examples.count >= 10)
      for example in Self.examples {
        let original = Package.path("Examples/declarations/\(example)")
        let filled = folder.appendingPathComponent("\(example).xlsx").path
        let imported = folder.appendingPathComponent(example).path
        let fill = try Validators.workbookScript(["fill", template, original, filled])
        #expect(fill.status == 0, "\(example): \(fill.output)")
        let result = try CLI.run(["import", filled, "-o", imported])
        #expect(result.status == 0, "\(example): \(result.stderr)")
        let before = try Self.findings(original)
        let after = try Self.findings(imported)
        #expect(!before.isEmpty)
        #expect(before == after, "\(example): the imported declaration checks differently")
        // The questions travel as comments.
        let text = try String(contentsOfFile: imported, encoding: .utf8)
        let question = lang == "da" ? "# Hvad er leverandørens juridiske navn?" : "# What is the vendor's legal name?"
        #expect(text.contains(question))
      }
    }
  }

  @Test(Validators.openpyxlTool)
  func aCountryNameIsReportedAtItsCellWithTheCode() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("da", in: folder)
      let filled = folder.appendingPathComponent("filled.xlsx").path
      let wrong = folder.appendingPathComponent("wrong.xlsx").path
      let output = folder.appendingPathComponent("declaration.yaml").path
      _ = try Validators.workbookScript([
        "fill", template, Package.path("Examples/declarations/nordlys-cloud.yaml"), filled,
      ])
      // Column F of the sub-processors sheet is `countries` (A is the chain's parent row); row 3 is the first
      // sub-processor.
      _ = try Validators.workbookScript(["set", filled, "Underdatabehandlere", "F3", "Danmark", wrong])
      let result = try CLI.run(["import", wrong, "-o", output, "--lang", "en"])
      #expect(result.status == 2)
      #expect(result.stderr.contains("Underdatabehandlere!F3: 'Danmark' is not an ISO 3166-1 alpha-2 country code"))
      #expect(result.stderr.contains("use the code 'DK'"))
      #expect(!FileManager.default.fileExists(atPath: output), "nothing is written on invalid input")
      let danish = try CLI.run(["import", wrong])
      #expect(
        danish.stderr.contains("Underdatabehandlere!F3: 'Danmark' er ikke en landekode"), "the workbook's language")
    }
  }

  @Test(Validators.openpyxlTool)
  func aWrongValueInADropdownCellIsReportedAtItsCell() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("en", in: folder)
      let wrong = folder.appendingPathComponent("wrong.xlsx").path
      // Find the row of service.dpa_template (an enum with a dropdown) from the layout.
      let describe = try Validators.workbookScript(["describe", template])
      #expect(describe.output.contains("\"list\", \"\\\"dk-datatilsynet,eu-2021-915,kl-kombit,vendor,other\\\"\""))
      let row = try #require(try Self.row(of: "service.dpa_template", in: template))
      _ = try Validators.workbookScript(["set", template, "Questions", "C\(row)", "dk-datatilsynnet", wrong])
      let result = try CLI.run(["import", wrong])
      #expect(result.status == 2)
      #expect(
        result.stderr.contains(
          "Questions!C\(row): 'dk-datatilsynnet' is not a valid value for 'dpa_template'; "
            + "did you mean 'dk-datatilsynet'?"
        ))
      #expect(result.stdout.isEmpty)
    }
  }

  /// The 1-based row of `path` in the questions sheet of the English template.
  static func row(of path: String, in template: String) throws -> Int? {
    let script = """
      import openpyxl, sys
      book = openpyxl.load_workbook(sys.argv[1])
      for row in book["Questions"].iter_rows(min_row=1):
          if row[0].value == sys.argv[2]:
              print(row[0].row)
      """
    let result = try Validators.run("python3", ["-c", script, template, path])
    return result.flatMap { Int($0.output.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }

  /// The status of each rule's first finding.
  static func statuses(_ path: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for finding in try findings(path) where out[finding[0]] == nil { out[finding[0]] = finding[1] }
    return out
  }

  /// The message of each of `rules`' findings, unanswered ones included (with the paths they name).
  static func messages(_ path: String, rules: Set<String>) throws -> [String] {
    let result = try CLI.run(["check", path, "--format", "json"] + asOf)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let declarations = json?["declarations"] as? [[String: Any]] ?? []
    return declarations.flatMap { declaration in
      (declaration["findings"] as? [[String: Any]] ?? []).compactMap { finding in
        let rule = finding["rule"] as? String ?? ""
        return rules.contains(rule) ? "\(rule) \(finding["status"] ?? "") \(finding["message"] ?? "")" : nil
      }
    }
  }

  @Test(Validators.openpyxlTool)
  func theChainKeepsItsFindingsAtEveryLevel() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("en", in: folder)
      var text = try String(
        contentsOfFile: Package.path("Examples/declarations/three-level-chain.yaml"), encoding: .utf8)
      // Level 2 without its registration number (SUB-04); level 3 without flow-down (SUB-05), with
      // an adequacy decision India does not have (TRF-02c) and without its own list (SUB-13).
      for (old, new) in [
        ("          registration_number: \"09876543\"\n", ""),
        ("              flow_down: true\n", "              flow_down: false\n"),
        ("                mechanism: scc\n", "                mechanism: adequacy\n"),
        ("              subprocessors: []      # the end of the chain\n", ""),
      ] {
        #expect(text.contains(old), "\(old)")
        text = text.replacingOccurrences(of: old, with: new)
      }
      let original = folder.appendingPathComponent("chain.yaml").path
      try text.write(toFile: original, atomically: true, encoding: .utf8)
      let filled = folder.appendingPathComponent("chain.xlsx").path
      let imported = folder.appendingPathComponent("imported.yaml").path
      let fill = try Validators.workbookScript(["fill", template, original, filled])
      #expect(fill.status == 0, "\(fill.output)")
      let result = try CLI.run(["import", filled, "-o", imported])
      #expect(result.status == 0, "\(result.stderr)")
      let before = try Self.statuses(original)
      #expect(before["SUB-04"] == "unanswered" && before["SUB-05"] == "gap" && before["SUB-13"] == "unanswered")
      #expect(before["TRF-02c"] == "gap")
      #expect(try Self.findings(original) == Self.findings(imported))
      let chainRules: Set = ["SUB-04", "SUB-05", "SUB-13", "TRF-02c"]
      let messages = try Self.messages(original, rules: chainRules)
      #expect(messages.contains { $0.contains("subprocessors.list[0].subprocessors[0].registration_number") })
      #expect(messages == (try Self.messages(imported, rules: chainRules)), "the same paths at every level")
      let chain = try String(contentsOfFile: imported, encoding: .utf8)
      #expect(chain.contains("\n      - name: \"Deccan Support Services Pvt Ltd\"\n"), "three levels deep")
    }
  }

  @Test(Validators.openpyxlTool)
  func anEmptyOwnSubProcessorsCellLeavesSUB13Unanswered() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("en", in: folder)
      let original = Package.path("Examples/declarations/nordlys-cloud.yaml")
      let filled = folder.appendingPathComponent("filled.xlsx").path
      let emptied = folder.appendingPathComponent("emptied.xlsx").path
      let imported = folder.appendingPathComponent("imported.yaml").path
      _ = try Validators.workbookScript(["fill", template, original, filled])
      // Column M is "Own sub-processors?"; row 3 is the first sub-processor, filled with `none`.
      let describe = try Validators.workbookScript(["describe", filled])
      #expect(describe.output.contains("[\"list\", \"\\\"listed,none\\\"\", \"M3:M502\"]"))
      _ = try Validators.workbookScript(["set", filled, "Sub-processors", "M3", "", emptied])
      let result = try CLI.run(["import", emptied, "-o", imported])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(try Self.statuses(original)["SUB-13"] == "met")
      #expect(try Self.statuses(imported)["SUB-13"] == "unanswered", "never silently met")
    }
  }

  @Test func aFileThatIsNotAWorkbookIsRefused() throws {
    let result = try CLI.run(["import", "Package.swift"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("'Package.swift' is not an XLSX workbook: it is not a zip archive"))
  }

  @Test(Validators.openpyxlTool)
  func aZipThatIsNotAWorkbookIsRefused() throws {
    try withTemporaryDirectory { folder in
      let zip = folder.appendingPathComponent("notes.xlsx").path
      let script = "import zipfile, sys; zipfile.ZipFile(sys.argv[1], 'w').writestr('notes.txt', 'hello')"
      #expect(try Validators.run("python3", ["-c", script, zip])?.status == 0)
      let result = try CLI.run(["import", zip])
      #expect(result.status == 2)
      #expect(result.stderr.contains("'\(zip)' is not a readable XLSX workbook: it has no xl/workbook.xml"))
    }
  }

  @Test func aTruncatedWorkbookIsRefused() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("en", in: folder)
      let bytes = try Data(contentsOf: URL(fileURLWithPath: template))
      let truncated = folder.appendingPathComponent("truncated.xlsx")
      try bytes.prefix(bytes.count / 2).write(to: truncated)
      let result = try CLI.run(["import", truncated.path])
      #expect(result.status == 2)
      #expect(result.stderr.contains("is not a readable XLSX workbook: the archive is truncated"))
      // Cut inside the central directory: the end record is gone too.
      let cut = folder.appendingPathComponent("cut.xlsx")
      try bytes.prefix(bytes.count - 30).write(to: cut)
      #expect(try CLI.run(["import", cut.path]).status == 2)
    }
  }

  @Test(Validators.openpyxlTool)
  func aZipBombIsRefusedWithoutExpandingIt() throws {
    try withTemporaryDirectory { folder in
      let bomb = folder.appendingPathComponent("bomb.xlsx").path
      _ = try Validators.workbookScript(["bomb", bomb])
      let result = try CLI.run(["import", bomb], timeout: 60)
      #expect(result.status == 2)
      #expect(result.stderr.contains("is refused: 'xl/workbook.xml' would expand to more than 67108864 bytes"))
    }
  }

  @Test(Validators.openpyxlTool)
  func aHugeSheetIsRefused() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("en", in: folder)
      let huge = folder.appendingPathComponent("huge.xlsx").path
      let made = try Validators.workbookScript(["huge", template, huge])
      #expect(made.status == 0, "\(made.output)")
      let result = try CLI.run(["import", huge], timeout: 120)
      #expect(result.status == 2)
      #expect(result.stderr.contains("has more than 500000 cells"))
    }
  }

  @Test(Validators.openpyxlTool)
  func aWorkbookWithoutItsSheetsIsRefused() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("en", in: folder)
      let dropped = folder.appendingPathComponent("dropped.xlsx").path
      _ = try Validators.workbookScript(["drop", template, "Sub-processors", dropped])
      let result = try CLI.run(["import", dropped])
      #expect(result.status == 2)
      #expect(
        result.stderr.contains("is not a dpacheck questionnaire workbook (the sheet 'Sub-processors' is missing)"))
      let noMeta = folder.appendingPathComponent("nometa.xlsx").path
      _ = try Validators.workbookScript(["drop", template, "dpacheck", noMeta])
      #expect(try CLI.run(["import", noMeta]).stderr.contains("the sheet 'dpacheck' is missing"))
    }
  }

  @Test(Validators.openpyxlTool)
  func theTemplateHasTypedAnswerCells() throws {
    try withTemporaryDirectory { folder in
      let template = try Self.template("da", in: folder)
      let result = try Validators.workbookScript(["describe", template])
      let lines = result.output.split(separator: "\n").map(String.init)
      let sheets = lines.filter { !$0.hasPrefix(" ") }.map { $0.split(separator: " ").first.map(String.init) ?? "" }
      #expect(sheets.starts(with: ["Vejledning", "Spørgsmål", "Lokationer"]))
      #expect(sheets.contains("Underdatabehandlere"))
      #expect(sheets.contains("Overførsler"))
      let questions = try #require(lines.first { $0.hasPrefix("Spørgsmål ") })
      #expect(questions.contains("visible A2"), "the header row is frozen")
      #expect(questions.contains("[\"list\", \"\\\"true,false\\\"\""), "a dropdown for booleans")
      #expect(questions.contains("[\"date\""), "date cells")
      #expect(questions.contains("[\"whole\""), "whole-number cells")
      let meta = try #require(lines.first { $0.hasPrefix("dpacheck ") })
      #expect(meta.contains("hidden"))
      let subprocessors = try #require(lines.firstIndex { $0.hasPrefix("Underdatabehandlere ") })
      #expect(lines[subprocessors + 2].contains("\"transfer.mechanism\""), "one column per item field")
    }
  }

  @Test func theTemplateWorkbookIsByteIdenticalAndRefusesStandardOutput() throws {
    try withTemporaryDirectory { folder in
      let first = try Data(contentsOf: URL(fileURLWithPath: try Self.template("en", in: folder)))
      let second = try Data(contentsOf: URL(fileURLWithPath: try Self.template("en", in: folder)))
      #expect(first == second)
      let result = try CLI.run(["template", "--format", "xlsx"])
      #expect(result.status == 64)
      #expect(result.stderr.contains("give its name with -o FILE"))
    }
  }
}
