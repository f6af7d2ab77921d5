public import YAMLSupport

/// Which profile judges which declaration, for a portfolio whose vendors are held to different
/// profiles (`check --profile-map FILE`, or `profile_map` in `.dpacheck.yaml`).
///
/// ```yaml
/// format: dpacheck/profile-map/v1
/// profiles:
///   - path: sundhed/**          # a glob of declaration files, relative to this file's folder
///     profile: kommune-sundhed  # a profile id under Rules/profiles/
///   - path: "**/*-omsorg.yaml"
///     profile: kommune-sundhed
/// ```
///
/// The first entry whose `path` matches a declaration decides its profile; a declaration that no
/// entry matches is judged by the run's profile (`--profile`, the configuration's, or `kommune`).
/// Globs are those of waivers: `*` and `?` within a name, `**` across folders.
public struct ProfileMap: Sendable {
  /// One line of the map.
  public struct Entry: Sendable {
    /// The glob, relative to the map's folder.
    public var path: String
    /// The profile id.
    public var profile: String
    /// Where the entry is written.
    public var location: SourceLocation
  }

  /// The entries in file order.
  public var entries: [Entry]
  /// The folder that the globs are relative to (absolute).
  public var baseDirectory: String
  /// The working folder that relative declaration paths start from (absolute).
  public var workingDirectory: String

  /// The map's `format:`.
  public static let format = "dpacheck/profile-map/v1"

  /// Reads and validates a profile map; every profile must be one of `knownProfiles`.
  ///
  /// - Throws: a diagnostic with file, line and column: a missing or other `format`, an unknown
  ///   key, a value of the wrong type, an empty glob, or an unknown profile (with the closest
  ///   known id).
  public static func load(
    _ source: SourceFile, knownProfiles: [String], workingDirectory: String
  ) throws(Diagnostic) -> ProfileMap {
    let root = try YAMLDocument.parseMapping(source)
    try FileFormat.check(root, expected: format, kind: .profileMap, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.profileMap, .definite))
    reader.allow("format")
    var entries: [Entry] = []
    for node in try reader.sequence("profiles", required: true) ?? [] {
      var item = try ObjectReader(node, source: source, what: .phrase(.thingProfileMapEntry))
      // A misspelt key is named as such before the key it was meant to be is missed.
      item.allow("path", "profile")
      try item.finish()
      guard let path = try item.scalar("path", required: true),
        let profile = try item.scalar("profile", required: true)
      else { continue }
      guard !path.text.isEmpty else {
        throw Diagnostic(.schemaEmptyKey, .text("path"), .phrase(.thingProfileMapEntry), at: path.location, in: source)
      }
      guard knownProfiles.contains(profile.text) else {
        let known = MessageArgument.list(knownProfiles.sorted())
        var message = DiagnosticMessage(.profileUnknown, .text(profile.text), known)
        if let suggestion = Suggestion.closest(to: profile.text, in: knownProfiles) {
          message = DiagnosticMessage(.profileUnknownSuggested, .text(profile.text), .text(suggestion), known)
        }
        throw Diagnostic(message, at: profile.location, in: source)
      }
      entries.append(Entry(path: path.text, profile: profile.text, location: node.location))
    }
    try reader.finish()
    let directory = PathName.absolute(PathName.folder(of: source.name), workingDirectory: workingDirectory)
    return ProfileMap(entries: entries, baseDirectory: directory, workingDirectory: workingDirectory)
  }

  /// The profile of the first entry that matches `file` (a declaration's path as the run names
  /// it), or nil when none does.
  public func profile(for file: String) -> String? {
    let relative = PathName.relative(PathName.absolute(file, workingDirectory: workingDirectory), to: baseDirectory)
    return entries.first { Glob.matches($0.path, relative) }?.profile
  }

  /// The profiles the map names, each once, in the order of first mention.
  public var profiles: [String] {
    var seen: Set<String> = []
    return entries.map(\.profile).filter { seen.insert($0).inserted }
  }
}
