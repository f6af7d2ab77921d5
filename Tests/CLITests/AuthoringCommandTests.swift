import Foundation
import TestSupport
import Testing

/// `explain`, `rules show`, `rules list`, `template` and `rules docs` through the binary: golden
/// outputs in both languages over the fixture rules, and the exit codes.
@Suite(.serialized) struct AuthoringCommandTests {
  static let snapshots = Package.path("Tests/CLITests/Snapshots/authoring")
  static let fixtureRules = ["--rules", "Tests/Fixtures/rules"]

  struct Case: Sendable, CustomTestStringConvertible {
    var snapshot: String
    var arguments: [String]
    var testDescription: String { snapshot }
  }

  static let goldens: [Case] = ["en", "da"].flatMap { lang in
    [
      Case(
        snapshot: "explain-G-01.golden.\(lang).txt",
        arguments: ["explain", "G-01", "--profile", "golden", "--lang", lang]),
      Case(
        snapshot: "explain-G-01.golden-strict.\(lang).txt",
        arguments: ["explain", "G-01", "--profile", "golden-strict", "--lang", lang]),
      Case(
        snapshot: "explain-G-03.golden.\(lang).txt",
        arguments: ["explain", "G-03", "--profile", "golden", "--lang", lang]),
      Case(
        snapshot: "explain-G-04.golden-strict.\(lang).txt",
        arguments: ["explain", "G-04", "--profile", "golden-strict", "--lang", lang]),
      Case(
        snapshot: "rules-show.golden.\(lang).txt", arguments: ["rules", "show", "--profile", "golden", "--lang", lang]),
      Case(
        snapshot: "rules-show.golden-strict.\(lang).txt",
        arguments: ["rules", "show", "--profile", "golden-strict", "--lang", lang]),
      Case(
        snapshot: "rules-list.golden-strict.\(lang).txt",
        arguments: ["rules", "list", "--profile", "golden-strict", "--lang", lang]),
    ]
  }

  @Test(arguments: goldens)
  func outputMatchesItsGoldenFile(_ testCase: Case) throws {
    let result = try CLI.run(testCase.arguments + Self.fixtureRules)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    try Snapshot.assert(result.stdout, matches: testCase.snapshot, in: Self.snapshots)
  }

  @Test func explainingAnUnknownRequirementExitsTwoWithASuggestion() throws {
    let result = try CLI.run(["explain", "G-1"] + Self.fixtureRules + ["--profile", "golden"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("error: unknown requirement 'G-1'; did you mean 'G-01'?"))
  }

  @Test func explainWorksWithTheShippedRulesAndAProfileFile() throws {
    let result = try CLI.run(["explain", "BR-01", "--profile", "Rules/profiles/kommune-sundhed.yaml"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("max_hours = 24 (set in profile kommune-sundhed; pack default: 48)"))
    #expect(result.stdout.contains("Clause:   10 (Notification of personal data breaches)"))
  }

  @Test func rulesShowMarksWhatIsInheritedFromTheProfileExtended() throws {
    let result = try CLI.run(["rules", "show", "--profile", "kommune-sundhed"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Chain:          kommune-sundhed → kommune"))
    #expect(result.stdout.contains("(inherited from profile kommune)"))
    #expect(result.stdout.contains("Fail on:        medium (set in profile kommune-sundhed)"))
  }

  @Test(arguments: ["en", "da"])
  func blankTemplateLoadsAndTheFilledOnePasses(lang: String) throws {
    // Free-text examples are in the template's language.
    let english = [
      "Case handling for citizen services", "contract period", "The customer may terminate without penalty",
    ]
    let template = try CLI.run(["template", "--lang", lang]).stdout
    for text in english { #expect(template.contains(text) == (lang == "en"), "\(lang): \(text)") }
    #expect(template.contains("Sagsbehandling af borgerhenvendelser") == (lang == "da"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-template-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let blank = try CLI.run(["template", "--lang", lang])
    #expect(blank.status == 0)
    #expect(blank.stdout.hasPrefix("# yaml-language-server: $schema=./dpacheck-declaration.schema.json\n"))
    let blankFile = folder.appendingPathComponent("blank.yaml")
    try blank.stdout.write(to: blankFile, atomically: true, encoding: .utf8)
    let blankCheck = try CLI.run(["check", blankFile.path, "--as-of", "2026-11-26"])
    #expect(blankCheck.status == 1, "\(blankCheck.stderr)")
    let filled = try CLI.run(["template", "--lang", lang, "--with-examples"])
    #expect(filled.status == 0, "\(filled.stderr)")
    let filledFile = folder.appendingPathComponent("filled.yaml")
    try filled.stdout.write(to: filledFile, atomically: true, encoding: .utf8)
    let filledCheck = try CLI.run(["check", filledFile.path, "--as-of", "2026-11-26", "--format", "json"])
    #expect(filledCheck.status == 0, "\(filledCheck.stdout)\(filledCheck.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(filledCheck.stdout.utf8)) as? [String: Any])
    let declarations = try #require(json["declarations"] as? [[String: Any]])
    try #require(declarations.count == 1)
    let summary = try #require(declarations[0]["summary"] as? [String: Int])
    #expect(summary["unanswered"] == 0, "\(summary)")
    #expect((summary["met"] ?? 0) > 0, "\(summary)")
  }

  @Test func rulesDocsWritesTheFileItPrints() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-docs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("rules.md")
    let printed = try CLI.run(["rules", "docs"])
    let written = try CLI.run(["rules", "docs", "-o", file.path])
    #expect(printed.status == 0 && written.status == 0)
    #expect(written.stdout.isEmpty)
    #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
  }
}

/// The shell completions that docs/completions.md describes: paths complete as files or folders.
@Suite struct CompletionTests {
  @Test func bashCompletesPathsAsTheDocsSay() throws {
    let result = try CLI.run(["--generate-completion-script", "bash"])
    #expect(result.status == 0)
    let script = result.stdout
    // The value completion of each option: the lines after its `case` label.
    func completion(of option: String) -> String? {
      guard let start = script.range(of: "'\(option)')\n") else { return nil }
      return script[start.upperBound...].split(separator: "\n").first.map(String.init)
    }
    #expect(completion(of: "--rules")?.contains("__dpacheck_add_completions -d") == true)
    #expect(completion(of: "--waivers")?.contains("__dpacheck_add_completions -f") == true)
    #expect(completion(of: "--baseline")?.contains("__dpacheck_add_completions -f") == true)
    #expect(completion(of: "--profile")?.contains("*.@(yaml|yml)") == true)
    #expect(completion(of: "-o'|'--output")?.contains("__dpacheck_add_completions -f") == true)
    // Declaration paths (the positional argument of `check`) as YAML files.
    #expect(script.contains("-fX '!*.@(yaml|yml)'"))
  }
}
