import Foundation
import TestSupport
import Testing

/// `.dpacheck.yaml`: defaults for `check`; options on the command line win; `dpacheck config` shows
/// what is in effect and where it comes from.
@Suite struct ConfigurationTests {
  static let example = Package.path("Examples/declarations/late-breach-notice.yaml")

  @Test func theFileGivesDefaultsAndOptionsWin() throws {
    try withTemporaryDirectory { folder in
      let config = "format: dpacheck/config/v1\nfail_on: none\nlang: da\nprofile: kommune-sundhed\n"
      try Data(config.utf8).write(to: folder.appendingPathComponent(".dpacheck.yaml"))
      let defaults = try CLI.run(["check", Self.example, "--as-of", "2026-11-26"], in: folder.path)
      #expect(defaults.status == 0, "fail_on: none from the file")
      #expect(defaults.stdout.contains("Profil: kommune-sundhed"), "lang and profile from the file")
      let overridden = try CLI.run(
        ["check", Self.example, "--as-of", "2026-11-26", "--fail-on", "high", "--lang", "en"], in: folder.path)
      #expect(overridden.status == 1)
      #expect(overridden.stdout.contains("Profile: kommune-sundhed"))
      let shown = try CLI.run(["config", "--fail-on", "high"], in: folder.path)
      #expect(shown.status == 0)
      let lines = shown.stdout.split(separator: "\n").map(String.init)
      #expect(lines.first == "configuration file  .dpacheck.yaml")
      #expect(lines.contains { $0.hasPrefix("profile ") && $0.hasSuffix(".dpacheck.yaml:4:10") })
      #expect(lines.contains { $0.hasPrefix("fail_on ") && $0.hasSuffix("command line") })
      #expect(lines.contains { $0.hasPrefix("baseline ") && $0.hasSuffix("default") })
    }
  }

  @Test func pathsAreRelativeToTheFileAndAnotherFileCanBeGiven() throws {
    try withTemporaryDirectory { folder in
      let settings = folder.appendingPathComponent("settings")
      try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: true)
      let waivers = """
        format: dpacheck/waivers/v1
        waivers:
          - rule: BR-01
            vendor: Renoflow ApS
            reason: Contract amendment signed
            approved_by: Jane Jensen, DPO
            expires: 2027-03-31

        """
      try Data(waivers.utf8).write(to: settings.appendingPathComponent("waivers.yaml"))
      try Data("format: dpacheck/config/v1\nwaivers: waivers.yaml\n".utf8)
        .write(to: settings.appendingPathComponent("ci.yaml"))
      let result = try CLI.run(
        ["check", Self.example, "--as-of", "2026-11-26", "--config", "settings/ci.yaml"], in: folder.path)
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      #expect(result.stdout.contains("[waived;"))
    }
  }

  @Test func anUnknownKeyIsAnErrorWithItsPosition() throws {
    try withTemporaryDirectory { folder in
      try Data("format: dpacheck/config/v1\nfail_on: high\nprofil: kommune\n".utf8)
        .write(to: folder.appendingPathComponent(".dpacheck.yaml"))
      let result = try CLI.run(["check", Self.example], in: folder.path)
      #expect(result.status == 2)
      #expect(
        result.stderr.hasPrefix(
          ".dpacheck.yaml:3:1: error: unknown key 'profil' in the configuration file; did you mean 'profile'?"))
      let wrongType = try CLI.run(["config", "--config", "missing.yaml"], in: folder.path)
      #expect(wrongType.status == 2)
    }
  }
}
