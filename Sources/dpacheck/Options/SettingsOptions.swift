import ArgumentParser
import ComplianceCore
import Frontend
import YAMLSupport

/// The options of `check` that a configuration file (`.dpacheck.yaml`) may give defaults for:
/// the profile, the gate, waivers, baseline, language and excludes. An option on the command line
/// wins over the file, and the file over the built-in default.
struct SettingsOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A configuration file (format dpacheck/config/v1) instead of ./.dpacheck.yaml.", valueName: "FILE"),
    completion: .file(extensions: ["yaml", "yml"]))
  var config: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The profile: an id under Rules/profiles/ or a profile file (default: kommune).", valueName: "ID|FILE"),
    completion: .file(extensions: ["yaml", "yml"]))
  var profile: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A profile map (format dpacheck/profile-map/v1): which profile judges which declaration; the first "
        + "entry whose glob matches wins, others get --profile.",
      valueName: "FILE"),
    completion: .file(extensions: ["yaml", "yml"]))
  var profileMap: String?

  @Option(
    name: .long, help: ArgumentHelp("A waivers file (format dpacheck/waivers/v1).", valueName: "FILE"),
    completion: .file())
  var waivers: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "An earlier JSON report: fail only on gaps that are new or worse since then, and list what changed.",
      valueName: "REPORT.json"), completion: .file())
  var baseline: String?

  @Option(name: .long, help: "The report language (default: en).")
  var lang: Language?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The lowest severity whose gaps fail the run (default: the profile's fail_on).",
      valueName: "critical|high|medium|low|none"))
  var failOn: FailOn?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Leave out files found in folders whose path matches GLOB (* and ? within a name, ** across "
        + "folders); repeatable.",
      valueName: "GLOB"))
  var exclude: [String] = []

  /// The language of messages before the configuration is read.
  var earlyLanguage: Language { lang ?? .en }

  /// The settings in effect: each option's value and where it came from.
  func resolve() throws -> Settings {
    let file = config ?? (FileSystem.kind(Configuration.defaultFile) == .file ? Configuration.defaultFile : nil)
    let configuration = try file.map { path in
      try Diagnostics.exitOnError(language: earlyLanguage) { () throws(Diagnostic) -> Configuration in
        try Configuration.load(InputFile.source(path))
      }
    }
    func pick<T>(_ given: T?, _ setting: Configuration.Setting<T>?, _ fallback: T) -> Settings.Entry<T> {
      if let given { return .init(value: given, source: .commandLine) }
      if let setting { return .init(value: setting.value, source: .file(setting.location)) }
      return .init(value: fallback, source: .builtIn)
    }
    func pickOptional<T>(_ given: T?, _ setting: Configuration.Setting<T>?) -> Settings.Entry<T?> {
      if let given { return .init(value: given, source: .commandLine) }
      if let setting { return .init(value: setting.value, source: .file(setting.location)) }
      return .init(value: nil, source: .builtIn)
    }
    return Settings(
      file: file,
      profile: pick(profile, configuration?.profile, RuleSet.defaultProfile),
      failOn: pickOptional(failOn, configuration?.failOn),
      waivers: pickOptional(waivers, configuration?.waivers),
      baseline: pickOptional(baseline, configuration?.baseline),
      language: pick(lang, configuration?.language, .en),
      exclude: pick(exclude.isEmpty ? nil : exclude, configuration?.exclude, []),
      profileMap: pickOptional(profileMap, configuration?.profileMap))
  }
}

/// The settings of a run, each with where it came from.
struct Settings {
  /// Where a setting's value came from.
  enum Source {
    case commandLine
    case file(SourceLocation)
    case builtIn
  }

  /// A value and its source.
  struct Entry<Value> {
    var value: Value
    var source: Source
  }

  /// The configuration file read, if any.
  var file: String?
  var profile: Entry<String>
  /// nil: the profile's `fail_on`.
  var failOn: Entry<FailOn?>
  var waivers: Entry<String?>
  var baseline: Entry<String?>
  var language: Entry<Language>
  var exclude: Entry<[String]>
  var profileMap: Entry<String?>
}
