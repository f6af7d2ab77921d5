// Fuzz target `rulepack`: bytes → a requirements file or a profile.
//
// 1. The input becomes `fuzz/r.yaml` in a pack `fuzz` (with a fixed pack.yaml), which
//    RuleLoader.loadPacks(into:) loads, from an EmbeddedRuleSource, into a catalog of the shipped
//    rule files loaded once per process. When it loads, a profile `packs: [fuzz]` is resolved,
//    the pack's requirements are evaluated against the example declarations, their own examples
//    are run, the catalog is linted, and one report is rendered in text and JSON in both
//    languages (texts with {parameter} placeholders).
// 2. An input that names the profile format (`dpacheck/profile/`) is instead a profile file
//    (RuleSet.resolve over the shipped catalog, reading the profile's text from the input), and when
//    it resolves, an example declaration is checked with it. (Every input was both, but each loader
//    refuses the other's format only after parsing the whole file, so that took half the time.)
//
// By default the catalog the pack joins holds the shipped packs' pack.yaml, questionnaire.yaml, the
// countries and the profiles, but not their requirement files, so that the examples run and the
// lint of every input are the fuzz pack's; DPACHECK_FUZZ_FULL_RULES=1 adds the pack to the whole
// shipped catalog. (Loading the questionnaire, 91 KB of YAML, with every input held a run to ~25
// inputs a second.)
//
// Invariants: every error is a thrown Diagnostic (the API is typed `throws(Diagnostic)`, so a trap is
// the only other way out); an error concerns the fuzz file (its position, or a note's, is in it);
// positions in the fuzz file lie inside it; a loaded pack has unique requirement ids and every one
// evaluates to a finding per declaration; loading twice is deterministic (checked on every fourth
// input).

import ComplianceCore
import ComplianceReporters
import Foundation
import Frontend
import YAMLSupport

private let packText = """
  format: dpacheck/pack/v1
  id: fuzz
  title: {da: "Fuzz-pakke", en: "Fuzz pack"}
  version: "1"
  examples_as_of: 2026-11-26

  """
private let requirementsName = "Rules/fuzz/r.yaml"
private let profileName = "fuzz-profile.yaml"
private let fuzzProfile = "format: dpacheck/profile/v1\npacks: [fuzz]\nfail_on: low\n"
private let asOf = Day(year: 2026, month: 11, day: 26)!

/// The shipped catalog, for resolving fuzzed profiles.
private let shippedCatalog: Catalog = {
  do { return try RuleLoader(rules: DirectoryRuleSource(root: Fuzz.rulesDirectory)).loadCatalog() } catch {
    fatalError("the shipped rules do not load: \(error)")
  }
}()

/// The catalog the fuzz pack is loaded into.
private let baseCatalog: Catalog = {
  if ProcessInfo.processInfo.environment["DPACHECK_FUZZ_FULL_RULES"] == "1" { return shippedCatalog }
  let files = Fuzz.shippedRuleFiles.filter { file in
    let parts = file.path.split(separator: "/")
    return parts.first == "data" || parts.first == "profiles" || parts.last == "pack.yaml"
      || parts.last == "questionnaire.yaml"
  }
  do { return try RuleLoader(rules: EmbeddedRuleSource(files: files)).loadCatalog() } catch {
    fatalError("the shipped packs do not load without their requirements: \(error)")
  }
}()

