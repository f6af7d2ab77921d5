import Foundation
import TestSupport
import Testing

/// The portfolio HTML report of many vendors: its size and printed pages, its summary held against
/// the JSON report of the same run, and its one script, run by a real browser under the report's
/// Content-Security-Policy.
@Suite(.serialized) struct PortfolioHTMLTests {
  /// Before the portfolio report listed open items only, 300 generated declarations gave 8.7 MB of
  /// HTML that printed to 1,834 pages (docs/performance.md); these are the bounds now.
  static let maximumBytes = 2_000_000
  static let maximumPages = 161  // a tenth of the 1,612 pages first reported

  @Test(Validators.pdfRenderingTools) func threeHundredVendorsPrintWithinBoundsAndAddUpLikeTheJSONReport() throws {
    try withTemporaryDirectory(prefix: "dpacheck-portfolio") { directory in
      let generated = try #require(
        try Validators.run(
          "python3", [Package.path("scripts/generate-declarations.py"), "300", directory.path + "/v", "--seed", "2026"])
      )
      try #require(generated.status == 0, "\(generated.output)")
      let common = ["check", "v", "--as-of", "2026-12-01"]
      let html = try CLI.run(common + ["--format", "html", "-o", "portfolio.html"], in: directory.path)
      #expect(html.status == 1, "\(html.stderr)")
      let json = try CLI.run(common + ["--format", "json"], in: directory.path)
      let htmlURL = directory.appendingPathComponent("portfolio.html")
      let text = try String(contentsOf: htmlURL, encoding: .utf8)
      let bytes = try #require(try FileManager.default.attributesOfItem(atPath: htmlURL.path)[.size] as? Int)
      #expect(bytes <= Self.maximumBytes, "\(bytes) bytes")

      // The summary adds up like the JSON report.
      let expected = try Totals(json: json.stdout)
      #expect(Self.counts(in: text) == expected.counts)
      #expect(Self.severityRows(in: text) == expected.bySeverity)
      #expect(Self.topRules(in: text) == Array(expected.topRules.prefix(10)))
      #expect(text.components(separatedBy: "<tr data-verdict=").count - 1 == 300)

      // Printed: within the bound, and every vendor's section on paper.
      let pdf = try Validators.printToPDF(htmlURL, profileIn: directory)
      let pages = pdf.pages
      #expect(pages <= Self.maximumPages, "\(pages) pages")
      #expect(pages >= 20, "\(pages) pages: are the vendors' sections printed?")
      let printed = try pdf.text()
      #expect(printed.contains("v/vendor-001.yaml") && printed.contains("v/vendor-300.yaml"))
    }
  }

  @Test(Validators.pdfRenderingTools) func theScriptRunsUnderTheContentSecurityPolicyAndFilters() throws {
    let browser = try #require(Validators.find("chromium") ?? Validators.find("chromium-browser"))
    try withTemporaryDirectory(prefix: "dpacheck-script") { directory in
      let html = try CLI.run([
        "check", "Examples/declarations/", "Tests/Fixtures/golden/broken.yaml", "--as-of", "2026-12-01", "--format",
        "html", "--lang", "da",
      ])
      #expect(html.status == 2, "\(html.stderr)")
      let rows = html.stdout.components(separatedBy: "<tr data-verdict=").count - 1
      let passed = html.stdout.components(separatedBy: "<tr data-verdict=\"passed\"").count - 1
      try #require(rows > 2 && passed > 0 && passed < rows)
      // Without the script the filters stay hidden and every row shows.
      #expect(html.stdout.contains("<div id=\"filters\" class=\"filters\" hidden>"))

      // The hash in the policy is the script's.
      let script = try #require(
        html.stdout.components(separatedBy: "<script>").dropFirst().first?.components(separatedBy: "</script>").first)
      let hash = try #require(
        try Validators.run(
          "python3",
          [
            "-c",
            "import base64, hashlib, sys; "
              + "print(base64.b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode())",
            script,
          ]))
      #expect(
        html.stdout.contains("script-src 'sha256-\(hash.output.trimmingCharacters(in: .whitespacesAndNewlines))'"))

      // In a browser, the policy lets the script run: it shows the filters and counts the rows.
      let page = directory.appendingPathComponent("portfolio.html")
      try html.stdout.write(to: page, atomically: true, encoding: .utf8)
      let dom = try Self.dumpDOM(browser, page, directory)
      #expect(dom.contains("<div id=\"filters\" class=\"filters\">"), "the script did not run")
      #expect(dom.contains("<b id=\"shown\">\(rows) / \(rows)</b>"))
      #expect(!dom.contains("aria-sort=\"") && dom.contains("class=\"vn sortable\""))

      // A policy with another hash blocks it: the test above can fail.
      let tampered = directory.appendingPathComponent("tampered.html")
      try html.stdout.replacingOccurrences(of: "script-src 'sha256-", with: "script-src 'sha256-A")
        .write(to: tampered, atomically: true, encoding: .utf8)
      #expect(try Self.dumpDOM(browser, tampered, directory).contains("class=\"filters\" hidden"))

      // Filtering by verdict hides the other rows and their sections; sorting orders the rows.
      let driven = directory.appendingPathComponent("driven.html")
      let driver = """
        <script>
        document.querySelector("[data-filter=verdict]").value = "passed";
        document.getElementById("filters").dispatchEvent(new Event("change"));
        document.querySelector("#matrix th.vd").click();
        document.querySelector("#matrix th.vd").click();
        </script>
        """
      try html.stdout.replacingOccurrences(of: "<meta http-equiv=\"Content-Security-Policy\"", with: "<meta name=\"x\"")
        .replacingOccurrences(of: "</body>", with: driver + "</body>")
        .write(to: driven, atomically: true, encoding: .utf8)
      let filtered = try Self.dumpDOM(browser, driven, directory)
      #expect(filtered.contains("<b id=\"shown\">\(passed) / \(rows)</b>"))
      #expect(filtered.components(separatedBy: "<tr data-verdict=\"passed\"").count - 1 == passed)
      #expect(filtered.components(separatedBy: "\" hidden=\"\">").count - 1 == 2 * (rows - passed))
      #expect(filtered.contains("aria-sort=\"descending\""))
      let verdicts = filtered.components(separatedBy: "<tr data-verdict=\"").dropFirst().map {
        $0.prefix { $0 != "\"" }
      }
      // Descending by verdict: invalid, then failed, then passed.
      let ranks = verdicts.map { ["passed": 0, "failed": 1, "invalid": 2][String($0)] ?? -1 }
      #expect(ranks == ranks.sorted(by: >), "\(verdicts)")
    }
  }

  // MARK: - Reading the reports

  /// What the JSON report says the summary must show.
  struct Totals {
    var counts: [String: Int] = [:]
    var bySeverity: [String: [Int]] = [:]
    var topRules: [[String]] = []

    init(json: String) throws {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      let failOn = (object["gate"] as? [String: Any])?["fail_on"] as? String ?? "high"
      let ranks = ["low": 1, "medium": 2, "high": 3, "critical": 4]
      let declarations = try #require(object["declarations"] as? [[String: Any]])
      counts = ["declarations": declarations.count, "passed": 0, "failed": 0, "invalid": 0]
      for severity in ["critical", "high", "medium", "low"] { bySeverity[severity] = [0, 0] }
      var rules: [String: (gap: Int, unanswered: Int, rank: Int)] = [:]
      for declaration in declarations {
        guard declaration["valid"] as? Bool == true else {
          counts["invalid", default: 0] += 1
          continue
        }
        var fails = false
        for finding in declaration["findings"] as? [[String: Any]] ?? [] {
          let status = finding["status"] as? String ?? ""
          let severity = finding["severity"] as? String ?? ""
          guard status == "gap" || status == "unanswered" else { continue }
          if (ranks[severity] ?? 0) >= (ranks[failOn] ?? 99) { fails = true }
          bySeverity[severity, default: [0, 0]][status == "gap" ? 0 : 1] += 1
          let rule = finding["rule"] as? String ?? ""
          var entry = rules[rule] ?? (0, 0, ranks[severity] ?? 0)
          if status == "gap" { entry.gap += 1 } else { entry.unanswered += 1 }
          rules[rule] = entry
        }
        counts[fails ? "failed" : "passed", default: 0] += 1
      }
      topRules = rules.sorted { a, b in
        let (x, y) = (a.value.gap + a.value.unanswered, b.value.gap + b.value.unanswered)
        return x != y ? x > y : (a.value.rank != b.value.rank ? a.value.rank > b.value.rank : a.key < b.key)
      }.map { [$0.key, String($0.value.gap), String($0.value.unanswered)] }
    }
  }

  static func counts(in html: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    for part in html.components(separatedBy: "data-count=\"").dropFirst() {
      let name = String(part.prefix { $0 != "\"" })
      let number = part.components(separatedBy: "<b>").dropFirst().first?.prefix { $0 != "<" } ?? ""
      counts[name] = Int(number)
    }
    return counts
  }

  static func severityRows(in html: String) -> [String: [Int]] {
    var rows: [String: [Int]] = [:]
    for part in html.components(separatedBy: "<tr data-severity=\"").dropFirst() {
      let severity = String(part.prefix { $0 != "\"" })
      let row = part.prefix { $0 != "\n" }.components(separatedBy: "</tr>").first ?? ""
      func value(_ name: String) -> Int {
        Int(row.components(separatedBy: "\(name)=\"").dropFirst().first?.prefix { $0 != "\"" } ?? "") ?? -1
      }
      rows[severity] = [value("data-gaps"), value("data-unanswered")]
    }
    return rows
  }

  static func topRules(in html: String) -> [[String]] {
    html.components(separatedBy: "<tr data-rule=\"").dropFirst().map { part in
      let rule = String(part.prefix { $0 != "\"" })
      let row = part.components(separatedBy: "</tr>").first ?? ""
      let numbers = row.components(separatedBy: "<td class=\"num\">").dropFirst().map {
        String($0.prefix { $0 != "<" })
      }
      return [rule] + numbers
    }
  }

  // MARK: - Tools

  static func dumpDOM(_ browser: String, _ page: URL, _ directory: URL) throws -> String {
    try Validators.tool(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(directory.path)/profile-dom", "--dump-dom",
        page.absoluteString,
      ])
  }
}
