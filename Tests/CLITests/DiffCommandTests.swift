import Foundation
import TestSupport
import Testing

/// `dpacheck diff` as a process: exit codes, formats, folders paired by identity, atomic output.
@Suite struct DiffCommandTests {
  static let old = "Examples/declarations/changes/nordlys-2025.yaml"
  static let new = "Examples/declarations/changes/nordlys-2026.yaml"
  static let asOf = ["--as-of", "2026-11-26"]

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func theExamplePairHasAMaterialNewSubprocessorAndExitsOne() throws {
    let result = try CLI.run(["diff", Self.old, Self.new, "--format", "json"] + Self.asOf)
    #expect(result.status == 1, "\(result.stderr)")
    let report = try Self.json(result.stdout)
    #expect(report["format"] as? String == "dpacheck/diff/v1")
    #expect(report["old"] as? String == Self.old && report["new"] as? String == Self.new)
    let changes = try #require(report["changes"] as? [[String: Any]])
    let added = try #require(changes.first { $0["kind"] as? String == "subprocessor_added" })
    #expect(added["material"] as? Bool == true)
    #expect(added["objection_deadline"] as? String == "2026-09-09")
    #expect((added["new"] as? [String: Any])?["name"] as? String == "Example Support Inc.")
    #expect(added["old"] is NSNull)
    let location = try #require(added["location"] as? [String: Any])
    let text = try String(contentsOfFile: Package.path(Self.new), encoding: .utf8)
    let line = try #require(
      text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains("- name: Example Support Inc.")
      })
    #expect(location["line"] as? Int == line + 1)
    #expect(location["in"] == nil)
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["changes"] as? Int == changes.count)
    #expect(summary["material"] as? Int == changes.filter { $0["material"] as? Bool == true }.count)
    #expect(
      Set(changes.compactMap { $0["kind"] as? String }).isSubset(of: [
        "subprocessor_added", "subprocessor_removed", "country_added", "country_removed", "transfer_changed",
        "answer_changed", "finding_changed",
      ]))
    // A removal points into OLD.
    let reversed = try Self.json(try CLI.run(["diff", Self.new, Self.old, "--format", "json"] + Self.asOf).stdout)
    let removed = try #require(
      (reversed["changes"] as? [[String: Any]])?.first { $0["kind"] as? String == "subprocessor_removed" })
    #expect((removed["location"] as? [String: Any])?["in"] as? String == "old")
  }

  @Test func aDeclarationComparedWithItselfExitsZeroWithNoChanges() throws {
    let result = try CLI.run(["diff", Self.new, Self.new, "--format", "json"] + Self.asOf)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try Self.json(result.stdout)
    #expect((report["changes"] as? [Any])?.isEmpty == true)
    let text = try CLI.run(["diff", Self.new, Self.new] + Self.asOf)
    #expect(text.status == 0)
    #expect(text.stdout.contains("no changes") && text.stdout.contains("0 changes, 0 material"))
  }

  @Test func aShuffledCopyExitsZero() throws {
    try withTemporaryDirectory(prefix: "dpacheck-diff") { folder in
      let original = """
        format: dpacheck/declaration/v1
        vendor: {name: A, country: DK}
        subprocessors:
          list:
            - {name: B, countries: [DE, FI], subprocessors: [{name: C, countries: [SE]}, {name: D, countries: [NO]}]}
            - {name: E, countries: [IE]}
        """
      let shuffled = """
        subprocessors:
          list:
            - {countries: [IE], name: E}
            - {subprocessors: [{countries: [NO], name: D}, {name: C, countries: [SE]}], countries: [FI, DE], name: B}
        vendor: {country: DK, name: A}
        format: dpacheck/declaration/v1
        """
      let a = folder.appendingPathComponent("a.yaml")
      let b = folder.appendingPathComponent("b.yaml")
      try original.write(to: a, atomically: true, encoding: .utf8)
      try shuffled.write(to: b, atomically: true, encoding: .utf8)
      let result = try CLI.run(["diff", a.path, b.path, "--format", "json"] + Self.asOf)
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      #expect((try Self.json(result.stdout)["changes"] as? [Any])?.isEmpty == true)
    }
  }

  @Test func invalidInputExitsTwoWithFileLineAndColumn() throws {
    try withTemporaryDirectory(prefix: "dpacheck-diff") { folder in
      let broken = folder.appendingPathComponent("broken.yaml")
      try "format: dpacheck/declaration/v1\nbreach_notification:\n  max_hours: yes\n".write(
        to: broken, atomically: true, encoding: .utf8)
      let output = folder.appendingPathComponent("out.json")
      let result = try CLI.run(["diff", Self.old, broken.path, "-o", output.path] + Self.asOf)
      #expect(result.status == 2)
      #expect(result.stderr.contains("broken.yaml:3:14: error:"), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: output.path))
    }
  }

  @Test func aFileAndAFolderIsBadUsage() throws {
    let result = try CLI.run(["diff", Self.old, "Examples/declarations/changes"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("must both be declaration files or both be folders"))
  }

  @Test func foldersArePairedByPathThenVendorAndService() throws {
    try withTemporaryDirectory(prefix: "dpacheck-diff") { folder in
      let manager = FileManager.default
      let before = folder.appendingPathComponent("2025")
      let after = folder.appendingPathComponent("2026")
      try manager.createDirectory(at: before, withIntermediateDirectories: true)
      try manager.createDirectory(at: after, withIntermediateDirectories: true)
      // Nordlys is renamed between the years: paired by its vendor and service name.
      try manager.copyItem(atPath: Package.path(Self.old), toPath: before.appendingPathComponent("nordlys.yaml").path)
      try manager.copyItem(
        atPath: Package.path(Self.new), toPath: after.appendingPathComponent("nordlys-cloud.yaml").path)
      // The same file on both sides: no change.
      for side in [before, after] {
        try manager.copyItem(
          atPath: Package.path("Examples/declarations/faroe-norway.yaml"),
          toPath: side.appendingPathComponent("faroe.yaml").path)
      }
      // Only in 2026: a new vendor to read in full.
      try manager.copyItem(
        atPath: Package.path("Examples/declarations/health-platform.yaml"),
        toPath: after.appendingPathComponent("health.yaml").path)
      let output = folder.appendingPathComponent("diff.json")
      let result = try CLI.run(["diff", before.path, after.path, "--format", "json", "-o", output.path] + Self.asOf)
      #expect(result.status == 1, "\(result.stderr)")
      let report = try Self.json(try String(contentsOf: output, encoding: .utf8))
      let declarations = try #require(report["declarations"] as? [[String: Any]])
      #expect(declarations.count == 2)
      let pairs = declarations.map { ($0["old"] as? String ?? "", $0["new"] as? String ?? "") }
      #expect(pairs.contains { $0.0.hasSuffix("2025/nordlys.yaml") && $0.1.hasSuffix("2026/nordlys-cloud.yaml") })
      #expect(pairs.contains { $0.0.hasSuffix("2025/faroe.yaml") && $0.1.hasSuffix("2026/faroe.yaml") })
      let unpaired = try #require(report["unpaired"] as? [String: Any])
      #expect((unpaired["new"] as? [String])?.first?.hasSuffix("2026/health.yaml") == true)
      #expect((unpaired["old"] as? [String])?.isEmpty == true)
      let changes = try #require(report["changes"] as? [[String: Any]])
      #expect(changes.allSatisfy { ($0["file"] as? String)?.contains("nordlys") == true })
    }
  }

  @Test(arguments: ["text", "markdown", "html"])
  func theHumanFormatsSpeakDanish(format: String) throws {
    let result = try CLI.run(["diff", Self.old, Self.new, "--format", format, "--lang", "da"] + Self.asOf)
    #expect(result.status == 1, "\(result.stderr)")
    let text = result.stdout.replacingOccurrences(of: "&#39;", with: "'")
    #expect(text.contains("ny underdatabehandler 'Example Support Inc.'"), "\(result.stdout)")
    #expect(text.contains("frist for indsigelse 2026-09-09"))
    #expect(!text.contains("new sub-processor"))
    var words =
      format == "html"
      ? DanishOutputTests.unescape(
        text.replacingOccurrences(
          of: #"<[^>]*>"#, with: " ", options: .regularExpression)) : text
    for value in try EnglishWords.userText(of: [Self.old, Self.new]) {
      words = words.replacingOccurrences(of: value, with: " ")
    }
    let english = try EnglishWords.found(in: words)
    #expect(english.isEmpty, "English words in the Danish \(format) report: \(english)")
    if format == "html" {
      #expect(result.stdout.hasPrefix("<!DOCTYPE html>") && result.stdout.contains("<html lang=\"da\">"))
      // Like every HTML page dpacheck writes: nothing fetched, no script.
      #expect(result.stdout.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';"))
      #expect(!result.stdout.contains("<script"))
    }
  }

  @Test func theTextReportNamesEachChangesPlace() throws {
    let result = try CLI.run(["diff", Self.old, Self.new] + Self.asOf)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains("! new sub-processor 'Example Support Inc.' (US; second-line support; transfer: dpf)"))
    #expect(result.stdout.contains("objection deadline 2026-09-09"))
    #expect(result.stdout.contains("! breach_notification.max_hours: 24 → 36"))
    #expect(result.stdout.contains("a weaker answer under BR-01"))
    #expect(result.stdout.contains("\(Self.new):"))
  }
}
