import Foundation
import TestSupport
import Testing

/// What trips people up on a command line: a mistyped command, an unknown profile, help that
/// wraps badly, an error shown twice.
@Suite struct CommandLineHabitsTests {
  @Test func aMistypedCommandGetsASuggestion() throws {
    let typo = try CLI.run(["chek", "vendors/"])
    #expect(typo.status == 64)
    #expect(typo.stderr.hasPrefix("error: unknown command 'chek'; did you mean 'check'? The commands are check,"))
    let unknown = try CLI.run(["frobnicate"])
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr.hasPrefix("error: unknown command 'frobnicate'; the commands are check, config, diff, explain,"))
    #expect(try CLI.run(["help", "check"]).status == 0)
  }

  @Test func anUnknownProfileIsNotAFile() throws {
    let result = try CLI.run(["check", "Examples/declarations/nordlys-cloud.yaml", "--profile", "kommun"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: unknown profile 'kommun'; did you mean 'kommune'? Known profiles: kommune, kommune-sundhed\n")
  }

  /// `--help` of every command: the lines under "Exit codes:" stay indented (none wraps to column
  /// 0) and the discussion fits 80 columns.
  @Test(arguments: [[], ["check"], ["explain"], ["rules"], ["rules", "test"], ["schema"], ["template"]])
  func helpKeepsItsLayout(_ command: [String]) throws {
    let help = try CLI.run(command + ["--help"]).stdout
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    if let start = lines.firstIndex(where: { $0.hasPrefix("Exit codes:") }) {
      for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
        #expect(line.hasPrefix("  "), "\(command): '\(line)' wrapped to the margin")
      }
    }
    for line in lines where !line.hasPrefix("USAGE:") && !line.hasPrefix("Usage:") {
      #expect(line.count <= 80, "\(command): '\(line)' is \(line.count) columns")
    }
  }

  /// On a terminal the report already shows an invalid file's problems: stderr does not repeat
  /// them. Run under `script`, which gives the command a terminal.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func anErrorShowsOnceOnATerminal() throws {
    try withTemporaryDirectory { folder in
      let broken = folder.appendingPathComponent("broken.yaml")
      try Data("format: dpacheck/declaration/v1\nvendor: [\n".utf8).write(to: broken)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      process.arguments = ["-qec", "'\(CLI.binary)' check '\(broken.path)'", "/dev/null"]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "TERM": "dumb"]
      try process.run()
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(text.components(separatedBy: "did not find expected node content").count - 1 == 1, "\(text)")
      // Not on a terminal, stderr has them for logs.
      let piped = try CLI.run(["check", broken.path])
      #expect(piped.stdout.contains("did not find expected node content"))
      #expect(piped.stderr.contains("did not find expected node content"))
    }
  }
}

/// `--skip-non-declarations` for hooks that are handed every changed YAML file.
@Suite struct SkipNonDeclarationsTests {
  @Test func otherYAMLFilesAreSkippedWithANoteAndBrokenOnesStillFail() throws {
    try withTemporaryDirectory { folder in
      let files: [String: String] = [
        "waivers.yaml": "format: dpacheck/waivers/v1\nwaivers: []\n",
        ".gitlab-ci.yml": "stages: [test]\n",
        "broken.yaml": "format: dpacheck/declaration/v1\nvendor: [\n",
      ]
      for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
      let example = Package.path("Examples/declarations/nordlys-cloud.yaml")
      let others = try CLI.run(
        ["check", example, "waivers.yaml", ".gitlab-ci.yml", "--skip-non-declarations", "--format", "json"],
        in: folder.path)
      #expect(others.status == 0 || others.status == 1)
      #expect(others.stderr.contains("note: skipped 'waivers.yaml': not a declaration"))
      #expect(others.stderr.contains("note: skipped '.gitlab-ci.yml': not a declaration"))
      #expect(others.stdout.components(separatedBy: "\"file\" :").count - 1 == 1)
      let broken = try CLI.run(["check", "broken.yaml", "--skip-non-declarations"], in: folder.path)
      #expect(broken.status == 2, "a declaration that cannot be parsed is checked, not skipped")
      let without = try CLI.run(["check", "waivers.yaml"], in: folder.path)
      #expect(without.status == 2, "without the flag every file given is a declaration")
    }
  }
}

