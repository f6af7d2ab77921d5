// Fuzz target `check`: bytes → Checker.check → a report in one format and one language (prologue,
// section and epilogue, from a RunSummary of this one declaration, written as the CLI writes it).
//
// A hash of the input chooses, so that a crash reproduces and every choice is covered over a run:
// - the checker: the profile `kommune` with no waivers, or the stricter `kommune-sundhed` with a
//   waivers file (live, expiring and expired waivers) and a baseline report (the JSON report of
//   Examples/declarations/nordlys-cloud.yaml under the fuzz input's name);
// - the format and language of the report (one of 6 × 2): rendering every one of them took ~0.1 s
//   per valid declaration under ASan, so a run reached only a few thousand inputs;
// - on every fourth input, the determinism check: checking and rendering again gives the same bytes;
// - on every 2048th input, the full cross-check: every format in both languages, each checked.
// The checkers, their run contexts and their rule sets' clause lists are built once per process.
//
// Invariants: checking never traps; an invalid report has 1-100 diagnostics inside the input and
// no findings; a valid one has one finding per requirement, positions inside the input and at most
// 25 evidence items per list; rendering never throws; JSON and SARIF parse with
// JSONSerialization, and the JSON report reads back as a --baseline; JUnit is well-formed XML;
// HTML holds only the reporter's own tags and Markdown no raw tags (vendor text cannot inject
// markup); the uncoloured text report holds no control characters.

import ComplianceCore
import ComplianceReporters
import Foundation
import FoundationXML
import Frontend
import YAMLSupport

private let inputName = "fuzz.yaml"
private let asOf = Day(year: 2026, month: 11, day: 26)!

private let catalog: Catalog = {
  do { return try RuleLoader(rules: DirectoryRuleSource(root: Fuzz.rulesDirectory)).loadCatalog() } catch {
    fatalError("the shipped rules do not load: \(error)")
  }
}()

private func ruleSet(_ profile: String) -> RuleSet {
  do {
    return try RuleSet.resolve(profile: profile, in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      try catalog.rules.read(path)
    }
  } catch {
    fatalError("profile \(profile) does not resolve: \(error)")
  }
}

private let waiversText = """
  format: dpacheck/waivers/v1
  waivers:
    - rule: BR-01
      path: "*.yaml"
      reason: Compensating control <b>agreed</b> & minuted
      approved_by: Jane Jensen, DPO
      expires: 2027-03-31
    - rule: SEC-10
      vendor: Nordlys Cloud ApS
      reason: Migration under way
      approved_by: Jane Jensen, DPO
      expires: 2026-12-10
    - rule: TRF-02c
      path: "**/*.yaml"
      reason: Expired
      approved_by: Jane Jensen, DPO
      expires: 2026-01-01

  """

/// A checker and what every report made with it shares, built once: the run contexts.
private struct Setup {
  let checker: Checker
  /// The contexts of uncoloured and coloured reports, in the order of `Language.allCases`.
  let plain: [RunContext]
  let colored: [RunContext]

  init(_ checker: Checker) {
    self.checker = checker
    let ruleSet = checker.ruleSet
    plain = Language.allCases.map {
      RunContext(options: RenderOptions(language: $0), ruleSet: ruleSet, failOn: checker.failOn, isPortfolio: false)
    }
    colored = Language.allCases.map {
      RunContext(
        options: RenderOptions(language: $0, colored: true), ruleSet: ruleSet, failOn: checker.failOn,
        isPortfolio: false)
    }
  }

  func context(_ language: Language, colored: Bool = false) -> RunContext {
    let index = Language.allCases.firstIndex(of: language) ?? 0
    return colored ? self.colored[index] : plain[index]
  }
}

