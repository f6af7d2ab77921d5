import Foundation
import TestSupport
import Testing

/// A vendor file or a rule pack cannot stall a run: joins are linear, quantifiers nest at most four
/// deep, and every declaration's evaluation has a budget of steps.
@Suite(.serialized) struct EvaluationBudgetTests {
  /// Countries outside the EEA, cycled to make long lists.
  static let thirdCountries = ["US", "IN", "JP", "BR", "CA", "AU", "CH", "GB", "IL", "KR"]

  /// nordlys-cloud.yaml with `count` encryption-key countries and `count` transfers; the keys
  /// include China, which no transfer covers.
  static func manyKeysAndTransfers(_ count: Int) throws -> String {
    let base = try String(contentsOfFile: Package.path("Examples/declarations/nordlys-cloud.yaml"), encoding: .utf8)
    var keys = (0..<count).map { thirdCountries[$0 % thirdCountries.count] }
    keys[count / 2] = "CN"
    let transfers = (0..<count).map {
      "  - {country: \(thirdCountries[$0 % thirdCountries.count]), recipient: R\($0), mechanism: scc}"
    }
    var text = base.replacingOccurrences(
      of: "key_countries: [DK]", with: "key_countries: [\(keys.joined(separator: ", "))]")
    let transfersStart = try #require(text.range(of: "\ntransfers:"))
    let lineEnd = try #require(text[transfersStart.upperBound...].firstIndex(of: "\n"))
    text.replaceSubrange(
      transfersStart.lowerBound..<lineEnd, with: "\ntransfers:\n" + transfers.joined(separator: "\n"))
    return text
  }

  @Test func aJoinOfThreeThousandByThreeThousandIsLinear() throws {
    try withTemporaryDirectory { folder in
      let file = folder.appendingPathComponent("keys.yaml")
      try Self.manyKeysAndTransfers(3_000).write(to: file, atomically: true, encoding: .utf8)
      let started = Date()
      let result = try CLI.run(["check", file.path, "--as-of", "2026-11-26", "--format", "json"], timeout: 30)
      #expect(!result.timedOut, "the run took \(Date().timeIntervalSince(started)) s")
      #expect(result.status == 1, "\(result.stderr)")
      // TRF-02b joins every key country with every transfer: only China has no transfer.
      let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let declarations = try #require(json["declarations"] as? [[String: Any]])
      let findings = try #require(declarations.first?["findings"] as? [[String: Any]])
      let keyRule = try #require(findings.first { $0["rule"] as? String == "TRF-02b" })
      #expect(keyRule["status"] as? String == "gap")
      #expect((keyRule["message"] as? String)?.contains("'CN'") == true, "\(keyRule)")
    }
  }

  /// nordlys-cloud.yaml with `count` backup countries (and China) and `count` sub-processors of one
  /// country each: TRF-07 looks for each backup country among every sub-processor's countries.
  static func manyBackupsAndSubprocessors(_ count: Int) throws -> String {
    let base = try String(contentsOfFile: Package.path("Examples/declarations/nordlys-cloud.yaml"), encoding: .utf8)
    let backups = (0..<count).map { thirdCountries[$0 % thirdCountries.count] } + ["CN"]
    var text = base.replacingOccurrences(
      of: "    countries: [DE]\n  continuity:",
      with: "    countries: [\(backups.joined(separator: ", "))]\n  continuity:")
    let start = try #require(text.range(of: "  list:\n    - name: Hetzner"))
    let end = try #require(text.range(of: "\ntransfers:"))
    let subprocessors = (0..<count).map {
      "    - {name: S\($0), service: s, countries: [\(thirdCountries[$0 % thirdCountries.count])], data_access: true,"
        + " flow_down: true, last_review_date: 2026-05-20, transfer: {mechanism: scc, tia_date: 2026-01-20}}"
    }
    text.replaceSubrange(start.lowerBound..<end.lowerBound, with: "  list:\n" + subprocessors.joined(separator: "\n"))
    return text
  }

