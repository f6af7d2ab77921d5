import Foundation
import TestSupport
import Testing

/// With `--lang da` every word dpacheck writes is Danish: every report format over valid
/// declarations (gaps, unanswered requirements, waivers, a baseline, a portfolio), and the
/// diagnostics of every case of the bad-input corpus on stderr. English is found by the words of
/// dpacheck's own English texts (`EnglishWords`); quoted user text, names and codes are not words.
@Suite struct DanishOutputTests {
  static let asOf = ["--as-of", "2026-11-26"]
  static let formats = ["text", "markdown", "html", "json", "sarif", "junit"]

  struct Run: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    /// Makes the baseline this run compares with, if it has one.
    var needsBaseline = false
    var testDescription: String { name }
  }

  static let runs = [
    Run(name: "gaps", arguments: ["Examples/declarations/us-subprocessor-uncertified.yaml"]),
    Run(name: "unanswered", arguments: ["Examples/declarations/startup-unanswered.yaml"]),
    Run(
      name: "waivers",
      arguments: ["Examples/declarations/stale-evidence.yaml", "--waivers", "Tests/Fixtures/danish/waivers.yaml"]),
    Run(name: "portfolio with a baseline", arguments: ["Examples/declarations"], needsBaseline: true),
  ]

  @Test(arguments: runs, formats)
  func everyReportFormatIsDanish(run: Run, format: String) throws {
    var arguments = ["check"] + run.arguments + Self.asOf + ["--format", format, "--lang", "da"]
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-danish-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    if run.needsBaseline {
      // An earlier run as the baseline: the report then lists new and resolved gaps.
      let earlier = try CLI.run(["check"] + run.arguments + ["--as-of", "2025-03-01", "--format", "json"])
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
      let baseline = scratch.appendingPathComponent("baseline.json")
      try Data(earlier.stdout.utf8).write(to: baseline)
      arguments += ["--baseline", baseline.path]
    }
    let result = try CLI.run(arguments)
    #expect([0, 1].contains(result.status), "exit \(result.status)\n\(result.stderr.prefix(2000))")
    #expect(result.stderr.isEmpty, "\(result.stderr.prefix(2000))")
    var text = try Self.humanText(result.stdout, format: format)
    #expect(!text.isEmpty)
    // The declarations' own text ("Arkivkraft AS", "Postwave Mail LLC") is the vendors' words.
    for value in try EnglishWords.userText(of: run.arguments.filter { !$0.hasPrefix("-") }) {
      text = text.replacingOccurrences(of: value, with: " ")
    }
    let english = try EnglishWords.found(in: text)
    #expect(english.isEmpty, "English words in the Danish \(format) report: \(Self.context(of: english, in: text))")
  }

  /// The words the tables have in both languages, reviewed: a new one is a Danish text that
  /// has slipped into English, or a word to add here after checking that it is Danish too.
  @Test func theWordsTheLanguagesShareAreReviewed() throws {
    let reviewed: Set = [
      "alias", "at", "critical", "dd", "de", "dk", "dpacheck", "enum", "escape", "false", "for", "gdpr", "high",
      "id", "iso", "link", "low", "medium", "mm", "nul", "null", "operator", "over", "parameter", "pipe", "plus",
      "socket", "start", "status", "tag", "test", "true", "type", "unicode", "uri", "url", "us", "xlsx", "yaml",
      "yml", "zip",
    ]
    let shared = try EnglishWords.sameInBoth()
    #expect(shared.subtracting(reviewed).isEmpty, "new: \(shared.subtracting(reviewed).sorted())")
    #expect(reviewed.subtracting(shared).isEmpty, "no longer shared: \(reviewed.subtracting(shared).sorted())")
  }

  /// The list holds the words that give English away, and finds them in English output.
  @Test func theListFindsEnglish() throws {
    let list = try EnglishWords.list.get()
    let expected: Set = [
      "the", "must", "found", "expected", "not", "is", "unknown", "key", "value", "written", "indentation", "spaces",
      "use", "quotes", "did", "mean", "file", "folder", "gap", "met", "requirement", "waiver", "expires", "report",
      "findings", "answer", "error", "code",
    ]
    #expect(expected.subtracting(list).isEmpty, "missing from the list: \(expected.subtracting(list).sorted())")
    let diagnostics = try CLI.run(["check", "Tests/BadInput/types/country-name-danish.yaml"] + Self.asOf).stderr
    let message = try #require(diagnostics.split(separator: "\n").first.map(String.init))
    #expect(try EnglishWords.found(in: message).contains("not"), "\(message)")
    let declaration = "Examples/declarations/us-subprocessor-uncertified.yaml"
    let report = try CLI.run(["check", declaration, "--format", "html"] + Self.asOf)
    #expect(try !EnglishWords.found(in: Self.humanText(report.stdout, format: "html")).isEmpty)
  }

  @Test(arguments: try BadInput.cases().filter { $0.generate != .unreadable })
  func everyDiagnosticOfTheCorpusIsDanish(_ entry: BadInput.Case) throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-danish-\(UUID().uuidString)")
    defer { BadInputTests.remove(scratch) }
    let path = try BadInputTests.prepare(entry, in: scratch)
    let arguments = BadInputTests.arguments(entry, path: path) + ["--lang", "da"]
    let result = try CLI.run(arguments, timeout: BadInputTests.timeout)
    let context = "\(entry.file)\n--- stderr:\n\(result.stderr.prefix(3000))"
    #expect(!result.timedOut, "\(context)")
    let messages = Self.messages(inStderr: result.stderr)
    if entry.exit == 2 { #expect(!messages.isEmpty, "no Danish diagnostic; \(context)") }
    for line in result.stderr.split(separator: "\n") {
      #expect(!Self.hasEnglishLabel(line), "an English label; \(context)")
    }
    #expect(!result.stderr.contains("libyaml melder"), "a libyaml text without Danish wording; \(context)")
    let english = try messages.flatMap { try EnglishWords.found(in: $0) }
    #expect(english.isEmpty, "English words \(english); \(context)")
  }

  // MARK: - Reading the output

  /// The text of stderr's diagnostics and notes, without positions, labels and quoted source
  /// lines: `file:1:2: fejl: message`, `file:1:2: bemærk: note`, `  bemærk: note`, `fejl: message`.
  static func messages(inStderr stderr: String) -> [String] {
    var result: [String] = []
    for line in stderr.split(separator: "\n").map(String.init) {
      for label in [": fejl: ", ": advarsel: ", ": bemærk: "] {
        if let range = line.range(of: label) {
          result.append(String(line[range.upperBound...]))
          break
        }
      }
      for prefix in ["  bemærk: ", "fejl: "] where line.hasPrefix(prefix) {
        result.append(String(line.dropFirst(prefix.count)))
      }
    }
    return result
  }

  /// Whether a line of stderr is a diagnostic with an English label.
  static func hasEnglishLabel(_ line: Substring) -> Bool {
    line.hasPrefix("error: ") || line.hasPrefix("  note: ")
      || line.range(of: #"^.+:\d+:\d+: (error|warning|note): "#, options: .regularExpression) != nil
  }

  /// The human text of a report: markup, styles, scripts and machine keys left out.
  static func humanText(_ output: String, format: String) throws -> String {
    switch format {
    case "html":
      var text = output
      for pattern in [#"(?s)<style.*?</style>"#, #"(?s)<script.*?</script>"#, #"<[^>]*>"#] {
        text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
      }
      return unescape(text)
    case "junit":
      // `classname` holds a code (`dpacheck.dk-dpa.clause-4`), `name` and `message` text; a
      // property's name is a key (`profile`), like the JSON report's.
      let output = output.replacingOccurrences(
        of: #"<properties>.*?</properties>"#, with: "", options: .regularExpression)
      let attributes = matches(#"\s(?:name|message)="([^"]*)""#, in: output)
      let contents = matches(#">([^<]+)<"#, in: output)
      return unescape((attributes + contents).joined(separator: "\n"))
    case "json", "sarif":
      let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
      var texts: [String] = []
      collect(object, key: nil, into: &texts)
      return texts.joined(separator: "\n")
    default:
      return output
    }
  }

  /// The keys of the JSON report and SARIF log that hold text for people; the others hold codes,
  /// names, paths and values from the declaration.
  static let humanKeys: Set<String> = [
    "title", "message", "localized_message", "localized_notes", "warnings", "remediation", "criterion", "rationale",
    "text", "markdown",
  ]

  private static func collect(_ value: Any, key: String?, into texts: inout [String]) {
    switch value {
    case let dictionary as [String: Any]:
      for (key, inner) in dictionary { collect(inner, key: key, into: &texts) }
    case let array as [Any]:
      for inner in array { collect(inner, key: key, into: &texts) }
    case let string as String where key.map(humanKeys.contains) ?? false:
      texts.append(string)
    default:
      break
    }
  }

  private static func matches(_ pattern: String, in text: String) -> [String] {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  static func unescape(_ text: String) -> String {
    [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&#10;", "\n"), ("&amp;", "&")]
      .reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }

  /// Each English word with the line it is on, for the failure message.
  static func context(of words: [String], in text: String) -> String {
    let lines = text.split(separator: "\n")
    return Set(words).sorted().map { word in
      let line = lines.first { $0.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == word } }
      return "'\(word)' in: \(line.map { String($0.prefix(200)) } ?? "?")"
    }.joined(separator: "\n")
  }
}
