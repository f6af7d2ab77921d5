// Fuzz target `check`: bytes → Checker.check → every ReportFormat reporter (prologue, section and
// epilogue, from a RunSummary of this one declaration), in both languages.
//
// Two checkers take turns (by a hash of the input): the default profile `kommune` with no waivers, and the stricter
// `kommune-sundhed` with a waivers file (live, expiring and expired waivers) and a baseline report
// (the JSON report of Examples/declarations/nordlys-cloud.yaml under the fuzz input's name).
//
// Invariants: checking never traps and is deterministic (checked on every fourth input); an invalid report has 1-100 diagnostics
// inside the input and no findings; a valid one has one finding per requirement, positions inside
// the input and at most 25 evidence items per list; rendering never throws and twice gives the
// same bytes; JSON and SARIF parse with JSONSerialization, and the JSON report reads back as a
// --baseline; JUnit is well-formed XML; HTML holds only the reporter's own tags and Markdown no raw
// tags (vendor text cannot inject markup); the uncoloured text report holds no control characters.

import ComplianceCore
import ComplianceReporters
import Foundation
import FoundationXML
import YAMLSupport

private let inputName = "fuzz.yaml"
private let asOf = Day(year: 2026, month: 11, day: 26)!

private let catalog: Catalog = {
  do { return try RuleLoader(rules: DirectoryRuleSource(root: Fuzz.rulesDirectory), concurrent: false).loadCatalog() } catch {
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

private let checkers: [Checker] = {
  let plain = Checker(ruleSet: ruleSet("kommune"), asOf: asOf)
  let strict = ruleSet("kommune-sundhed")
  let waivers: WaiverSet
  do { waivers = try WaiverSet.load(SourceFile(name: "waivers.yaml", text: waiversText), knownRules: Set(catalog.allRequirements.map(\.id))) } catch {
    fatalError("the fuzz waivers do not load: \(error)")
  }
  // The baseline: the JSON report of an example declaration, as if it had been this file.
  let examplePath = Fuzz.packageRoot + "/Examples/declarations/nordlys-cloud.yaml"
  guard let example = FileManager.default.contents(atPath: examplePath) else { fatalError("cannot read \(examplePath)") }
  let withoutBaseline = Checker(ruleSet: strict, asOf: asOf, waivers: waivers)
  let json = renderAll(withoutBaseline, withoutBaseline.check(SourceFile(name: inputName, bytes: [UInt8](example))), formats: [.json], languages: [.en])[0].text
  let baseline: Baseline
  do { baseline = try Baseline.load(SourceFile(name: "baseline.json", text: json)) } catch {
    fatalError("the fuzz baseline does not load: \(error)")
  }
  return [plain, Checker(ruleSet: strict, asOf: asOf, waivers: waivers, baseline: baseline)]
}()

/// DPACHECK_FUZZ_DUMP=1 prints every rendering (to study an input: bin/check FILE).
private let dump = ProcessInfo.processInfo.environment["DPACHECK_FUZZ_DUMP"] == "1"

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
  Fuzz.warmUp(with: "Examples/declarations/nordlys-cloud.yaml", fuzz)
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let source = Fuzz.source(data, size, name: inputName)
  let shape = InputShape(source)
  // Rendering a valid declaration in 6 formats × 2 languages takes ~0.1 s under ASan, so each input
  // gets one of the two checkers and every fourth input the determinism check, chosen by a hash of
  // the input (so that a crash reproduces).
  let hash = Fuzz.hash(source.bytes)
  let checker = checkers[Int(hash % 2)]
  let report = checker.check(source)
  checkReport(report, checker: checker, shape: shape)
  let first = renderAll(checker, report, formats: ReportFormat.allCases, languages: Language.allCases)
  if dump { for rendered in first { print("===== \(rendered.format) (\(rendered.language)), profile \(checker.ruleSet.profileID)\n\(rendered.text)") } }
  for rendered in first { checkRendered(rendered, report: report) }
  if (hash >> 1) % 4 == 0 {
    let second = renderAll(checker, checker.check(source), formats: ReportFormat.allCases, languages: Language.allCases)
    for (a, b) in zip(first, second) {
      Fuzz.require(a.text == b.text, "determinism", "two renderings of \(a.format) (\(a.language)) differ")
    }
  }
  return 0
}

private func checkReport(_ report: DeclarationReport, checker: Checker, shape: InputShape) {
  Fuzz.require(report.file == inputName, "report-file", "the report names '\(report.file)'")
  if !report.valid {
    Fuzz.require(!report.diagnostics.isEmpty, "diagnostics-nonempty", "an invalid report without diagnostics")
    Fuzz.require(report.diagnostics.count <= DeclarationLoader.maxDiagnostics, "diagnostics-limit", "\(report.diagnostics.count) diagnostics")
    Fuzz.require(report.findings.isEmpty, "invalid-no-findings", "an invalid report with findings")
    for diagnostic in report.diagnostics { shape.check(diagnostic) }
    return
  }
  Fuzz.require(report.diagnostics.isEmpty, "valid-no-diagnostics", "a valid report with diagnostics")
  Fuzz.require(report.findings.count == checker.ruleSet.requirements.count, "finding-per-requirement",
               "\(report.findings.count) findings for \(checker.ruleSet.requirements.count) requirements")
  Fuzz.require(Set(report.findings.map(\.rule)).count == report.findings.count, "finding-per-requirement", "a requirement has two findings")
  for finding in report.findings {
    shape.check(finding.location, "finding \(finding.rule)")
    for related in finding.relatedLocations { shape.check(related.location, "a related location of \(finding.rule)") }
    for value in finding.valuesRead { shape.check(value.location, "a value read by \(finding.rule)") }
    let limit = 25  // docs/decisions.md "Limits": evidence items per finding
    Fuzz.require(finding.evidence.count <= limit && finding.missing.count <= limit && finding.lapses.count <= limit,
                 "evidence-limit", "\(finding.rule): \(finding.evidence.count) evidence, \(finding.missing.count) missing, \(finding.lapses.count) lapses")
  }
}

private struct Rendered {
  var format: ReportFormat
  var language: Language
  var text: String
}

private func renderAll(_ checker: Checker, _ report: DeclarationReport, formats: [ReportFormat], languages: [Language]) -> [Rendered] {
  let ruleSet = checker.ruleSet
  let declaration = DeclarationSummary(report, failOn: checker.failOn, clauses: ruleSet.clauseIndex)
  var matches: [SourceLocation: Int] = [:]
  for (location, count) in declaration.waiverMatches { matches[location, default: 0] += count }
  let summary = RunSummary(
    toolVersion: DPACheckVersion.current, asOf: checker.asOf, profile: ruleSet.profileID, failOn: checker.failOn,
    countriesReviewed: catalog.countries.reviewed, declarations: [declaration], exclusions: ruleSet.exclusions,
    waivers: checker.waiverUses(matches), clauses: ruleSet.clauses)
  var out: [Rendered] = []
  for language in languages {
    let context = RunContext(options: RenderOptions(language: language), ruleSet: ruleSet, failOn: checker.failOn, isPortfolio: false)
    for format in formats {
      let reporter = format.reporter
      do {
        let text = try reporter.prologue(summary, in: context) + reporter.section(for: report, in: context) + reporter.epilogue(summary, in: context)
        out.append(Rendered(format: format, language: language, text: text))
      } catch {
        Fuzz.require(false, "render-throws", "\(format) (\(language)) threw: \(error)")
      }
      if format == .text {  // the coloured text report must render too
        _ = try? TextReporter().section(for: report, in: RunContext(options: RenderOptions(language: language, colored: true), ruleSet: ruleSet, failOn: checker.failOn, isPortfolio: false))
      }
    }
  }
  return out
}

private let htmlTags: Set<String> = [
  "!DOCTYPE", "a", "article", "b", "body", "br", "code", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3", "head",
  "header", "html", "li", "meta", "p", "pre", "section", "span", "style", "table", "td", "th", "title", "tr", "ul",
]

private func checkRendered(_ rendered: Rendered, report: DeclarationReport) {
  let text = rendered.text
  let what = "\(rendered.format) (\(rendered.language))"
  switch rendered.format {
  case .json:
    let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    Fuzz.require(object != nil, "json-parses", "the \(what) report does not parse as JSON")
    Fuzz.require((object?["declarations"] as? [Any])?.count == 1, "json-parses", "the \(what) report does not list one declaration")
    Fuzz.require(object?["language"] as? String == rendered.language.rawValue, "json-language", "the \(what) report's language")
    if Fuzz.checks("json-baseline") {
      do {
        let baseline = try Baseline.load(SourceFile(name: "report.json", text: text))
        checkRoundTrip(baseline, report: report, what: what)
      } catch {
        Fuzz.require(false, "json-baseline", "the \(what) report does not read back as a --baseline: \(error)")
      }
    }
  case .sarif:
    let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    Fuzz.require(object?["version"] as? String == "2.1.0", "sarif-parses", "the \(what) report does not parse as SARIF 2.1.0 JSON")
  case .junit:
    if Fuzz.checks("junit-xml") {
      let parser = XMLParser(data: Data(text.utf8))
      Fuzz.require(parser.parse(), "junit-xml", "the \(what) report is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
    }
  case .html:
    for tag in tagNames(text) {
      Fuzz.require(htmlTags.contains(tag), "html-tags", "the \(what) report holds a tag <\(tag)> the reporter never writes (markup injection)")
    }
  case .markdown:
    let tags = tagNames(outsideFences(text))
    Fuzz.require(tags.isEmpty, "markdown-tags", "the \(what) report holds raw tags \(tags.sorted()) (markup injection)")
  case .text:
    Fuzz.require(!text.unicodeScalars.contains(where: Fuzz.isTerminalControl),
                 "text-control", "a control character reaches the \(what) report (terminal escape injection)")
    Fuzz.require(!text.unicodeScalars.contains(where: Fuzz.isC1Control), "text-c1", "a C1 control character reaches the \(what) report")
  }
}

/// The JSON report read back as a baseline holds what the report says: the vendor, and each
/// finding's status and the values it read (else a later --baseline run reports changes that are not).
private func checkRoundTrip(_ baseline: Baseline, report: DeclarationReport, what: String) {
  guard report.valid, Fuzz.checks("json-roundtrip") else { return }
  if let vendor = report.vendor {
    Fuzz.require(baseline.filesByVendor[vendor] == report.file, "json-roundtrip", "the vendor \(vendor.debugDescription) does not read back from the \(what) report; the baseline has \(baseline.filesByVendor.keys.map(\.debugDescription))")
  }
  let entries = baseline.entries(file: report.file, vendor: report.vendor) ?? [:]
  for finding in report.findings {
    guard let entry = entries[finding.rule] else {
      Fuzz.require(false, "json-roundtrip", "\(finding.rule) is missing when the \(what) report is read back")
      continue
    }
    Fuzz.require(entry.status == finding.status, "json-roundtrip", "\(finding.rule) reads back as \(entry.status), not \(finding.status)")
    for value in finding.valuesRead {
      let back = entry.values[value.path] ?? .some("<absent>")
      Fuzz.require(back == value.value, "json-roundtrip", "\(finding.rule) \(value.path) = \(value.value.debugDescription) reads back from the \(what) report as \(back.debugDescription)")
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

/// HTML starts a tag only at `<` followed by an ASCII letter (or `/`, `!`).
private func isASCIIAlphanumeric(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
  ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || (!first && ("0"..."9").contains(scalar))
}

/// The names of the opening and closing tags in markup: `<name` and `</name`.
private func tagNames(_ text: String) -> Set<String> {
  var names = Set<String>()
  let scalars = Array(text.unicodeScalars)
  var index = 0
  while index < scalars.count {
    defer { index += 1 }
    guard scalars[index] == "<" else { continue }
    var start = index + 1
    if start < scalars.count, scalars[start] == "/" { start += 1 }
    var end = start
    while end < scalars.count, isASCIIAlphanumeric(scalars[end], first: end == start) || (end == start && scalars[end] == "!") || (end > start && scalars[end] == "-") {
      end += 1
    }
    if end > start { names.insert(String(String.UnicodeScalarView(scalars[start..<end]))) }
  }
  return names
}
