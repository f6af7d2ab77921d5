public import ArgumentParser
import BundledRules
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

/// `--rules DIR`: where the rule packs come from.
struct RulesOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("A folder of rule packs to use instead of the built-in ones.", valueName: "DIR"),
    completion: .directory)
  var rules: String?

  /// The rule source: the folder given, or the packs built into the binary.
  func source() throws(Diagnostic) -> any RuleSource {
    if let rules { return try DirectoryRuleSource(root: rules) }
    return EmbeddedRuleSource(files: BundledRules.files)
  }

  /// Loads the catalog, printing diagnostics and exiting 2 on error.
  ///
  /// - Parameter forEvaluation: true when only evaluating declarations: the built-in packs' examples
  ///   are then not read (they are proven when the binary is built and tested). Packs from
  ///   `--rules` are always read in full, so their author sees every mistake.
  func catalog(forEvaluation: Bool = false, language: Language = .en) throws -> Catalog {
    let readsExamples = !forEvaluation || rules != nil
    return try Diagnostics.exitOnError(language: language) { () throws(Diagnostic) -> Catalog in
      try RuleLoader(rules: source(), readsExamples: readsExamples, scheduler: ConcurrentScheduler()).loadCatalog()
    }
  }
}

/// `--profile`.
struct ProfileOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("The profile: an id under Rules/profiles/ or a profile file.", valueName: "ID|FILE"),
    completion: .file(extensions: ["yaml", "yml"]))
  var profile: String = RuleSet.defaultProfile

  /// Resolves the profile in `catalog`, exiting 2 on error.
  func ruleSet(in catalog: Catalog, language: Language = .en) throws -> RuleSet {
    try Self.ruleSet(profile, in: catalog, language: language)
  }

  /// Resolves `profile` in `catalog`, exiting 2 on error.
  static func ruleSet(_ profile: String, in catalog: Catalog, language: Language = .en) throws -> RuleSet {
    do {
      return try RuleSet.resolve(profile: profile, in: catalog, readFile: InputFile.source)
    } catch let error
      where error.text.kind.isUnknownProfile && error.location == .start(of: profile)
      && !RuleSet.isProfileFile(profile)
    {
      // The profile given on the command line is not a file: no file, line and column to name.
      Diagnostics.emitError(error.text, language: language)
      throw ExitCode(2)
    } catch {
      Diagnostics.emit(error, language: language)
      throw ExitCode(2)
    }
  }
}

// The library's enums are the options' values: `--format`, `--fail-on` and `--lang` take their
// raw values, and the help lists them.
extension ReportFormat: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension RulesListFormat: ExpressibleByArgument {}

extension DiagnosticKind {
  /// Whether the kind says a profile id is not known.
  fileprivate var isUnknownProfile: Bool { self == .profileUnknown || self == .profileUnknownSuggested }
}
