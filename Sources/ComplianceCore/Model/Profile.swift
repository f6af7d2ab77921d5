public import YAMLSupport

/// A profile as written: it tailors packs like an OSCAL profile tailors a catalog.
public struct Profile: Sendable {
  /// A value set by a profile, with where it was set.
  public struct Setting<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it is written.
    public var location: SourceLocation
    /// The scalar the value is read from, where a check of the value needs its text and position.
    var written: Scalar?
  }

  /// The id: the file stem.
  public var id: String
  /// The title.
  public var title: LocalizedText?
  /// The profile it builds on.
  public var extends: Setting<String>?
  /// The packs evaluated; nil inherits.
  public var packs: Setting<[String]>?
  /// Where each item of `packs` is written.
  var packLocations: [SourceLocation] = []
  /// The gate threshold; nil inherits.
  public var failOn: FailOn?
  /// The days before a date lapses from which a met finding carries a warning.
  public var warningWindowDays: Int?
  /// Parameter overrides, by requirement id and parameter name.
  public var parameters: [String: [String: Setting<ParameterValue>]]
  /// Severity overrides, by requirement id.
  public var severities: [String: Setting<Severity>]
  /// Excluded requirements with their justification.
  public var exclusions: [String: Setting<String>]
  /// The file.
  public var source: SourceFile

  static let format = "dpacheck/profile/v1"

  /// Reads a profile file; `id` is the file stem.
  package static func load(_ source: SourceFile, id: String) throws(Diagnostic) -> Profile {
    try load((source, YAMLDocument.parseMapping(source)), id: id)
  }

  /// Reads a parsed profile file; `id` is the file stem.
  package static func load(_ document: (source: SourceFile, root: Mapping), id: String) throws(Diagnostic) -> Profile {
    let (source, root) = document
    try FileFormat.check(root, expected: format, kind: .profile, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.profile, .definite))
    reader.allow("format")
    if let declared = try reader.scalar("id"), declared.text != id {
      throw reader.error(.profileID, .text(declared.text), .text(id), at: declared.location)
    }
    let title = try reader.localized("title", required: false)
    let extends = try reader.scalar("extends").map { Setting(value: $0.text, location: $0.location) }
    var packs: Setting<[String]>?
    var packLocations: [SourceLocation] = []
    if let node = try reader.node("packs") {
      let items = try reader.scalars("packs") ?? []
      packs = Setting(value: items.map(\.text), location: node.location)
      packLocations = items.map(\.location)
    }
    let failOn = try reader.enumValue("fail_on", as: FailOn.self)
    let window = try reader.int("warning_window_days", in: .days)
    var parameters: [String: [String: Setting<ParameterValue>]] = [:]
    if let node = try reader.node("parameters") {
      for entry in try entries(node, source: source, what: .phrase(.thingQuoted, .text("parameters"))) {
        let what = MessageArgument.phrase(.thingParametersOf, .text(entry.key.text))
        for inner in try entries(entry.value, source: source, what: what) {
          guard case .scalar(let scalar) = inner.value, let value = ParameterValue(scalar) else {
            throw Diagnostic(.profileParameterValue, at: inner.value.location, in: source)
          }
          parameters[entry.key.text, default: [:]][inner.key.text] = Setting(
            value: value, location: inner.key.location, written: scalar)
        }
      }
    }
    var severities: [String: Setting<Severity>] = [:]
    if let node = try reader.node("severities") {
      for entry in try entries(node, source: source, what: .phrase(.thingQuoted, .text("severities"))) {
        guard case .scalar(let scalar) = entry.value else {
          throw Diagnostic(.profileSeverity, at: entry.value.location, in: source)
        }
        let severity = try ObjectReader.enumValue(scalar, as: Severity.self, key: "severity", source: source)
        severities[entry.key.text] = Setting(value: severity, location: entry.key.location)
      }
    }
    var exclusions: [String: Setting<String>] = [:]
    for node in try reader.sequence("exclude") ?? [] {
      var item = try ObjectReader(node, source: source, what: .phrase(.thingExclusion))
      guard let rule = try item.scalar("rule", required: true) else { continue }
      let justification = try item.requiredString("justification")
      try item.finish()
      exclusions[rule.text] = Setting(value: justification, location: rule.location)
    }
    try reader.finish()
    var profile = Profile(
      id: id, title: title, extends: extends, packs: packs, failOn: failOn, warningWindowDays: window,
      parameters: parameters, severities: severities, exclusions: exclusions, source: source)
    profile.packLocations = packLocations
    return profile
  }

  private static func entries(
    _ node: Node, source: SourceFile, what: MessageArgument
  ) throws(Diagnostic) -> Mapping.Entries {
    guard case .mapping(let mapping) = node else {
      throw Diagnostic(.profileNotMapping, what, at: node.location, in: source)
    }
    return mapping.entries
  }
}
