import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One declaration full of hostile characters (vendor and service name, values, file name, waiver
/// texts, baseline values) in all six formats, with and without a baseline, alone and in a
/// portfolio beside an invalid one: no human-readable report and nothing on stderr holds a
/// control, bidi or invisible character from the input raw; machine formats keep the exact text,
/// still parse, and hold no raw ESC.
@Suite(.serialized) struct HostileDeclarationTests {
  /// Terminal escapes (CSI, OSC, `ESC c`, DCS in 7 and 8 bits, an 8-bit CSI), BEL, DEL, NEL, the
  /// line and paragraph separators, bidi overrides and isolates, zero-width and invisible
  /// characters, a BOM, a tab and newlines, and Markdown and HTML syntax, as a YAML double-quoted
  /// scalar.
  static let hostileYAML =
    #""Evil\e[2J\e]0;owned\a\x9B31m\ec\ePq#\e\\\x90\x7F\N\L\P\u202E\u2066\u2067\u2068\u2069\u200B\u200F"#
    + #"\u061C\u2060\u2064\uFEFF\u202A\t<b>x</b>\n\n| a | b |\n---\n@org/team #1 ApS""#
  static let hostileText =
    "Evil\u{1B}[2J\u{1B}]0;owned\u{7}\u{9B}31m\u{1B}c\u{1B}Pq#\u{1B}\\\u{90}\u{7F}\u{85}\u{2028}\u{2029}"
    + "\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200B}\u{200F}\u{61C}\u{2060}\u{2064}\u{FEFF}\u{202A}\t<b>x</b>"
    + "\n\n| a | b |\n---\n@org/team #1 ApS"
  /// A file name with ESC, BEL, U+009B, U+202E and a newline (all allowed by the file system).
  static let fileName = "decl \u{1B}[31m\u{7}\u{9B}\u{202E}\nx.yaml"

  static func value(_ label: String) -> String { #""\#(label)\e]8;;x\a\x9B\u202E\n\#(label) line 2""# }

  static func declaration(earlier: Bool) throws -> String {
    let version = earlier ? "old" : "new"
    return try HostileTextTests.declaration([
      "  name: Nordlys Cloud ApS": "  name: \(hostileYAML)",
      "  name: Nordlys Sag                  # the product/service this declaration covers": "  name: \(hostileYAML)",
      "  description: Case handling for citizen services": "  description: \(hostileYAML)",
      "  channel: security@nordlys.example": "  channel: \(value("channel \(version)"))",
      "  objection_remedy: The customer may terminate without penalty.": "  objection_remedy: \(value(version))",
      "  fee_model: included                # string": "  fee_model: \(value("fee \(version)"))",
      "  media_disposal: NIST SP 800-88 purge": "  media_disposal: \(value("media \(version)"))",
      HostileTextTests.maxHours: "  max_hours: \(earlier ? 24 : 72)",
      "  dpia_support: true": earlier ? "  dpia_support: true" : "  dpia_support: false",
    ])
  }

  static let waivers = """
    format: dpacheck/waivers/v1
    waivers:
      - rule: BR-01
        vendor: \(hostileYAML)
        reason: \(value("reason"))
        approved_by: \(value("approver"))
        expires: 2026-12-15
      - rule: BR-01
        path: "nothing\\e[2J\\u202E\\x9B*.yaml"
        reason: unused
        approved_by: \(value("approver"))
        expires: 2027-03-31
    """

  /// A declaration that does not load: diagnostics quote a hostile key and value.
  static let invalid = """
    format: dpacheck/declaration/v1
    vendor:
      name: \(hostileYAML)
      \u{202E}key\u{2066}\u{200B}: "x\\e[2J\\u202E"
      cvr: \(hostileYAML)
    """

  static let asOf = ["--as-of", "2026-11-26"]

  struct Run: CustomTestStringConvertible, Sendable {
    var format: String
    var withBaseline: Bool
    var portfolio: Bool
    var testDescription: String {
      "\(format)\(withBaseline ? " with a baseline" : "")\(portfolio ? " in a portfolio" : "")"
    }
  }

  static let runs = ["text", "markdown", "html", "json", "sarif", "junit"].flatMap { format in
    [false, true].flatMap { baseline in
      [false, true].map { Run(format: format, withBaseline: baseline, portfolio: $0) }
    }
  }

  @Test(arguments: runs)
  func hostileTextIsEscapedInHumanFormatsAndExactInMachineFormats(_ run: Run) throws {
    try withTemporaryDirectory(prefix: "dpacheck-hostile") { directory in
      func write(_ text: String, _ name: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
      }
      try write(Self.declaration(earlier: true), Self.fileName)
      try write(Self.invalid, "invalid.yaml")
      try write(Self.waivers, "waivers.yaml")
      let files = [Self.fileName] + (run.portfolio ? ["invalid.yaml"] : [])
      var arguments = ["check"] + files + ["--waivers", "waivers.yaml"] + Self.asOf
      if run.withBaseline {
        let first = try CLI.run(arguments + ["--format", "json", "-o", "baseline.json"], in: directory.path)
        #expect([0, 1, 2].contains(first.status), "\(first.stderr)")
        arguments += ["--baseline", "baseline.json"]
      }
      try write(Self.declaration(earlier: false), Self.fileName)
      let result = try CLI.run(arguments + ["--format", run.format], in: directory.path)
      #expect(result.status == (run.portfolio ? 2 : 1), "\(result.stderr)")
      HostileTextTests.expectClean(result.stderrBytes, "stderr")
      switch run.format {
      case "text", "markdown", "html":
        HostileTextTests.expectClean(result.stdoutBytes, "the \(run.format) report")
        #expect(result.stdout.contains("\\u{202E}"), "the report does not show the override escaped")
        // A portfolio lists the sections of valid declarations in HTML only.
        if run.withBaseline && (!run.portfolio || run.format == "html") {
          #expect(result.stdout.contains("channel old"), "the report does not show the baseline's value")
        }
      case "json", "sarif":
        #expect(!result.stdoutBytes.contains(0x1B), "raw ESC in \(run.format)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [String: Any]
        let parsed = try #require(object, "\(run.format) does not parse as a JSON object")
        if run.format == "json" {
          let declarations = try #require(parsed["declarations"] as? [[String: Any]])
          #expect(declarations.first?["vendor"] as? String == Self.hostileText, "the vendor is not kept exactly")
          #expect(declarations.first?["file"] as? String == Self.fileName, "the file name is not kept exactly")
        } else {
          #expect(parsed["version"] as? String == "2.1.0")
        }
      default:
        #expect(!result.stdoutBytes.contains(0x1B), "raw ESC in \(run.format)")
        let parser = XMLParser(data: Data(result.stdoutBytes))
        #expect(parser.parse(), "JUnit is not well-formed XML: \(String(describing: parser.parserError))")
      }
    }
  }
}
