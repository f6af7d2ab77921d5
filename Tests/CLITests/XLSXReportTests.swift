import Foundation
import TestSupport
import Testing

/// `check --format xlsx`: a workbook read back by a real spreadsheet library and matched to the JSON
/// report of the same run; only to a named file; byte-identical for the same inputs.
@Suite struct XLSXReportTests {
  static let run = ["Examples/declarations", "--as-of", "2026-10-01"]

  @Test(Validators.openpyxlTool, arguments: ["en", "da"])
  func workbookMatchesTheJSONReport(lang: String) throws {
    try withTemporaryDirectory { folder in
      let xlsx = folder.appendingPathComponent("report.xlsx").path
      let json = folder.appendingPathComponent("report.json").path
      let first = try CLI.run(["check"] + Self.run + ["--lang", lang, "--format", "xlsx", "-o", xlsx])
      let second = try CLI.run(["check"] + Self.run + ["--lang", lang, "--format", "json", "-o", json])
      #expect(first.status == second.status)
      #expect(first.status == 1, "the examples include failing declarations")
      let result = try Validators.workbookScript(["report", xlsx, json])
      #expect(result.status == 0, "\(result.output)")
    }
  }

  @Test func workbookIsByteIdenticalForTheSameInputs() throws {
    try withTemporaryDirectory { folder in
      let paths = ["a.xlsx", "b.xlsx"].map { folder.appendingPathComponent($0).path }
      for path in paths {
        let result = try CLI.run(["check"] + Self.run + ["--format", "xlsx", "-o", path])
        #expect(result.status == 1, "\(result.stderr)")
      }
      let bytes = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
      #expect(bytes[0].count > 1000)
      #expect(bytes[0] == bytes[1])
      // A zip archive, dated from --as-of rather than the clock.
      #expect(bytes[0].prefix(2) == Data("PK".utf8))
      let later = folder.appendingPathComponent("later.xlsx").path
      _ = try CLI.run(["check", "Examples/declarations", "--as-of", "2026-10-02", "--format", "xlsx", "-o", later])
      #expect(try Data(contentsOf: URL(fileURLWithPath: later)) != bytes[0])
    }
  }

  @Test(arguments: [[], ["-o", "-"]])
  func workbookRefusesStandardOutput(output: [String]) throws {
    let result = try CLI.run(["check"] + Self.run + ["--format", "xlsx"] + output)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--format xlsx writes a workbook file: give its name with -o FILE"))
  }

  @Test(Validators.openpyxlTool)
  func formulasInVendorTextStayText() throws {
    try withTemporaryDirectory { folder in
      let declaration = folder.appendingPathComponent("evil.yaml")
      try """
      format: dpacheck/declaration/v1
      vendor:
        name: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
      service:
        name: "+cmd|' /C calc'!A0"
      """.write(to: declaration, atomically: true, encoding: .utf8)
      let xlsx = folder.appendingPathComponent("evil.xlsx").path
      let json = folder.appendingPathComponent("evil.json").path
      _ = try CLI.run(["check", declaration.path, "--as-of", "2026-10-01", "--format", "xlsx", "-o", xlsx])
      _ = try CLI.run(["check", declaration.path, "--as-of", "2026-10-01", "--format", "json", "-o", json])
      // The script fails on any formula cell in the findings, and compares the vendor's text.
      let result = try Validators.workbookScript(["report", xlsx, json])
      #expect(result.status == 0, "\(result.output)")
    }
  }
}

/// `rules list --format xlsx`: the kravbank as a workbook, with the CSV kravbank's rows.
@Suite struct KravbankWorkbookTests {
  @Test(Validators.openpyxlTool, arguments: ["da", "en"])
  func theWorkbookHasTheRowsOfTheCSV(lang: String) throws {
    try withTemporaryDirectory { folder in
      let xlsx = folder.appendingPathComponent("kravbank.xlsx").path
      let csv = folder.appendingPathComponent("kravbank.csv").path
      let workbook = try CLI.run(["rules", "list", "--format", "xlsx", "--lang", lang, "-o", xlsx])
      #expect(workbook.status == 0, "\(workbook.stderr)")
      #expect(try CLI.run(["rules", "list", "--format", "csv", "--lang", lang, "-o", csv]).status == 0)
      let result = try Validators.workbookScript(["kravbank", xlsx, csv])
      #expect(result.status == 0, "\(result.output)")
      let again = folder.appendingPathComponent("again.xlsx").path
      _ = try CLI.run(["rules", "list", "--format", "xlsx", "--lang", lang, "-o", again])
      #expect(FileManager.default.contents(atPath: xlsx) == FileManager.default.contents(atPath: again))
    }
  }

  @Test func theWorkbookNeedsAFile() throws {
    let result = try CLI.run(["rules", "list", "--format", "xlsx"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("give its name with -o FILE"))
  }
}