/// `--exclude GLOB` leaves files out of the folders given.
@Suite struct ExcludeTests {
  @Test func globsLeaveOutFilesFoundInFolders() throws {
    try withTemporaryDirectory { folder in
      let manager = FileManager.default
      let example = try Data(contentsOf: URL(fileURLWithPath: Package.path("Examples/declarations/nordlys-cloud.yaml")))
      try manager.createDirectory(
        at: folder.appendingPathComponent("vendors/drafts"), withIntermediateDirectories: true)
      for name in ["vendors/a.yaml", "vendors/drafts/b.yaml", "vendors/c.yml"] {
        try example.write(to: folder.appendingPathComponent(name))
      }
      func files(_ extra: [String]) throws -> [String] {
        let result = try CLI.run(["check", "vendors", "--format", "json"] + extra, in: folder.path)
        return result.stdout.split(separator: "\n").filter { $0.contains("\"file\" :") }.map {
          String($0.split(separator: "\"")[3])
        }
      }
      #expect(try files([]) == ["vendors/a.yaml", "vendors/c.yml", "vendors/drafts/b.yaml"])
      #expect(try files(["--exclude", "drafts/**"]) == ["vendors/a.yaml", "vendors/c.yml"])
      #expect(try files(["--exclude", "*.yml", "--exclude", "vendors/drafts/*"]) == ["vendors/a.yaml"])
      #expect(
        try files(["--exclude", "**/*.yaml", "vendors/drafts/b.yaml"]) == ["vendors/c.yml", "vendors/drafts/b.yaml"],
        "a file named on its own is checked")
    }
  }
}

/// `--quiet`: a line per finding that fails the gate, nothing when it passes.
@Suite struct QuietTests {
  @Test func onlyWhatFailsTheGateALineEach() throws {
    let asOf = ["--as-of", "2026-11-26"]
    let passed = try CLI.run(["check", "Examples/declarations/nordlys-cloud.yaml", "--quiet"] + asOf)
    #expect(passed.status == 0)
    #expect(passed.stdout.isEmpty)
    let failed = try CLI.run(["check", "Examples/declarations/late-breach-notice.yaml", "-q"] + asOf)
    #expect(failed.status == 1)
    let lines = failed.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(line.hasPrefix("Examples/declarations/late-breach-notice.yaml:"), "\(line)")
      #expect(line.contains(": critical: ") || line.contains(": high: "), "\(line)")
    }
    let json = try CLI.run(["check", "Examples/declarations/late-breach-notice.yaml", "-q", "--format", "json"] + asOf)
    #expect(json.stdout.hasPrefix("{\n"), "machine formats are whole whatever --quiet says")
  }
}

/// Colour on a terminal follows no-color.org: only a non-empty `NO_COLOR` turns it off. Run under
/// `script`, which gives the command a terminal.
@Suite struct NoColorTests {
  static func onATerminal(noColor: String?) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    let example = Package.path("Examples/declarations/late-breach-notice.yaml")
    process.arguments = ["-qec", "'\(CLI.binary)' check '\(example)' --as-of 2026-11-26", "/dev/null"]
    var environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm"]
    if let noColor { environment["NO_COLOR"] = noColor }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func onlyANonEmptyNoColorTurnsColourOff() throws {
    #expect(try Self.onATerminal(noColor: nil).contains("\u{1B}["))
    #expect(try Self.onATerminal(noColor: "").contains("\u{1B}["), "an empty NO_COLOR does not count")
    #expect(try !Self.onATerminal(noColor: "1").contains("\u{1B}["))
  }
}