private let setups: [Setup] = {
  let plain = Setup(Checker(ruleSet: ruleSet("kommune"), asOf: asOf))
  let strict = ruleSet("kommune-sundhed")
  let waivers: WaiverSet
  do {
    waivers = try WaiverSet.load(
      SourceFile(name: "waivers.yaml", text: waiversText), knownRules: Set(catalog.allRequirements.map(\.id)),
      workingDirectory: "/")
  } catch {
    fatalError("the fuzz waivers do not load: \(error)")
  }
  // The baseline: the JSON report of an example declaration, as if it had been this file.
  let examplePath = Fuzz.packageRoot + "/Examples/declarations/nordlys-cloud.yaml"
  guard let example = FileManager.default.contents(atPath: examplePath) else {
    fatalError("cannot read \(examplePath)")
  }
  let withoutBaseline = Setup(Checker(ruleSet: strict, asOf: asOf, waivers: waivers))
  let report = withoutBaseline.checker.check(SourceFile(name: inputName, bytes: [UInt8](example)))
  let json = render(withoutBaseline, report, .json, .en).text
  let baseline: Baseline
  do { baseline = try Baseline.load(SourceFile(name: "baseline.json", text: json)) } catch {
    fatalError("the fuzz baseline does not load: \(error)")
  }
  return [plain, Setup(Checker(ruleSet: strict, asOf: asOf, waivers: waivers, baseline: baseline))]
}()

/// Every format in every language: the 18 choices of a report.
private let choices: [(format: ReportFormat, language: Language)] = Language.allCases.flatMap { language in
  ReportFormat.allCases.map { ($0, language) }
}

/// DPACHECK_FUZZ_DUMP=1 gives every input the full cross-check and prints every rendering (to
/// study an input: bin/check FILE).
private let dump = ProcessInfo.processInfo.environment["DPACHECK_FUZZ_DUMP"] == "1"

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
  // Every checker, format and language once, so that the libraries' lazy statics exist before
  // libFuzzer counts allocations (Fuzz.warmUp).
  Fuzz.warmUp(with: "Examples/declarations/nordlys-cloud.yaml") { data, size in
    let source = Fuzz.source(data, size, name: inputName)
    for setup in setups { crossCheck(source, setup: setup, shape: InputShape(source), prints: false) }
    return 0
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let source = Fuzz.source(data, size, name: inputName)
  let shape = InputShape(source)
  let plan = Plan(Fuzz.hash(source.bytes))
  let setup = setups[plan.setup]
  if plan.crossChecks || dump {
    crossCheck(source, setup: setup, shape: shape, prints: dump)
    return 0
  }
  let report = setup.checker.check(source)
  checkReport(report, checker: setup.checker, shape: shape)
  let (format, language) = choices[plan.choice]
  let make = { (report: DeclarationReport) -> Rendered in
    format == .sarif && !plan.wholeSARIF
      ? sarifResults(setup, report, language) : render(setup, report, format, language)
  }
  let rendered = make(report)
  checkRendered(rendered, report: report)
  if plan.repeats {
    let again = make(setup.checker.check(source))
    Fuzz.require(rendered.text == again.text, "determinism", "two renderings of \(format) (\(language)) differ")
  }
  return 0
}

/// What an input gets, from a hash of it: digits of the hash in mixed radix, so that the choices
/// are independent of each other.
private struct Plan {
  /// The checker (of 2).
  var setup: Int
  /// The format and language (of 12).
  var choice: Int
  /// Whether it is checked and rendered twice (1 in 4).
  var repeats: Bool
  /// Whether a SARIF report is rendered whole (1 in 64): its envelope lists every requirement of
  /// the profile as a rule, ~225 KB that take ~15 ms under ASan to write and parse whatever the
  /// input, which reaches the envelope only through the diagnostics of an invalid declaration; the
  /// other SARIF inputs get their results, the section (sarifResults).
  var wholeSARIF: Bool
  /// Whether it gets the full cross-check (1 in 2048).
  var crossChecks: Bool

  init(_ hash: UInt64) {
    var rest = hash
    func digit(_ base: UInt64) -> Int {
      defer { rest /= base }
      return Int(rest % base)
    }
    setup = digit(2)
    choice = digit(UInt64(choices.count))
    repeats = digit(4) == 0
    wholeSARIF = digit(64) == 0
    crossChecks = digit(2048) == 0
  }
}