/// A few example declarations, read once.
private let examples: [SourceFile] = {
  let folder = Fuzz.packageRoot + "/Examples/declarations"
  let names = ["nordlys-cloud.yaml", "startup-unanswered.yaml", "us-subprocessor-uncertified.yaml"]
  return names.map { name in
    guard let data = FileManager.default.contents(atPath: "\(folder)/\(name)") else {
      fatalError("cannot read \(folder)/\(name)")
    }
    return SourceFile(name: name, bytes: [UInt8](data))
  }
}()

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
  Fuzz.warmUp(with: "Rules/dk-dpa/10-breach.yaml", fuzz)
  Fuzz.warmUp(with: "Rules/profiles/kommune-sundhed.yaml", fuzz)
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // Every fourth input (by a hash of it, so that a crash reproduces) is loaded and resolved twice,
  // for the determinism check: parsing the input is most of the time an input takes.
  let repeats = Fuzz.hash(bytes) % 4 == 0
  // An input that names the profile format is read as a profile, any other as a requirements
  // file: each loader refuses the other's format only after parsing the whole file.
  if holds(bytes, profileMarker) {
    fuzzProfileFile(SourceFile(name: profileName, bytes: bytes), repeats: repeats)
  } else {
    fuzzRequirements(String(decoding: bytes, as: UTF8.self), repeats: repeats)
  }
  return 0
}

private let profileMarker = Array("dpacheck/profile/".utf8)

/// Whether `bytes` holds `needle`, by a plain scan (with Foundation imported, `firstRange(of:)` on
/// bytes is DataProtocol's, which allocates at every position).
private func holds(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
  guard let first = needle.first, bytes.count >= needle.count else { return false }
  for start in 0...(bytes.count - needle.count) where bytes[start] == first {
    if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
  }
  return false
}

private func load(_ text: String) -> Result<Catalog, Diagnostic> {
  let pack = EmbeddedRuleSource(files: [("fuzz/pack.yaml", packText), ("fuzz/r.yaml", text)])
  return Result { () throws(Diagnostic) in try RuleLoader(rules: pack).loadPacks(into: baseCatalog) }
}

private func fuzzRequirements(_ text: String, repeats: Bool) {
  // EmbeddedRuleSource holds text, so the file is the input decoded as UTF-8 (invalid bytes → U+FFFD).
  let shape = InputShape(SourceFile(name: requirementsName, text: text))
  let first = load(text)
  if repeats {
    switch (first, load(text)) {
    case (.failure(let error), .failure(let again)):
      Fuzz.require(error == again, "determinism", "two loads fail differently:\n\(error)\n---\n\(again)")
    case (.success(let catalog), .success(let again)):
      Fuzz.require(
        catalog.allRequirements.map(\.id) == again.allRequirements.map(\.id), "determinism",
        "two loads give different requirements")
    default:
      Fuzz.require(false, "determinism", "one load succeeded and the other failed")
    }
  }
  switch first {
  case .failure(let error):
    shape.check(error)
    let blamed =
      error.location.file == requirementsName || error.notes.contains { $0.location?.file == requirementsName }
    Fuzz.require(blamed, "blame-fuzz-file", "the error does not concern the fuzz file: \(error)")
  case .success(let catalog):
    exercise(catalog, shape: shape)
  }
}

