import Foundation
import TestSupport
import Testing

/// `check --profile-map`: two vendors judged by two profiles in one run, and the reports saying
/// which profile judged whom.
@Suite(.serialized) struct ProfileMapTests {
  /// A copy of the test rules with a stricter profile, `golden-plus`, that adds the pack `plus`
  /// (one requirement, P-01) to `golden`; two declarations, one below `health/`.
  static func withPortfolio<T>(_ body: (URL) throws -> T) throws -> T {
    try withTemporaryDirectory(prefix: "dpacheck-profile-map") { directory in
      let manager = FileManager.default
      let rules = directory.appendingPathComponent("rules")
      try manager.copyItem(at: URL(fileURLWithPath: Package.path("Tests/Fixtures/rules")), to: rules)
      try manager.createDirectory(at: rules.appendingPathComponent("plus"), withIntermediateDirectories: true)
      try """
      format: dpacheck/pack/v1
      id: plus
      title: {da: "Tillæg", en: "Addendum"}
      version: "1.0.0"
      examples_as_of: 2026-11-26
      """.write(to: rules.appendingPathComponent("plus/pack.yaml"), atomically: true, encoding: .utf8)
      try """
      format: dpacheck/requirements/v1
      requirements:
        - id: P-01
          title: {da: "Underretning inden for 6 timer", en: "Notice within 6 hours"}
          rationale: {da: "B.", en: "R."}
          met_if:
            da: "Kravet er opfyldt, hvis underretning sker inden for 6 timer."
            en: "The requirement is met if notice is given within 6 hours."
          clause: "10"
          gdpr: ["Art. 33(2)"]
          severity: high
          check: {field: breach.hours, max: 6}
          remediation: {da: "Underret inden for 6 timer.", en: "Notify within 6 hours."}
          examples:
            - {expect: met, declaration: {breach: {hours: 4}}}
            - {expect: gap, declaration: {breach: {hours: 12}}}
      """.write(to: rules.appendingPathComponent("plus/requirements.yaml"), atomically: true, encoding: .utf8)
      try """
      format: dpacheck/profile/v1
      title: {da: "Test, sundhed", en: "Test, health"}
      packs: [golden, plus]
      fail_on: high
      """.write(to: rules.appendingPathComponent("profiles/golden-plus.yaml"), atomically: true, encoding: .utf8)
      let nordic = try String(contentsOfFile: Package.path("Tests/Fixtures/golden/nordic.yaml"), encoding: .utf8)
      try manager.createDirectory(
        at: directory.appendingPathComponent("vendors/health"), withIntermediateDirectories: true)
      try nordic.write(to: directory.appendingPathComponent("vendors/nordic.yaml"), atomically: true, encoding: .utf8)
      try nordic.replacingOccurrences(of: "Nordic Care A/S", with: "Omsorg Data A/S")
        .write(to: directory.appendingPathComponent("vendors/health/omsorg.yaml"), atomically: true, encoding: .utf8)
      try """
      format: dpacheck/profile-map/v1
      profiles:
        - path: "health/**"
          profile: golden-plus
        - path: "**"
          profile: golden
      """.write(to: directory.appendingPathComponent("vendors/profiles.yaml"), atomically: true, encoding: .utf8)
      return try body(directory)
    }
  }

  static let arguments = [
    "check", "vendors", "--rules", "rules", "--profile", "golden", "--profile-map", "vendors/profiles.yaml",
    "--as-of", "2026-11-26",
  ]

