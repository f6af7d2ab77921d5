import Foundation
import TestSupport
import Testing

/// Text from declarations, waivers, baselines and file names in the reports: control characters,
/// bidi and invisible characters never reach a human-readable report or stderr raw, Markdown
/// structure cannot be injected, and HTML ids stay unique. Every run reads raw stdout bytes.
@Suite(.serialized) struct HostileTextTests {
  static let asOf = ["--as-of", "2026-11-26"]
  static let example = "Examples/declarations/nordlys-cloud.yaml"
  /// The example's line that the late variants change to 72 hours.
  static let maxHours = "  max_hours: 24                      # hours from awareness to notifying the municipality"

  /// The characters no human-readable output may hold raw (a newline only where the report puts
  /// one): C0, DEL, C1 (NEL included), and the bidi and invisible formatting characters.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if scalar == "\n" { return false }
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x061C || (0x200B...0x200F).contains(value)
      || (0x2028...0x202E).contains(value) || (0x2060...0x2064).contains(value) || (0x2066...0x2069).contains(value)
      || value == 0xFEFF
  }

  /// The byte sequences the review named: ESC, BEL, U+009B (C2 9B) and U+202E (E2 80 AE).
  static let forbiddenBytes: [(name: String, bytes: [UInt8])] = [
    ("ESC", [0x1B]), ("BEL", [0x07]), ("U+009B", [0xC2, 0x9B]), ("U+202E", [0xE2, 0x80, 0xAE]),
  ]

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start..<start + needle.count].elementsEqual(needle)
    }
  }

  /// Expects `bytes` (a human-readable report or stderr) to hold none of the forbidden bytes and
  /// characters; names what was found.
  static func expectClean(
    _ bytes: [UInt8], _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let present = forbiddenBytes.filter { contains(bytes, $0.bytes) }.map(\.name)
    #expect(present.isEmpty, "\(what) holds \(present)", sourceLocation: sourceLocation)
    let found = Set(String(decoding: bytes, as: UTF8.self).unicodeScalars.filter(isForbidden).map(\.value))
    #expect(
      found.isEmpty, "\(what) holds \(found.sorted().map { "U+" + String($0, radix: 16, uppercase: true) })",
      sourceLocation: sourceLocation)
  }

  /// The example declaration with `replacements` (YAML lines, whole) made.
  static func declaration(_ replacements: [String: String]) throws -> String {
    var text = try String(contentsOfFile: Package.path(example), encoding: .utf8)
    for (line, replacement) in replacements {
      let parts = text.components(separatedBy: line + "\n")
      try #require(parts.count == 2, "'\(line)' is not one line of the example")
      text = parts.joined(separator: replacement + "\n")
    }
    return text
  }

  // MARK: - Defect 6: escape sequences reach the terminal

  @Test func changesSinceTheBaselineDoNotSendEscapesOrNewLinesToTheTerminal() throws {
    try withTemporaryDirectory(prefix: "dpacheck-hostile") { directory in
      let file = directory.appendingPathComponent("vendor.yaml")
      let before = #"  channel: "old\e]0;owned\a\nFAKE: before""#
      let after = #"  channel: "new\e[2J\ec\x9B31m\nFAKE: after""#
      let channel = "  channel: security@nordlys.example"
      try Self.declaration([channel: before]).write(to: file, atomically: true, encoding: .utf8)
      let first = try CLI.run(
        ["check", "vendor.yaml", "--format", "json", "-o", "baseline.json"] + Self.asOf, in: directory.path)
      #expect([0, 1].contains(first.status), "\(first.stderr)")
      try Self.declaration([channel: after]).write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", "vendor.yaml", "--baseline", "baseline.json"] + Self.asOf, in: directory.path)
      #expect(result.stdout.contains("Changes since the baseline"), "\(result.stdout)")
      Self.expectClean(result.stdoutBytes, "the text report")
      let lines = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      #expect(!lines.contains { $0.hasPrefix("FAKE") }, "a value starts a line of its own")
      #expect(result.stdout.contains(#"old\u{1B}]0;owned\u{7}\u{A}FAKE: before"#), "\(result.stdout)")
    }
  }

  /// ESC, BEL, an 8-bit CSI, `ESC c` (reset), a DCS (7- and 8-bit), DEL and NEL in the vendor name.
  static let escapes = #""A\e[31mB\aC\x9B31mD\ecE\ePq#0\e\\F\x90G\x7FH\NI""#

  @Test(arguments: ["markdown", "html", "text"])
  func escapeSequencesInVendorTextDoNotReachTheReport(format: String) throws {
    try withTemporaryDirectory(prefix: "dpacheck-hostile") { directory in
      let file = directory.appendingPathComponent("vendor.yaml")
      try Self.declaration(["  name: Nordlys Cloud ApS": "  name: \(Self.escapes)"])
        .write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", file.path, "--format", format] + Self.asOf)
      #expect(result.status == 0, "\(result.stderr)")
      Self.expectClean(result.stdoutBytes, "the \(format) report")
      // Markdown escapes the backslashes of the escapes, and `[`, once more.
      let shown =
        format == "markdown"
        ? #"A\\u{1B}\[31mB\\u{7}C\\u{9B}31mD\\u{1B}cE\\u{1B}Pq"# : #"A\u{1B}[31mB\u{7}C\u{9B}31mD\u{1B}cE\u{1B}Pq"#
      #expect(result.stdout.contains(shown), "\(result.stdout.prefix(3000))")
    }
  }

  /// Right-to-left override, isolates, zero-width space and the Arabic letter mark.
  static let bidi =
    "Nordlys \u{202E}SpA duolC\u{202C} \u{2066}x\u{2069}\u{2067}y\u{2069}\u{2068}z\u{2069}\u{200B}\u{061C}"

  @Test(arguments: ["text", "markdown", "html"])
  func bidiAndInvisibleCharactersAreShownEscaped(format: String) throws {
    try withTemporaryDirectory(prefix: "dpacheck-hostile") { directory in
      let file = directory.appendingPathComponent("vendor.yaml")
      try Self.declaration(["  name: Nordlys Cloud ApS": "  name: \"\(Self.bidi)\""])
        .write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", file.path, "--format", format] + Self.asOf)
      #expect(result.status == 0, "\(result.stderr)")
      Self.expectClean(result.stdoutBytes, "the \(format) report")
      let shown = format == "markdown" ? #"Nordlys \\u{202E}SpA duolC\\u{202C}"# : #"Nordlys \u{202E}SpA duolC\u{202C}"#
      #expect(result.stdout.contains(shown), "\(result.stdout.prefix(3000))")
    }
  }

  @Test func bidiCharactersInADiagnosticAreEscapedAndTheCaretStillPoints() throws {
    try withTemporaryDirectory(prefix: "dpacheck-hostile") { directory in
      let file = directory.appendingPathComponent("vendor.yaml")
      // Raw bidi and zero-width characters (YAML allows them unescaped): in an unknown key, whose
      // message quotes it, and in an ignored `x-` key before a value error on the same line.
      let text = try Self.declaration([
        "format: dpacheck/declaration/v1      # required, exactly this":
          "format: dpacheck/declaration/v1\n\u{202E}evil\u{2066}\u{200B}: 1",
        "  dpo:": "  dpo: {x-\u{202E}\u{2066}z\u{200B}\u{061C}: 1, designated: yes, email: dpo@nordlys.example}",
        "    designated: true                 # Art. 37": "",
        "    email: dpo@nordlys.example": "",
      ])
      try text.write(to: file, atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", file.path] + Self.asOf)
      #expect(result.status == 2)
      Self.expectClean(result.stderrBytes, "stderr")
      Self.expectClean(result.stdoutBytes, "the text report")
      #expect(result.stderr.contains("'\\u{202E}evil\\u{2066}\\u{200B}'"), "\(result.stderr)")
      // The quoted line shows each hidden character as U+FFFD, one column each, so the caret
      // stands under the column the header names.
      let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let header = try #require(lines.firstIndex { $0.contains("true or false") }, "\(result.stderr)")
      try #require(lines.count > header + 2, "\(result.stderr)")
      let position = lines[header].dropFirst(file.path.count + 1).split(separator: ":")
      let column = try #require(Int(position[1]))
      let quoted = Array(lines[header + 1].unicodeScalars)
      #expect(lines[header + 1].contains("x-\u{FFFD}\u{FFFD}z\u{FFFD}\u{FFFD}: 1"), "\(lines[header + 1])")
      try #require(quoted.count >= column)
      #expect(String(String.UnicodeScalarView(quoted[(column - 1)...].prefix(3))) == "yes")
      #expect(lines[header + 2] == String(repeating: " ", count: column - 1) + "^", "\(result.stderr)")
    }
  }

  // MARK: - Defect 7: Markdown injection

  @Test func aVendorNameCannotInjectMarkdownStructureOrMentions() throws {
    try withTemporaryDirectory(prefix: "dpacheck-hostile") { directory in
      func report(vendor: String) throws -> String {
        let file = directory.appendingPathComponent("vendor.yaml")
        try Self.declaration(["  name: Nordlys Cloud ApS": "  name: \(vendor)", Self.maxHours: "  max_hours: 72"])
          .write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", file.path, "--format", "markdown"] + Self.asOf)
        #expect(result.status == 1, "\(result.stderr)")
        return result.stdout
      }
      let plain = try report(vendor: "Acme")
      let hostile = try report(vendor: #""Acme\n\n| a | b |\n---\n@org/team #12 ```x``` 1. - + <b>x</b>""#)
      func structure(_ markdown: String) -> [String: Int] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        return ["#", "|", "---", "-", "```", ">"].reduce(into: [:]) { counts, prefix in
          counts[prefix] = lines.filter { $0.hasPrefix(prefix) }.count
        }
      }
      #expect(structure(hostile) == structure(plain))
      #expect(hostile.split(separator: "\n").count == plain.split(separator: "\n").count)
      #expect(!hostile.contains("@org"), "a mention is not neutralised")
      #expect(!hostile.contains("#12"), "an issue reference is not neutralised")
      #expect(!hostile.contains("<b>"))
      let heading = try #require(hostile.split(separator: "\n").first { $0.hasPrefix("## ") })
      #expect(heading.hasPrefix(#"## Acme\\u{A}\\u{A}| a | b |\\u{A}---\\u{A}`@`org/team `#`12"#), "\(heading)")
    }
  }

  // MARK: - Defect 12: HTML ids

  @Test func htmlIdsOfFilesWhoseNamesDifferOnlyInPunctuationAreDistinct() throws {
    try withTemporaryDirectory(prefix: "dpacheck-hostile") { directory in
      let compliant = try String(contentsOfFile: Package.path(Self.example), encoding: .utf8)
      let late = try Self.declaration([
        "  name: Nordlys Cloud ApS": "  name: Late ApS", Self.maxHours: "  max_hours: 72",
      ])
      try compliant.write(to: directory.appendingPathComponent("a b.yaml"), atomically: true, encoding: .utf8)
      try late.write(to: directory.appendingPathComponent("a_b.yaml"), atomically: true, encoding: .utf8)
      let result = try CLI.run(["check", "a b.yaml", "a_b.yaml", "--format", "html"] + Self.asOf, in: directory.path)
      #expect(result.status == 1, "\(result.stderr)")
      let html = result.stdout
      let ids = Self.attributes("id", in: html)
      #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
      // Each matrix link leads to the section of its own vendor.
      for (vendor, file) in [("Nordlys Cloud ApS", "a b.yaml"), ("Late ApS", "a_b.yaml")] {
        let link = try #require(
          html.components(separatedBy: "\">\(vendor)</a>").first?.components(separatedBy: "<a href=\"#").last)
        let opening = "<details class=\"vendor\" id=\"\(link)\" open>"
        let section = try #require(html.components(separatedBy: opening).dropFirst().first)
        #expect(section.hasPrefix("\n<summary><span class=\"vname\">\(vendor)</span>"), "\(link)")
        #expect(section.contains("<p class=\"file\">\(file) · "), "\(link)")
      }
      // Deterministic: the same ids on a second run.
      let again = try CLI.run(["check", "a b.yaml", "a_b.yaml", "--format", "html"] + Self.asOf, in: directory.path)
      #expect(Self.attributes("id", in: again.stdout) == ids)
    }
  }

  static func attributes(_ name: String, in html: String) -> [String] {
    html.components(separatedBy: " \(name)=\"").dropFirst().compactMap {
      $0.split(separator: "\"").first.map(String.init)
    }
  }
}