private func exercise(_ catalog: Catalog, shape: InputShape) {
  guard let pack = catalog.pack("fuzz") else { fatalError("the fuzz pack is missing from a loaded catalog") }
  var ids = Set<String>()
  for requirement in pack.requirements {
    Fuzz.require(ids.insert(requirement.id).inserted, "unique-ids", "requirement id '\(requirement.id)' twice")
    shape.check(requirement.definedAt, "requirement \(requirement.id)")
  }
  let ruleSet: RuleSet
  do {
    ruleSet = try RuleSet.resolve(profile: "fuzz.yaml", in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      SourceFile(name: path, text: fuzzProfile)
    }
  } catch {
    Fuzz.require(false, "profile-resolves", "the profile 'packs: [fuzz]' does not resolve: \(error)")
    return
  }
  Fuzz.require(
    ruleSet.requirements.count == pack.requirements.count, "requirements-resolved",
    "\(ruleSet.requirements.count) of \(pack.requirements.count) requirements resolved")
  let checker = Checker(ruleSet: ruleSet, asOf: asOf)
  var reports: [DeclarationReport] = []
  for example in examples {
    let report = checker.check(example)
    Fuzz.require(report.valid, "example-valid", "\(example.name) is invalid with the fuzz pack: \(report.diagnostics)")
    Fuzz.require(
      report.findings.count == ruleSet.requirements.count, "finding-per-requirement",
      "\(report.findings.count) findings for \(ruleSet.requirements.count) requirements")
    for finding in report.findings {
      for language in Language.allCases {
        _ = finding.message(language)
        _ = finding.title(language)
        _ = finding.remediation(language)
        _ = finding.warnings(language)
      }
    }
    reports.append(report)
  }
  for result in ExampleRunner.run(catalog) where result.pack == "fuzz" {
    shape.check(result.location, "an example of \(result.rule)")
  }
  _ = ExampleRunner.coverage(catalog)
  for diagnostic in RuleLinter.lint(catalog) where diagnostic.location.file == requirementsName {
    shape.check(diagnostic.location, "lint \(diagnostic.code)")
  }
  // One report of the first example, as text and JSON, in both languages.
  let report = reports[0]
  let summary = RunSummary(
    toolVersion: DPACheckVersion.current, asOf: asOf, profile: ruleSet.profileID, failOn: checker.failOn,
    countriesReviewed: catalog.countries.reviewed,
    declarations: [DeclarationSummary(report, failOn: checker.failOn, clauses: ruleSet.clauseIndex)],
    exclusions: ruleSet.exclusions, waivers: [], clauses: ruleSet.clauses)
  for language in Language.allCases {
    let context = RunContext(
      options: RenderOptions(language: language), ruleSet: ruleSet, failOn: checker.failOn, isPortfolio: false)
    for format in [ReportFormat.text, .json] {
      let text: String
      let reporter = format.reporter
      do {
        text = try reporter.render([report], summary: summary, in: context)
      } catch {
        Fuzz.require(false, "render-throws", "\(format) (\(language)) threw: \(error)")
        continue
      }
      if format == .json {
        Fuzz.require(
          (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "json-parses",
          "the JSON report does not parse")
      }
    }
  }
}

private func fuzzProfileFile(_ source: SourceFile, repeats: Bool) {
  let shape = InputShape(source)
  let resolve = { () -> Result<RuleSet, Diagnostic> in
    Result { () throws(Diagnostic) in
      try RuleSet.resolve(profile: profileName, in: shippedCatalog) { (path) throws(Diagnostic) -> SourceFile in
        guard path == profileName else {
          throw Diagnostic(.verbatim, "unexpected file '\(path)'", at: .start(of: path))
        }
        return source
      }
    }
  }
  let first = resolve()
  if repeats {
    switch (first, resolve()) {
    case (.failure(let error), .failure(let again)):
      Fuzz.require(error == again, "determinism", "two resolutions fail differently")
    case (.success(let ruleSet), .success(let again)):
      Fuzz.require(
        ruleSet.requirements.map(\.id) == again.requirements.map(\.id), "determinism", "two resolutions differ")
    default:
      Fuzz.require(false, "determinism", "one resolution succeeded and the other failed")
    }
  }
  switch first {
  case .failure(let error):
    shape.check(error)
    Fuzz.require(error.code != .verbatim, "profile-reads", "the profile reads another file: \(error)")
  case .success(let ruleSet):
    Fuzz.require(ruleSet.warningWindowDays >= 0, "profile-window", "warning window \(ruleSet.warningWindowDays)")
    let report = Checker(ruleSet: ruleSet, asOf: asOf).check(examples[0])
    Fuzz.require(report.valid, "example-valid", "\(examples[0].name) is invalid under the fuzzed profile")
    Fuzz.require(
      report.findings.count == ruleSet.requirements.count, "finding-per-requirement",
      "\(report.findings.count) findings for \(ruleSet.requirements.count) requirements")
    for finding in report.findings {
      for language in Language.allCases {
        _ = finding.message(language)
        _ = finding.title(language)
      }
    }
  }
}