/// Checks the input and renders it in every format and language, twice: the harness before
/// rendering was sampled, kept on a share of the inputs.
private func crossCheck(_ source: SourceFile, setup: Setup, shape: InputShape, prints: Bool) {
  let report = setup.checker.check(source)
  checkReport(report, checker: setup.checker, shape: shape)
  let first = choices.map { render(setup, report, $0.format, $0.language) }
  if prints {
    for rendered in first {
      print(
        "===== \(rendered.format) (\(rendered.language)), profile \(setup.checker.ruleSet.profileID)\n\(rendered.text)")
    }
  }
  for rendered in first { checkRendered(rendered, report: report) }
  let again = setup.checker.check(source)
  for (a, choice) in zip(first, choices) {
    let b = render(setup, again, choice.format, choice.language)
    Fuzz.require(a.text == b.text, "determinism", "two renderings of \(a.format) (\(a.language)) differ")
  }
}

private func checkReport(_ report: DeclarationReport, checker: Checker, shape: InputShape) {
  Fuzz.require(report.file == inputName, "report-file", "the report names '\(report.file)'")
  if !report.valid {
    Fuzz.require(!report.diagnostics.isEmpty, "diagnostics-nonempty", "an invalid report without diagnostics")
    Fuzz.require(
      report.diagnostics.count <= DeclarationLoader.maxDiagnostics, "diagnostics-limit",
      "\(report.diagnostics.count) diagnostics")
    Fuzz.require(report.findings.isEmpty, "invalid-no-findings", "an invalid report with findings")
    for diagnostic in report.diagnostics { shape.check(diagnostic) }
    return
  }
  Fuzz.require(report.diagnostics.isEmpty, "valid-no-diagnostics", "a valid report with diagnostics")
  Fuzz.require(
    report.findings.count == checker.ruleSet.requirements.count, "finding-per-requirement",
    "\(report.findings.count) findings for \(checker.ruleSet.requirements.count) requirements")
  Fuzz.require(
    Set(report.findings.map(\.rule)).count == report.findings.count, "finding-per-requirement",
    "a requirement has two findings")
  for finding in report.findings {
    shape.check(finding.location, "finding \(finding.rule)")
    for related in finding.relatedLocations { shape.check(related.location, "a related location of \(finding.rule)") }
    for value in finding.valuesRead { shape.check(value.location, "a value read by \(finding.rule)") }
    let limit = 25  // docs/decisions.md "Limits": evidence items per finding
    Fuzz.require(
      finding.evidence.count <= limit && finding.missing.count <= limit && finding.lapses.count <= limit,
      "evidence-limit",
      "\(finding.rule): \(finding.evidence.count) evidence, \(finding.missing.count) missing, "
        + "\(finding.lapses.count) lapses")
  }
}

private struct Rendered {
  var format: ReportFormat
  var language: Language
  var text: String
  /// Whether `text` holds only SARIF's results, as a JSON array (sarifResults), not a whole report.
  var isSARIFResults = false
}

/// The report of one declaration in one format and language, as a run writes it
/// (`Reporter.render`).
private func render(_ setup: Setup, _ report: DeclarationReport, _ format: ReportFormat, _ language: Language)
  -> Rendered
{
  let checker = setup.checker
  let reporter = format.reporter
  let summary = checker.summary(of: [checker.summary(of: report)])
  let context = setup.context(language)
  var text = ""
  do {
    text = try reporter.render([report], summary: summary, in: context)
  } catch {
    Fuzz.require(false, "render-throws", "\(format) (\(language)) threw: \(error)")
  }
  if format == .text {  // the coloured text report must render too
    do { _ = try reporter.section(for: report, in: setup.context(language, colored: true)) } catch {
      Fuzz.require(false, "render-throws", "coloured text (\(language)) threw: \(error)")
    }
  }
  return Rendered(format: format, language: language, text: text)
}

