import Foundation
import TestSupport
import Testing
import YAMLSupport

/// Gating a pipeline: every exit-code path, waivers and baselines, end to end.
@Suite(.serialized) struct GateTests {
  static let compliant = "Examples/declarations/nordlys-cloud.yaml"
  static let late = "Examples/declarations/late-breach-notice.yaml"
  /// `vendor.name` of late-breach-notice.yaml, written out rather than read with the parser under test.
  static let lateVendor = "Renoflow ApS"
  static let asOf = ["--as-of", "2026-11-26"]

  private func withDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    try withTemporaryDirectory(prefix: "dpacheck-gate", body)
  }

  private func waivers(_ body: String, in directory: URL) throws -> String {
    let file = directory.appendingPathComponent("waivers.yaml")
    try ("format: dpacheck/waivers/v1\nwaivers:\n" + body).write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  @Test func passAndFailByThreshold() throws {
    #expect(try CLI.run(["check", Self.compliant] + Self.asOf).status == 0)
    #expect(try CLI.run(["check", Self.late] + Self.asOf).status == 1)
    #expect(try CLI.run(["check", Self.late, "--fail-on", "none"] + Self.asOf).status == 0)
    // stale-evidence has high, medium and low gaps and nothing critical: the threshold decides.
    let stale = "Examples/declarations/stale-evidence.yaml"
    #expect(try CLI.run(["check", stale, "--fail-on", "critical"] + Self.asOf).status == 0)
    #expect(try CLI.run(["check", stale, "--fail-on", "high"] + Self.asOf).status == 1)
  }

  @Test func unansweredCountsLikeAGapAndTheReportSaysSo() throws {
    let result = try CLI.run(
      ["check", "Examples/declarations/startup-unanswered.yaml", "--fail-on", "critical"] + Self.asOf)
    #expect(result.status == 1)
    #expect(result.stdout.contains("An unanswered requirement counts like a gap for the gate"))
  }

  @Test func liveWaiverTurnsAFailureIntoAPass() throws {
    try withDirectory { directory in
      let vendor = Self.lateVendor
      let file = try waivers(
        """
          - rule: BR-01
            vendor: \(vendor)
            reason: Contract amendment to 24 hours signed, declaration follows
            approved_by: Jane Jensen, DPO
            expires: 2027-03-31

        """, in: directory)
      let result = try CLI.run(["check", Self.late, "--waivers", file] + Self.asOf)
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      #expect(result.stdout.contains("[waived;"))
      #expect(result.stdout.contains("Waived until 2027-03-31, approved by Jane Jensen, DPO: Contract amendment"))
    }
  }

  @Test func expiredWaiverDoesNotApply() throws {
    try withDirectory { directory in
      let vendor = Self.lateVendor
      let file = try waivers(
        """
          - rule: BR-01
            vendor: \(vendor)
            reason: Old agreement
            approved_by: Jane Jensen, DPO
            expires: 2026-06-30

        """, in: directory)
      let result = try CLI.run(["check", Self.late, "--waivers", file] + Self.asOf)
      #expect(result.status == 1)
      #expect(result.stdout.contains("The waiver for BR-01 (\(vendor)) expired on 2026-06-30 and no longer applies"))
    }
  }

  @Test func waiverByPathGlobRelativeToTheWaiversFile() throws {
    try withDirectory { directory in
      let vendors = directory.appendingPathComponent("vendors/a")
      try FileManager.default.createDirectory(at: vendors, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: Package.path(Self.late), toPath: vendors.appendingPathComponent("late.yaml").path)
      let file = try waivers(
        """
          - rule: BR-01
            path: vendors/**/*.yaml
            reason: Agreed
            approved_by: Jane Jensen, DPO
            expires: 2027-03-31

        """, in: directory)
      let result = try CLI.run(["check", "vendors", "--waivers", file] + Self.asOf, in: directory.path)
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
  }

  @Test func invalidWaiversFileExitsTwoWithItsLine() throws {
    try withDirectory { directory in
      let file = try waivers(
        """
          - rule: BR-01
            vendor: Someone
            reason: Agreed
            approved_by: Jane Jensen, DPO

        """, in: directory)
      let result = try CLI.run(["check", Self.late, "--waivers", file] + Self.asOf)
      #expect(result.status == 2)
      #expect(result.stderr.contains("waivers.yaml:3:5: error: a waiver is missing the required key 'expires'"))
      let typo = try waivers(
        "  - rule: BR-1\n    vendor: X\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n", in: directory)
      let unknown = try CLI.run(["check", Self.late, "--waivers", typo] + Self.asOf)
      #expect(unknown.status == 2)
      #expect(unknown.stderr.contains("waivers.yaml:3:11: error: unknown requirement 'BR-1'; did you mean 'BR-01'?"))
    }
  }

  @Test func baselineFailsOnlyOnWhatIsNewAndListsTheChanges() throws {
    try withDirectory { directory in
      let declaration = directory.appendingPathComponent("vendor.yaml")
      try FileManager.default.copyItem(atPath: Package.path(Self.late), toPath: declaration.path)
      let baseline = directory.appendingPathComponent("baseline.json").path
      let first = try CLI.run(
        ["check", "vendor.yaml", "--format", "json", "-o", baseline, "--fail-on", "none"] + Self.asOf,
        in: directory.path)
      #expect(first.status == 0)
      // The same declaration again: BR-01 is a known gap, so the gate passes.
      let same = try CLI.run(["check", "vendor.yaml", "--baseline", "baseline.json"] + Self.asOf, in: directory.path)
      #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
      #expect(same.stdout.contains("known in the baseline"))
      // A new gap (phased updates withdrawn) fails, and the report shows what changed.
      var text = try String(contentsOf: declaration, encoding: .utf8)
      text = text.replacingOccurrences(of: "phased_updates: true", with: "phased_updates: false")
      try text.write(to: declaration, atomically: true, encoding: .utf8)
      let worse = try CLI.run(
        ["check", "vendor.yaml", "--baseline", "baseline.json", "--fail-on", "medium"] + Self.asOf, in: directory.path)
      #expect(worse.status == 1, "\(worse.stdout)")
      #expect(worse.stdout.contains("Changes since the baseline"))
      #expect(worse.stdout.contains("+ new: BR-04 is now gap (before: met)"))
      #expect(worse.stdout.contains("changed answer: breach_notification.phased_updates was true, is now false"))
      let json = try CLI.run(
        ["check", "vendor.yaml", "--baseline", "baseline.json", "--format", "json"] + Self.asOf, in: directory.path
      ).stdout
      #expect(json.contains("\"changed_answers\""))
      #expect(json.contains("\"new_since_baseline\" : true"))
    }
  }

  @Test func baselineThatIsNotAReportExitsTwo() throws {
    let result = try CLI.run(["check", Self.late, "--baseline", Self.compliant] + Self.asOf)
    #expect(result.status == 2)
    #expect(result.stderr.contains("expected 'format: dpacheck/report/v1' for a baseline report"))
  }

  @Test func ciRecipesParseAndThePreCommitHookRuns() throws {
    try withDirectory { directory in
      let vendors = directory.appendingPathComponent("vendors")
      try FileManager.default.createDirectory(at: vendors, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: Package.path(Self.compliant), toPath: vendors.appendingPathComponent("nordlys.yaml").path)
      // The recipes' steps are shell around several `dpacheck check` runs; CIRecipeTests and
      // scripts/try-github-recipe.sh (run by CI) check what they do. Here: they parse.
      for recipe in ["Examples/ci/github-actions.yml", "Examples/ci/gitlab-ci.yml"] {
        let source = SourceFile(
          name: recipe, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Package.path(recipe)))))
        _ = try YAMLDocument.parseMapping(source)
      }
      let hooks = try YAMLDocument.parse(
        SourceFile(
          name: ".pre-commit-hooks.yaml",
          bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Package.path(".pre-commit-hooks.yaml"))))))
      guard case .sequence(let list) = hooks, case .mapping(let hook)? = list.items.first,
        let entry = hook["entry"]?.scalarTextForTests
      else {
        Issue.record("no hook entry")
        return
      }
      let arguments = entry.split(separator: " ").dropFirst().map(String.init)
      #expect(try CLI.run(arguments + ["vendors/nordlys.yaml"] + Self.asOf, in: directory.path).status == 0)
    }
  }
}

extension Node {
  var scalarTextForTests: String? {
    if case .scalar(let scalar) = self { return scalar.text }
    return nil
  }
}