  @Test func eachVendorIsJudgedByItsProfileAndTheReportsSaySo() throws {
    try Self.withPortfolio { directory in
      let json = try CLI.run(Self.arguments + ["--format", "json"], in: directory.path)
      // P-01 (at most 6 hours) is a gap for the vendor under health/ (12 hours): the gate fails.
      #expect(json.status == 1, "\(json.stderr)")
      let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
      let declarations = try #require(object["declarations"] as? [[String: Any]])
      let byFile = Dictionary(uniqueKeysWithValues: declarations.map { ($0["file"] as? String ?? "", $0) })
      let health = try #require(byFile["vendors/health/omsorg.yaml"])
      let plain = try #require(byFile["vendors/nordic.yaml"])
      #expect(health["profile"] as? String == "golden-plus")
      #expect(plain["profile"] as? String == "golden")
      #expect(object["profile"] as? String == "golden")
      func rules(_ declaration: [String: Any]) -> [String] {
        (declaration["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
      }
      #expect(rules(health).contains("P-01"))
      #expect(!rules(plain).contains("P-01"))
      #expect(rules(plain).count == rules(health).count - 1)

      let text = try CLI.run(Self.arguments, in: directory.path).stdout
      let healthLine = try #require(text.split(separator: "\n").first { $0.contains("Omsorg Data A/S") })
      let plainLine = try #require(text.split(separator: "\n").first { $0.contains("Nordic Care A/S") })
      #expect(healthLine.contains("golden-plus") && !plainLine.contains("golden-plus") && plainLine.contains("golden"))

      let markdown = try CLI.run(Self.arguments + ["--format", "markdown"], in: directory.path).stdout
      #expect(markdown.contains("| `vendors/health/omsorg.yaml` | `golden-plus` |"))
      #expect(markdown.contains("| `vendors/nordic.yaml` | `golden` |"))

      let html = try CLI.run(Self.arguments + ["--format", "html"], in: directory.path).stdout
      #expect(html.contains("<th class=\"pf\">Profile</th>"))
      #expect(html.contains("vendors/health/omsorg.yaml · Profile: golden-plus"))
      #expect(html.contains("vendors/nordic.yaml · Profile: golden"))

      let csv = try CLI.run(Self.arguments + ["--format", "csv"], in: directory.path).stdout
      let p01 = csv.components(separatedBy: "\r\n").filter { $0.contains(",P-01,") }
      #expect(
        p01.count == 1 && p01.first?.hasPrefix("vendors/health/omsorg.yaml,Omsorg Data A/S,,golden-plus,") == true)

      let junit = try CLI.run(Self.arguments + ["--format", "junit"], in: directory.path).stdout
      #expect(junit.contains("<property name=\"profile\" value=\"golden-plus\"/>"))

      // SARIF lists P-01 among its rules, and the result's index points at it.
      let sarif = try CLI.run(Self.arguments + ["--format", "sarif"], in: directory.path).stdout
      let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
      let run = try #require((log["runs"] as? [[String: Any]])?.first)
      let ruleIDs = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
      let result = try #require((run["results"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "P-01" })
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(index < ruleIDs.count && ruleIDs[index]["id"] as? String == "P-01")
      #expect((result["properties"] as? [String: Any])?["profile"] as? String == "golden-plus")
    }
  }

  @Test(Validators.jsonSchemaTool, Validators.xmllintTool)
  func theReportsOfAMappedRunStillValidate() throws {
    try Self.withPortfolio { directory in
      let sarif = try CLI.run(Self.arguments + ["--format", "sarif"], in: directory.path).stdout
      try Validators.checkJSONSchema(schema: "/sarif-schema-2.1.0.json", document: sarif, suffix: ".sarif")
      let junit = try CLI.run(Self.arguments + ["--format", "junit"], in: directory.path).stdout
      try Validators.xmllint(schema: "/junit-10.xsd", document: junit)
    }
  }

  @Test func theConfigurationFileMayNameTheMap() throws {
    try Self.withPortfolio { directory in
      try "format: dpacheck/config/v1\nprofile: golden\nprofile_map: vendors/profiles.yaml\n".write(
        to: directory.appendingPathComponent(".dpacheck.yaml"), atomically: true, encoding: .utf8)
      let json = try CLI.run(
        ["check", "vendors", "--rules", "rules", "--as-of", "2026-11-26", "--format", "json"], in: directory.path)
      #expect(json.status == 1, "\(json.stderr)")
      #expect(json.stdout.contains("\"profile\" : \"golden-plus\""))
      let config = try CLI.run(["config"], in: directory.path).stdout
      #expect(config.contains("profile_map  vendors/profiles.yaml") && config.contains(".dpacheck.yaml:3:14"))
    }
  }

  @Test(arguments: [
    (
      "format: dpacheck/profile-map/v1\nprofiles:\n  - path: \"health/**\"\n    profile: golden-pluss\n",
      "profiles.yaml:4:14: error: unknown profile 'golden-pluss'; did you mean 'golden-plus'?"
    ),
    (
      "format: dpacheck/profile-map/v1\nprofiles:\n  - path: \"health/**\"\n    profil: golden-plus\n",
      "profiles.yaml:4:5: error: unknown key 'profil'"
    ),
    (
      "format: dpacheck/profile-map/v2\nprofiles: []\n", "profiles.yaml:1:9: error:"
    ),
    (
      "format: dpacheck/profile-map/v1\nprofiles:\n  - path: \"\"\n    profile: golden\n",
      "profiles.yaml:3:11: error: 'path' of an entry of the profile map must not be empty"
    ),
    ("format: dpacheck/profile-map/v1\nprofiles: golden\n", "profiles.yaml:2:11: error:"),
  ])
  func aBadMapIsExitTwoWithItsLineAndColumn(map: String, expected: String) throws {
    try Self.withPortfolio { directory in
      try map.write(to: directory.appendingPathComponent("vendors/profiles.yaml"), atomically: true, encoding: .utf8)
      let result = try CLI.run(Self.arguments + ["-o", "report.json", "--format", "json"], in: directory.path)
      #expect(result.status == 2)
      #expect(result.stderr.contains(expected), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("report.json").path))
    }
  }
}
