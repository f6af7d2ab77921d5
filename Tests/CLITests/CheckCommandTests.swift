import Foundation
import TestSupport
import Testing

/// End-to-end: the built binary, its output and exit codes.
@Suite(.serialized) struct CheckCommandTests {
  static let compliant = "Examples/declarations/nordlys-cloud.yaml"

  @Test func compliantDeclarationPasses() throws {
    let result = try CLI.run(["check", Self.compliant, "--as-of", "2026-11-26"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("Verdict: PASSED"))
    #expect(result.stderr.isEmpty)
  }

  @Test func lateBreachNoticeFailsAndNamesTheLine() throws {
    let file = "Tests/Fixtures/declarations/late-breach.yaml"
    let result = try CLI.run(["check", file, "--as-of", "2026-11-26"])
    #expect(result.status == 1)
    let line = try #require(lineNumber(of: "max_hours: 72", in: file))
    let message =
      "the vendor notifies the municipality of a breach up to 72 hours after becoming aware of it, later than required"
    #expect(result.stdout.contains("\(file):\(line):14: \(message)"), "\(result.stdout)")
    #expect(result.stdout.contains("BR-01"))
    #expect(result.stdout.contains("Verdict: FAILED"))
  }

  /// A case-handling system on KL and KOMBIT's template passes the default gate; the move to
  /// Datatilsynet's clauses is a low gap on the template's line.
  @Test func aLegacyKLKOMBITAgreementPassesWithALowRecommendation() throws {
    let file = "Tests/Fixtures/declarations/kl-kombit-case-handling.yaml"
    let result = try CLI.run(["check", file, "--as-of", "2026-11-26", "--format", "json"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let findings = try findingsByRule(result)
    #expect(findings["INS-06"]?["status"] as? String == "met")
    let recommendation = try #require(findings["INS-06b"])
    #expect(recommendation["status"] as? String == "gap")
    #expect(recommendation["severity"] as? String == "low")
    #expect(recommendation["clause"] as? String == "2")
    let line = try #require(lineNumber(of: "dpa_template: kl-kombit", in: file))
    #expect((recommendation["location"] as? [String: Int])?["line"] == line)
  }

  /// A building-permit system (Art. 6(1)(c) and (e)) without portability passes: Art. 20(3).
  @Test func aBuildingPermitSystemWithoutPortabilityPasses() throws {
    let file = "Tests/Fixtures/declarations/building-permits.yaml"
    let result = try CLI.run(["check", file, "--as-of", "2026-11-26", "--format", "json"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let findings = try findingsByRule(result)
    #expect(findings["AST-02"]?["status"] as? String == "met")
    #expect(findings["AST-02b"]?["status"] as? String == "not_applicable")
  }

  @Test func typoInAKeyExitsTwoWithASuggestion() throws {
    let file = "Tests/Fixtures/declarations/typo-key.yaml"
    let result = try CLI.run(["check", file, "--as-of", "2026-11-26"])
    #expect(result.status == 2)
    let line = try #require(lineNumber(of: "phased_update: true", in: file))
    #expect(
      result.stderr.contains(
        "\(file):\(line):3: error: unknown key 'phased_update' in 'breach_notification'; did you mean 'phased_updates'?"
      ))
  }

  @Test func jsonIsByteIdenticalAcrossRuns() throws {
    let first = try CLI.run(["check", Self.compliant, "--as-of", "2026-11-26", "--format", "json"])
    let second = try CLI.run(["check", Self.compliant, "--as-of", "2026-11-26", "--format", "json"])
    #expect(first.status == 0)
    #expect(!first.stdout.isEmpty)
    #expect(first.stdout == second.stdout)
  }

  @Test func jsonFollowsTheReportContract() throws {
    let result = try CLI.run([
      "check", "Tests/Fixtures/declarations/late-breach.yaml", "--as-of", "2026-11-26", "--format", "json",
    ])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["format"] as? String == "dpacheck/report/v1")
    #expect(json["as_of"] as? String == "2026-11-26")
    #expect(json["profile"] as? String == "kommune")
    let gate = try #require(json["gate"] as? [String: Any])
    #expect(gate["fail_on"] as? String == "high")
    #expect(gate["passed"] as? Bool == false)
    let declarations = try #require(json["declarations"] as? [[String: Any]])
    let declaration = try #require(declarations.first)
    #expect(declaration["vendor"] as? String == "Nordlys Cloud ApS")
    #expect(declaration["valid"] as? Bool == true)
    let summary = try #require(declaration["summary"] as? [String: Int])
    #expect(Set(summary.keys) == ["met", "gap", "unanswered", "not_applicable", "waived"])
    let findings = try #require(declaration["findings"] as? [[String: Any]])
    let breach = try #require(findings.first { $0["rule"] as? String == "BR-01" })
    #expect(breach["status"] as? String == "gap")
    #expect(breach["severity"] as? String == "critical")
    #expect(breach["clause"] as? String == "10")
    #expect(breach["path"] as? String == "breach_notification.max_hours")
    let location = try #require(breach["location"] as? [String: Int])
    #expect(location["column"] == 14)
    for finding in findings {
      for key in ["rule", "status", "severity", "clause", "gdpr", "title", "message", "path", "location"] {
        #expect(finding[key] != nil, "finding \(finding["rule"] ?? "?") lacks \(key)")
      }
    }
  }

  @Test func unansweredVendorIsNullInJSON() throws {
    try withTemporaryDirectory(prefix: "dpacheck-tests") { directory in
      let file = directory.appendingPathComponent("blank.yaml")
      try "format: dpacheck/declaration/v1\nvendor:\n  name:\n".write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", file.path, "--as-of", "2026-11-26", "--format", "json"])
      #expect(result.status == 1)
      #expect(result.stdout.contains("\"vendor\" : null"))
    }
  }

  @Test func vendorTextCannotSendEscapeSequencesToTheTerminal() throws {
    try withTemporaryDirectory(prefix: "dpacheck-tests") { directory in
      let file = directory.appendingPathComponent("esc.yaml")
      try "format: dpacheck/declaration/v1\nvendor:\n  name: \"Evil\\e[2J\\e]0;owned\\a ApS\"\n  contact_emial: x\n"
        .write(to: file, atomically: true, encoding: .utf8)
      let invalid = try CLI.run(["check", file.path, "--as-of", "2026-11-26"])
      #expect(invalid.status == 2)
      #expect(!invalid.stderr.contains("\u{1B}"))
      try "format: dpacheck/declaration/v1\nvendor:\n  name: \"Evil\\e[2J\\e]0;owned\\a ApS\"\n".write(
        to: file, atomically: true, encoding: .utf8)
      let report = try CLI.run(["check", file.path, "--as-of", "2026-11-26"])
      #expect(!report.stdout.contains("\u{1B}") && !report.stdout.contains("\u{7}"))
      #expect(report.stdout.contains("Evil\\u{1B}[2J"))
    }
  }

  @Test func outputFileIsWrittenAndNothingGoesToStdout() throws {
    try withTemporaryDirectory(prefix: "dpacheck-tests") { directory in
      let output = directory.appendingPathComponent("report.json").path
      let result = try CLI.run(["check", Self.compliant, "--as-of", "2026-11-26", "--format", "json", "-o", output])
      #expect(result.status == 0)
      #expect(result.stdout.isEmpty)
      let written = try String(contentsOfFile: output, encoding: .utf8)
      #expect(written.contains("\"format\" : \"dpacheck/report/v1\""))
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      #expect(leftovers == ["report.json"])
    }
  }

  @Test func badUsageExits64() throws {
    #expect(try CLI.run(["check", Self.compliant, "--format", "pdf"]).status == 64)
    #expect(try CLI.run(["check", Self.compliant, "--as-of", "26-11-2026"]).status == 64)
    #expect(try CLI.run(["check"]).status == 64)
  }

  @Test func unknownProfileAndMissingFileExitTwo() throws {
    let profile = try CLI.run(["check", Self.compliant, "--profile", "kommunen"])
    #expect(profile.status == 2)
    #expect(profile.stderr.contains("unknown profile 'kommunen'; did you mean 'kommune'?"))
    let missing = try CLI.run(["check", "no/such/file.yaml"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no/such/file.yaml:1:1: error: no such file"))
  }

  @Test func rulesTestPassesOnTheShippedPacks() throws {
    let result = try CLI.run(["rules", "test"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(" passed, 0 failed"))
  }

  @Test func installedBinaryFindsItsRulesWithoutRulesFlag() throws {
    // Run from a folder with no Rules/ beside it: the packs are built into the binary.
    try withTemporaryDirectory(prefix: "dpacheck-tests") { directory in
      let declaration = directory.appendingPathComponent("d.yaml")
      try FileManager.default.copyItem(atPath: Package.path(Self.compliant), toPath: declaration.path)
      let result = try CLI.run(["check", "d.yaml", "--as-of", "2026-11-26"], in: directory.path)
      #expect(result.status == 0, "\(result.stderr)")
    }
  }

  /// The findings of a single-declaration JSON report, by requirement id.
  private func findingsByRule(_ result: CLI.Result) throws -> [String: [String: Any]] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let declaration = try #require((json["declarations"] as? [[String: Any]])?.first)
    let findings = try #require(declaration["findings"] as? [[String: Any]])
    let pairs = findings.compactMap { finding in (finding["rule"] as? String).map { ($0, finding) } }
    return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }

  private func lineNumber(of text: String, in file: String) -> Int? {
    guard let contents = try? String(contentsOfFile: Package.path(file), encoding: .utf8) else { return nil }
    return contents.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map {
      $0 + 1
    }
  }
}

/// Evidence dated after the evaluation date is no evidence (issue: dates after --as-of).
@Suite(.serialized) struct FutureEvidenceTests {
  @Test func aDeclarationSignedAndAPenTestDatedInTheFutureAreGaps() throws {
    let text = try String(contentsOfFile: Package.path("Examples/declarations/nordlys-cloud.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "declared_on: 2026-09-15", with: "declared_on: 2027-01-05")
      .replacingOccurrences(of: "restore_test_date: 2026-05-01", with: "restore_test_date: 2026-12-24")
    try withTemporaryDirectory { folder in
      let file = folder.appendingPathComponent("sag.yaml")
      try text.write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", file.path, "--as-of", "2026-11-26", "--format", "json"])
      #expect(result.status == 1)
      let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let findings = try #require((json["declarations"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
      func finding(_ rule: String) -> [String: Any]? { findings.first { $0["rule"] as? String == rule } }
      let lines = text.components(separatedBy: "\n")
      for (rule, key, severity, clause) in [
        ("DECL-01", "declared_on: 2027", "high", "A"), ("SEC-12", "restore_test_date: 2026-12-24", "high", "C.2"),
      ] {
        let found = try #require(finding(rule), "\(rule)")
        let line = try #require(lines.firstIndex { $0.contains(key) }) + 1
        #expect(found["status"] as? String == "gap", "\(rule)")
        #expect(found["severity"] as? String == severity, "\(rule)")
        #expect(found["clause"] as? String == clause, "\(rule)")
        #expect((found["location"] as? [String: Any])?["line"] as? Int == line, "\(rule)")
        #expect(
          (found["message"] as? String)?.contains("after the evaluation date 2026-11-26, and evidence from the future")
            == true,
          "\(rule): \(found["message"] ?? "")")
      }
    }
  }
}

/// Reports say what is wrong in the domain's words, never with the rule language's set names.
@Suite struct CountrySetWordingTests {

  @Test(arguments: ["en", "da"]) func noSetNameOfTheRuleLanguageInAReport(lang: String) throws {
    let result = try CLI.run([
      "check", "Examples/declarations/us-subprocessor-uncertified.yaml", "--as-of", "2026-11-26", "--lang", lang,
    ])
    #expect(result.status == 1)
    for setWording in ["the set '", "mængden '", "'adequacy_dpf'", "'eea'"] {
      #expect(!result.stdout.contains(setWording), "\(lang): \(setWording)")
    }
    // The review's example, in the domain's words (the leaves' `says`).
    let expected =
      lang == "en"
      ? "Postwave Mail LLC is not certified under the EU-US Data Privacy Framework, "
        + "so the adequacy decision does not cover it"
      : "Postwave Mail LLC er ikke certificeret under EU-US Data Privacy Framework, "
        + "så tilstrækkelighedsafgørelsen dækker den ikke"
    #expect(result.stdout.contains(expected), "\(result.stdout)")
  }
}
