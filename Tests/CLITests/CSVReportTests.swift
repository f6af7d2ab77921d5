import Foundation
import TestSupport
import Testing

/// `check --format csv` read back by a real CSV parser (Python's `csv` module) and held against the
/// JSON report of the same run.
@Suite(.serialized) struct CSVReportTests {
  static let python = Validators.trait(needing: ["python3"], install: "apt-get install python3")

  /// The records of a CSV file as Python's `csv` module reads it (after the byte order mark).
  static func parse(_ path: String) throws -> [[String]] {
    let script = """
      import csv, json, sys
      with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
          print(json.dumps(list(csv.reader(f, strict=True))))
      """
    let run = try #require(try Validators.run("python3", ["-c", script, path]), "python3 is not on PATH")
    try #require(run.status == 0, "\(run.output)")
    return try JSONDecoder().decode([[String]].self, from: Data(run.output.utf8))
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test(python) func rowsMatchTheJSONReportFindingForFinding() throws {
    try withTemporaryDirectory(prefix: "dpacheck-csv") { directory in
      let hostile = directory.appendingPathComponent("hostile.yaml")
      let example = try String(
        contentsOfFile: Package.path("Examples/declarations/nordlys-cloud.yaml"), encoding: .utf8)
      try example.replacingOccurrences(
        of: "  name: Nordlys Cloud ApS", with: "  name: '=HYPERLINK(\"http://evil.example\",\"Klik, her\")'"
      ).replacingOccurrences(of: "name: Nordlys Sag ", with: "name: \"-2+3 \\\"Sag\\\"\\nTo linjer, æøå\" ")
        .write(to: hostile, atomically: true, encoding: .utf8)
      let inputs = [
        Package.path("Examples/declarations/nordlys-cloud.yaml"),
        Package.path("Examples/declarations/startup-unanswered.yaml"), hostile.path,
        Package.path("Tests/Fixtures/golden/broken.yaml"),
      ]
      let csvPath = directory.appendingPathComponent("report.csv").path
      let common = ["check"] + inputs + ["--as-of", "2026-06-01", "--lang", "da"]
      let csv = try CLI.run(common + ["--format", "csv", "-o", csvPath])
      #expect(csv.status == 2, "\(csv.stderr)")
      let json = try CLI.run(common + ["--format", "json"])
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csvPath)))
      #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no byte order mark")
      #expect(bytes.suffix(2).elementsEqual([13, 10]), "records end with CRLF")
      let rows = try Self.parse(csvPath)
      try #require(rows.count > 1)
      #expect(
        rows[0] == [
          "file", "vendor", "service", "profile", "rule", "status", "severity", "clause", "gdpr", "line", "column",
          "title", "message",
        ])
      var expected: [[String]] = []
      let declarations = try #require(try Self.json(json.stdout)["declarations"] as? [[String: Any]])
      for declaration in declarations {
        let vendor = declaration["vendor"] as? String ?? ""
        let service = declaration["service"] as? String ?? ""
        let identity = [declaration["file"] as? String ?? "", vendor, service, declaration["profile"] as? String ?? ""]
        for diagnostic in declaration["diagnostics"] as? [[String: Any]] ?? [] {
          expected.append(
            identity + [
              diagnostic["code"] as? String ?? "", "invalid", "", "", "", "\(diagnostic["line"] ?? "")",
              "\(diagnostic["column"] ?? "")", "", diagnostic["localized_message"] as? String ?? "",
            ])
        }
        for finding in declaration["findings"] as? [[String: Any]] ?? [] {
          let location = finding["location"] as? [String: Any] ?? [:]
          expected.append(
            identity + [
              finding["rule"] as? String ?? "", finding["status"] as? String ?? "",
              finding["severity"] as? String ?? "", finding["clause"] as? String ?? "",
              (finding["gdpr"] as? [String] ?? []).joined(separator: "; "), "\(location["line"] ?? "")",
              "\(location["column"] ?? "")", finding["title"] as? String ?? "",
              finding["message"] as? String ?? "",
            ])
        }
      }
      expected = expected.map { $0.map(Self.neutralised) }
      #expect(rows.count - 1 == expected.count)
      for (row, want) in zip(rows.dropFirst(), expected) where row != want {
        Issue.record("row \(row) is not \(want)")
        break
      }
      // The hostile vendor's name and service are text, not formulas, and keep their letters.
      let hostileRow = try #require(rows.first { $0[0].hasSuffix("hostile.yaml") })
      #expect(hostileRow[1] == "'=HYPERLINK(\"http://evil.example\",\"Klik, her\")")
      #expect(hostileRow[2] == "'-2+3 \"Sag\"\nTo linjer, æøå")
      #expect(rows.contains { $0[5] == "invalid" && $0[0].hasSuffix("broken.yaml") })
      #expect(rows.dropFirst().allSatisfy { $0[3] == "kommune" })
    }
  }

  @Test func theSameInputsGiveTheSameBytes() throws {
    let arguments = [
      "check", "Examples/declarations/", "--as-of", "2026-06-01", "--format", "csv",
    ]
    let first = try CLI.run(arguments)
    let second = try CLI.run(arguments)
    #expect(first.stdoutBytes == second.stdoutBytes)
    #expect(first.stdout.contains("\r\n"))
  }

  /// A cell as the CSV report writes it: a `'` before a first character that starts a formula.
  static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
    return "'" + text
  }
}