/// SARIF's section, the results of the declaration, as a JSON array.
private func sarifResults(_ setup: Setup, _ report: DeclarationReport, _ language: Language) -> Rendered {
  var text = "["
  do { text += try SARIFReporter().section(for: report, in: setup.context(language)) } catch {
    Fuzz.require(false, "render-throws", "sarif results (\(language)) threw: \(error)")
  }
  return Rendered(format: .sarif, language: language, text: text + "]", isSARIFResults: true)
}

private let htmlTags: Set<String> = [
  "!DOCTYPE", "a", "article", "b", "body", "br", "button", "code", "dd", "details", "div", "dl", "dt", "em", "footer",
  "h1",
  "h2", "h3", "head", "header", "html", "input", "label", "li", "meta", "option", "p", "pre", "script", "section",
  "select", "span", "strong", "style", "summary", "table", "tbody", "td", "th", "thead", "title", "tr", "ul",
]

/// The fields of an RFC 4180 text, quotes removed.
private func csvFields(_ text: String) -> [String] {
  var fields: [String] = []
  var field = ""
  var quoted = false
  var scalars = text.unicodeScalars.makeIterator()
  var pending = scalars.next()
  while let scalar = pending {
    pending = scalars.next()
    switch (quoted, scalar) {
    case (true, "\""):
      if pending == "\"" {
        field.unicodeScalars.append("\"")
        pending = scalars.next()
      } else {
        quoted = false
      }
    case (false, "\"") where field.isEmpty: quoted = true
    case (false, ","), (false, "\n"):
      fields.append(field)
      field = ""
    case (false, "\r") where pending == "\n": break
    default: field.unicodeScalars.append(scalar)
    }
  }
  return fields
}

private func checkRendered(_ rendered: Rendered, report: DeclarationReport) {
  let text = rendered.text
  let what = "\(rendered.format) (\(rendered.language))"
  switch rendered.format {
  case .json:
    let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    Fuzz.require(object != nil, "json-parses", "the \(what) report does not parse as JSON")
    Fuzz.require(
      (object?["declarations"] as? [Any])?.count == 1, "json-parses", "the \(what) report does not list one declaration"
    )
    Fuzz.require(
      object?["language"] as? String == rendered.language.rawValue, "json-language", "the \(what) report's language")
    if Fuzz.checks("json-baseline") {
      do {
        let baseline = try Baseline.load(SourceFile(name: "report.json", text: text))
        checkRoundTrip(baseline, report: report, what: what)
      } catch {
        Fuzz.require(false, "json-baseline", "the \(what) report does not read back as a --baseline: \(error)")
      }
    }
  case .sarif where rendered.isSARIFResults:
    let results = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    Fuzz.require(
      results?.allSatisfy { $0["ruleId"] is String } == true, "sarif-parses",
      "the \(what) results do not parse as JSON objects with a ruleId")
  case .sarif:
    let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    Fuzz.require(
      object?["version"] as? String == "2.1.0", "sarif-parses", "the \(what) report does not parse as SARIF 2.1.0 JSON")
  case .junit:
    if Fuzz.checks("junit-xml") {
      let parser = XMLParser(data: Data(text.utf8))
      Fuzz.require(
        parser.parse(), "junit-xml",
        "the \(what) report is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")"
          + " at line \(parser.lineNumber)")
    }
  case .codequality:
    let issues = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    Fuzz.require(
      issues?.allSatisfy { $0["fingerprint"] is String && $0["check_name"] is String } == true,
      "codequality-parses", "the \(what) report does not parse as an array of Code Quality issues")
  case .csv:
    for field in csvFields(text) {
      Fuzz.require(
        field.unicodeScalars.first.map { !"=+-@\t\r".unicodeScalars.contains($0) } ?? true, "csv-formula",
        "a field of the \(what) report starts a formula: \(field.prefix(40))")
    }
  case .xlsx:
    // The reporter writes the workbook as a stream of instructions, one per line; each must read
    // back as the instruction it was written from, or a vendor's text could split a row or cell.
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
      let instruction = WorkbookInstruction(line: line)
      Fuzz.require(
        instruction?.line == String(line), "xlsx-stream",
        "a line of the \(what) stream does not read back: \(line.prefix(60))")
    }
  case .html:
    for tag in tagNames(text) {
      Fuzz.require(
        htmlTags.contains(tag), "html-tags",
        "the \(what) report holds a tag <\(tag)> the reporter never writes (markup injection)")
    }
  case .markdown:
    let tags = tagNames(outsideFences(text))
    Fuzz.require(tags.isEmpty, "markdown-tags", "the \(what) report holds raw tags \(tags.sorted()) (markup injection)")
  case .text:
    Fuzz.require(
      !text.unicodeScalars.contains(where: Fuzz.isTerminalControl),
      "text-control", "a control character reaches the \(what) report (terminal escape injection)")
    Fuzz.require(
      !text.unicodeScalars.contains(where: Fuzz.isC1Control), "text-c1",
      "a C1 control character reaches the \(what) report")
  }
}