  @Test func aJoinThroughEverySubprocessorsCountriesIsLinear() throws {
    try withTemporaryDirectory { folder in
      let file = folder.appendingPathComponent("backups.yaml")
      try Self.manyBackupsAndSubprocessors(3_000).write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", file.path, "--as-of", "2026-11-26"], timeout: 30)
      #expect(!result.timedOut)
      #expect(result.status == 1, "\(result.stderr)")
      // Only China, the last backup country, is held by no sub-processor and no transfer.
      #expect(
        result.stdout.contains("security.backup.countries[3000]: no entry in transfers meets the requirement"),
        "\(result.stdout.prefix(3000))")
      #expect(!result.stdout.contains("security.backup.countries[2999]"))
    }
  }

  @Test func anUncoveredKeyIsReportedAtItsItem() throws {
    let text = try Self.manyKeysAndTransfers(4)
    try withTemporaryDirectory { folder in
      let file = folder.appendingPathComponent("keys.yaml")
      try text.write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", file.path, "--as-of", "2026-11-26"])
      #expect(result.status == 1)
      let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("key_countries:") }) + 1
      // The third key (index 2) is China; the message names it and the first transfers read.
      #expect(
        result.stdout.contains(
          "\(file.path):\(line):29: security.encryption.key_countries[2]: no entry in transfers meets the requirement;"
            + " transfers[0] ('R0').country is 'US'; expected the same as security.encryption.key_countries[2] ('CN')"),
        "\(result.stdout)")
    }
  }

  /// The golden rule folder with its requirements replaced by `requirements`.
  static func rules(in folder: URL, requirements: String) throws -> URL {
    let rules = folder.appendingPathComponent("rules")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Package.path("Tests/Fixtures/rules")), to: rules)
    try ("format: dpacheck/requirements/v1\nrequirements:\n" + requirements)
      .write(to: rules.appendingPathComponent("golden/requirements.yaml"), atomically: true, encoding: .utf8)
    return rules
  }

  static func requirement(check: String) -> String {
    """
      - id: G-01
        title: {da: "Titel", en: "Title"}
        rationale: {da: "Begrundelse.", en: "Rationale."}
        met_if: {da: "Kravet er opfyldt, hvis x.", en: "The requirement is met if x."}
        clause: "10"
        gdpr: ["Art. 33(2)"]
        severity: high
        check:
    \(check)
        remediation: {da: "Gør x.", en: "Do x."}

    """
  }

  /// `depth` quantifiers over `sites`, each inside the one before, around a leaf.
  static func nested(_ depth: Int) -> String {
    var text = ""
    for level in 0..<depth {
      let indent = String(repeating: "  ", count: 3 + 2 * level)
      text += "\(indent)some: $.sites\n\(indent)check:\n"
    }
    return text + String(repeating: "  ", count: 3 + 2 * depth) + "{field: country, equals: DK}"
  }

  @Test func fortyNestedQuantifiersAreRefusedAtTheFifth() throws {
    try withTemporaryDirectory { folder in
      let rules = try Self.rules(in: folder, requirements: Self.requirement(check: Self.nested(40)))
      let requirements = rules.appendingPathComponent("golden/requirements.yaml").path
      for arguments in [
        ["check", "Tests/Fixtures/golden/acme.yaml", "--rules", rules.path, "--profile", "golden"],
        ["rules", "lint", "--rules", rules.path],
      ] {
        let result = try CLI.run(arguments, timeout: 30)
        #expect(!result.timedOut)
        #expect(result.status == 2, "\(arguments): \(result.stdout)\(result.stderr)")
        // The fifth `some:`: the check starts on line 11, two lines a level, indented 22 spaces.
        let line = 19
        #expect(
          result.stderr.contains(
            "\(requirements):\(line):23: error: 'some' nested 5 deep; 'each' and 'some' may nest at most 4 deep"),
          "\(arguments): \(result.stderr)")
      }
    }
  }

  @Test func aCheckThatMultipliesListsRunsOutOfStepsAndSaysWhere() throws {
    try withTemporaryDirectory { folder in
      // Four nested walks over 60 sites: 13 million steps, past the budget of a small declaration.
      let rules = try Self.rules(in: folder, requirements: Self.requirement(check: Self.nested(4)))
      var declaration = "format: dpacheck/declaration/v1\nvendor:\n  name: Many Sites\nsites:\n"
      for index in 0..<60 { declaration += "  - country: \(index % 2 == 0 ? "DK" : "DE")\n" }
      let file = folder.appendingPathComponent("sites.yaml")
      try declaration.write(to: file, atomically: true, encoding: .utf8)
      let other = folder.appendingPathComponent("zz-other.yaml")
      try "format: dpacheck/declaration/v1\nvendor:\n  name: Few Sites\nsites:\n  - country: DK\n"
        .write(to: other, atomically: true, encoding: .utf8)
      let result = try CLI.run(
        ["check", file.path, other.path, "--rules", rules.path, "--profile", "golden", "--as-of", "2026-11-26"],
        timeout: 60)
      #expect(!result.timedOut)
      #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
      #expect(
        result.stderr.contains(
          "\(file.path):5:3: error: checking requirement G-01 against this declaration takes too many steps"),
        "\(result.stderr)")
      #expect(result.stderr.contains("requirement G-01 is defined here"), "\(result.stderr)")
      // The other declaration of the run is still reported.
      #expect(result.stdout.contains("Few Sites"), "\(result.stdout)")
    }
  }
}
