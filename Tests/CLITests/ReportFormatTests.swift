import Foundation
import TestSupport
import Testing

/// Every format, single and portfolio, against golden files; machine formats against their schemas.
@Suite(.serialized) struct ReportFormatTests {
  static let snapshots = Package.path("Tests/CLITests/Snapshots")
  static let rules = ["--rules", "Tests/Fixtures/rules", "--profile", "golden", "--as-of", "2026-11-26"]
  static let single = ["Tests/Fixtures/golden/acme.yaml", "--waivers", "Tests/Fixtures/golden/waivers.yaml"]
  static let portfolio = [
    "Tests/Fixtures/golden/acme.yaml", "Tests/Fixtures/golden/broken.yaml", "Tests/Fixtures/golden/nordic.yaml",
    "--waivers", "Tests/Fixtures/golden/waivers.yaml",
  ]

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var format: String
    var lang: String
    var portfolio: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "single.en.txt", format: "text", lang: "en", portfolio: false),
    Case(name: "single.da.txt", format: "text", lang: "da", portfolio: false),
    Case(name: "single.en.json", format: "json", lang: "en", portfolio: false),
    Case(name: "single.en.md", format: "markdown", lang: "en", portfolio: false),
    Case(name: "single.da.html", format: "html", lang: "da", portfolio: false),
    Case(name: "single.en.sarif", format: "sarif", lang: "en", portfolio: false),
    Case(name: "single.en.junit.xml", format: "junit", lang: "en", portfolio: false),
    Case(name: "portfolio.en.txt", format: "text", lang: "en", portfolio: true),
    Case(name: "portfolio.da.json", format: "json", lang: "da", portfolio: true),
    Case(name: "portfolio.da.md", format: "markdown", lang: "da", portfolio: true),
    Case(name: "portfolio.en.html", format: "html", lang: "en", portfolio: true),
    Case(name: "portfolio.en.sarif", format: "sarif", lang: "en", portfolio: true),
    Case(name: "portfolio.da.junit.xml", format: "junit", lang: "da", portfolio: true),
    Case(name: "single.en.csv", format: "csv", lang: "en", portfolio: false),
    Case(name: "portfolio.da.csv", format: "csv", lang: "da", portfolio: true),
  ]

  static func run(_ testCase: Case) throws -> CLI.Result {
    try CLI.run(
      ["check"] + (testCase.portfolio ? portfolio : single) + rules + [
        "--format", testCase.format, "--lang", testCase.lang,
      ])
  }

  @Test(arguments: cases)
  func matchesGoldenFile(_ testCase: Case) throws {
    let result = try Self.run(testCase)
    #expect(result.status == (testCase.portfolio ? 2 : 1), "\(result.stderr)")
    let version = try #require(try CLI.run(["--version"]).stdout.split(separator: "\n").first.map(String.init))
    let structural = testCase.format == "json" || testCase.format == "sarif"
    // Foundation drops a byte order mark when it reads a file as UTF-8, so the golden CSV is
    // compared without the report's (CSVReportTests checks that it is there).
    let text =
      testCase.format == "csv" && result.stdout.hasPrefix("\u{FEFF}")
      ? String(result.stdout.dropFirst()) : result.stdout
    try Snapshot.assert(
      Snapshot.normalise(text, version: version), matches: testCase.name, in: Self.snapshots,
      structural: structural)
  }

  /// The vendor name of acme.yaml, `Acme <script>alert(1)</script> & Co | "Data"`, as each markup
  /// format must write it (as in the golden files).
  static let escapedVendor = [
    "html": "Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co | &quot;Data&quot;",
    "junit": "Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co | &quot;Data&quot;",
    "markdown": "Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co | \"Data\"",
  ]

  @Test(arguments: ["html", "junit", "markdown"])
  func vendorTextIsEscaped(format: String) throws {
    let result = try CLI.run(["check"] + Self.single + Self.rules + ["--format", format])
    #expect(result.status == 1, "\(result.stderr)")
    let escaped = try #require(Self.escapedVendor[format])
    #expect(result.stdout.contains(escaped), "\(format) does not hold the escaped vendor name")
    #expect(!result.stdout.contains("<script"), "\(format) lets markup through")
    if format == "html" {
      #expect(
        !result.stdout.contains("http://") && !result.stdout.contains("https://"), "the HTML refers to the network")
    }
  }

  @Test func htmlIsSelfContained() throws {
    let html = try CLI.run(["check"] + Self.portfolio + Self.rules + ["--format", "html"]).stdout
    for forbidden in ["<link", "<img", "@import", "url(", "src=", "<script src"] {
      #expect(!html.contains(forbidden), "HTML contains \(forbidden)")
    }
    // The portfolio's one script is inline.
    #expect(html.components(separatedBy: "<script").count - 1 == 1)
    #expect(html.contains("@page{size:A4"))
  }

  static let sarifCases = cases.filter { $0.format == "sarif" }

  @Test(arguments: sarifCases)
  func sarifHasTheExpectedStructure(_ testCase: Case) throws {
    let result = try Self.run(testCase)
    #expect(result.status == (testCase.portfolio ? 2 : 1), "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    for result in results {
      let location = try #require(
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
      let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
      #expect(!uri.hasPrefix("/") && !uri.hasPrefix("file:"))
      #expect((result["partialFingerprints"] as? [String: String])?["dpacheck/v1"]?.count == 16)
    }
    // The live waiver for G-01 on acme.yaml is a suppression with its justification.
    let waived = results.first { $0["ruleId"] as? String == "G-01" }
    let suppression = try #require((waived?["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["kind"] as? String == "external")
    #expect((suppression["justification"] as? String)?.contains("Compensating control") == true)
  }

  @Test(Validators.jsonSchemaTool, arguments: sarifCases)
  func sarifValidatesAgainstTheSchema(_ testCase: Case) throws {
    let output = try Self.run(testCase).stdout
    try Validators.checkJSONSchema(schema: "/sarif-schema-2.1.0.json", document: output, suffix: ".sarif")
  }

  @Test func fingerprintsDoNotDependOnLineNumbers() throws {
    let original = try String(contentsOfFile: Package.path("Tests/Fixtures/golden/acme.yaml"), encoding: .utf8)
    try withTemporaryDirectory(prefix: "dpacheck-fp") { directory in
      let moved = directory.appendingPathComponent("acme.yaml")
      try ("# a comment that moves every line down\n\n" + original).write(to: moved, atomically: true, encoding: .utf8)
      let plain = directory.appendingPathComponent("plain.yaml")
      try original.write(to: plain, atomically: true, encoding: .utf8)
      func fingerprints(_ file: URL) throws -> [String] {
        let output = try CLI.run(["check", file.path] + Self.rules + ["--format", "sarif"]).stdout
        let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        let results = ((json?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["dpacheck/v1"] }.sorted()
      }
      let a = try fingerprints(plain)
      #expect(!a.isEmpty)
      #expect(a == (try fingerprints(moved)))
    }
  }

  @Test(Validators.xmllintTool, arguments: cases.filter { $0.format == "junit" })
  func junitValidatesAgainstTheSchema(_ testCase: Case) throws {
    try Validators.xmllint(schema: "/junit-10.xsd", document: try Self.run(testCase).stdout)
  }

  @Test func junitFailuresFollowTheGate() throws {
    let strict = try CLI.run(["check"] + Self.single + Self.rules + ["--format", "junit", "--fail-on", "low"]).stdout
    let lenient = try CLI.run(["check"] + Self.single + Self.rules + ["--format", "junit", "--fail-on", "critical"])
      .stdout
    #expect(strict.components(separatedBy: "<failure ").count > lenient.components(separatedBy: "<failure ").count)
    #expect(lenient.contains("failures=\"0\""))
  }

  @Test func reportsAreByteIdenticalAcrossRunsAndCarryNoTimestampsOrAbsolutePaths() throws {
    for testCase in Self.cases {
      let first = try Self.run(testCase).stdout
      #expect(first == (try Self.run(testCase).stdout), "\(testCase.name) is not deterministic")
      #expect(!first.contains(Package.root.path), "\(testCase.name) contains an absolute path")
      #expect(!first.contains("T00:") && !first.contains("timestamp"), "\(testCase.name) contains a timestamp")
    }
  }
}

/// GitLab's Code Quality report from the command line, validated against the format's schema.
@Suite struct CodeQualityFormatTests {
  @Test(Validators.jsonSchemaTool)
  func portfolioValidatesAgainstTheSchema() throws {
    let result = try CLI.run(
      ["check"] + ReportFormatTests.portfolio + ReportFormatTests.rules + ["--format", "codequality"])
    #expect(result.status == 2, "the portfolio holds an invalid file")
    #expect(result.stdout.contains("\"check_name\" : \"DPACHECK-INPUT\""))
    try Validators.checkJSONSchema(schema: "/gitlab-codequality.schema.json", document: result.stdout, suffix: ".json")
  }
}