/// The JSON report read back as a baseline holds what the report says: the vendor, and each
/// finding's status and the values it read (else a later --baseline run reports changes that are not).
private func checkRoundTrip(_ baseline: Baseline, report: DeclarationReport, what: String) {
  guard report.valid, Fuzz.checks("json-roundtrip") else { return }
  let entry = baseline.declarations.first { $0.file == report.file }
  Fuzz.require(
    entry?.vendor == report.vendor && entry?.service == report.service, "json-roundtrip",
    "the vendor and service \(report.vendor.debugDescription), \(report.service.debugDescription) do not read back"
      + " from the \(what) report; the baseline has "
      + (entry.map { "\($0.vendor.debugDescription), \($0.service.debugDescription)" } ?? "no entry")
  )
  let entries = baseline.entries(file: report.file, vendor: report.vendor, service: report.service) ?? [:]
  for finding in report.findings {
    guard let entry = entries[finding.rule] else {
      Fuzz.require(false, "json-roundtrip", "\(finding.rule) is missing when the \(what) report is read back")
      continue
    }
    Fuzz.require(
      entry.status == finding.status, "json-roundtrip",
      "\(finding.rule) reads back as \(entry.status), not \(finding.status)")
    for value in finding.valuesRead {
      let back = entry.values[value.path] ?? .some("<absent>")
      Fuzz.require(
        back == value.value, "json-roundtrip",
        "\(finding.rule) \(value.path) = \(value.value.debugDescription) reads back from the \(what) report"
          + " as \(back.debugDescription)")
    }
  }
}

/// Markdown outside fenced code blocks (in which `<` is literal text).
private func outsideFences(_ text: String) -> String {
  var inFence = false
  var kept: [Substring] = []
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    if line.drop(while: { $0 == " " }).hasPrefix("```") {
      inFence.toggle()
      continue
    }
    if !inFence { kept.append(line) }
  }
  return kept.joined(separator: "\n")
}

/// HTML starts a tag only at `<` followed by an ASCII letter (or `/`, `!`); a name goes on with
/// letters, digits and `-`.
private func isTagCharacter(_ byte: UInt8, first: Bool) -> Bool {
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
  case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): !first
  case UInt8(ascii: "!"): first
  default: false
  }
}

/// The names of the opening and closing tags in markup: `<name` and `</name`. It scans the UTF-8
/// bytes: every byte it looks for is ASCII, which never occurs inside a multi-byte character.
private func tagNames(_ text: String) -> Set<String> {
  var names = Set<String>()
  let bytes = Array(text.utf8)
  var index = 0
  while index < bytes.count {
    defer { index += 1 }
    guard bytes[index] == UInt8(ascii: "<") else { continue }
    var start = index + 1
    if start < bytes.count, bytes[start] == UInt8(ascii: "/") { start += 1 }
    var end = start
    while end < bytes.count, isTagCharacter(bytes[end], first: end == start) { end += 1 }
    if end > start { names.insert(String(decoding: bytes[start..<end], as: UTF8.self)) }
  }
  return names
}
