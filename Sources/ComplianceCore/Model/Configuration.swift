public import YAMLSupport

/// Defaults for `check` kept with a project, in `.dpacheck.yaml` (`format: dpacheck/config/v1`):
/// the profile (and a profile map), the gate, the waivers and baseline files, the language and
/// exclude patterns.
/// Options given on the command line win over it.
///
/// Paths in the file are relative to the file's folder, so the file means the same wherever a
/// command runs from.
public struct Configuration: Sendable {
  /// One setting: its value as written and where.
  public struct Setting<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it is written.
    public var location: SourceLocation
  }

  /// The file's name.
  public var file: String
  /// `profile`: a profile id, or a profile file (relative to the file's folder).
  public var profile: Setting<String>?
  /// `fail_on`.
  public var failOn: Setting<FailOn>?
  /// `waivers`: a waivers file.
  public var waivers: Setting<String>?
  /// `baseline`: an earlier JSON report.
  public var baseline: Setting<String>?
  /// `lang`.
  public var language: Setting<Language>?
  /// `exclude`: globs of files left out of folders.
  public var exclude: Setting<[String]>?
  /// `profile_map`: a profile map (`ProfileMap`), which profile judges which declaration.
  public var profileMap: Setting<String>?

  /// The configuration file's `format:`.
  public static let format = "dpacheck/config/v1"
  /// The file looked for in the working folder.
  public static let defaultFile = ".dpacheck.yaml"

  /// Reads a configuration file.
  ///
  /// - Throws: a diagnostic with file, line and column for anything but the keys above with
  ///   values of their types.
  public static func load(_ source: SourceFile) throws(Diagnostic) -> Configuration {
    let root = try YAMLDocument.parseMapping(source)
    try FileFormat.check(root, expected: format, kind: .configuration, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.configuration, .definite))
    reader.allow("format")
    let folder = PathName.folder(of: source.name)
    func path(_ text: String) -> String {
      text.hasPrefix("/") || folder == "." ? text : "\(folder)/\(text)"
    }
    func setting<T>(_ key: String, _ value: T?) -> Setting<T>? {
      guard let value, let location = root.entry(key)?.value.location else { return nil }
      return Setting(value: value, location: location)
    }
    var configuration = Configuration(file: source.name)
    // A profile id is kept as it is; a file name (a path, or ending in .yaml) is taken from the
    // configuration file's folder.
    let profile = try reader.string("profile")
    configuration.profile = setting(
      "profile", profile.map { RuleSet.isProfileFile($0) ? path($0) : $0 })
    configuration.failOn = setting("fail_on", try reader.enumValue("fail_on", as: FailOn.self))
    configuration.waivers = setting("waivers", try reader.string("waivers").map(path))
    configuration.baseline = setting("baseline", try reader.string("baseline").map(path))
    configuration.language = setting("lang", try reader.enumValue("lang", as: Language.self))
    configuration.exclude = setting("exclude", try reader.strings("exclude"))
    configuration.profileMap = setting("profile_map", try reader.string("profile_map").map(path))
    try reader.finish()
    return configuration
  }
}
