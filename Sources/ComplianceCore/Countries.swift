import YAMLSupport

/// Reference data about countries: ISO codes, the EU and EEA, and EU adequacy decisions.
///
/// Named sets for checks: the sets in the file (`eu`, `eea`), and three derived from the adequacy
/// decisions: `adequacy_all` (every country with a decision), `adequacy` (decisions that cover a
/// commercial recipient without a further condition) and `adequacy_dpf` (decisions that cover only
/// certified recipients: the United States, for organisations on the Data Privacy Framework list).
public struct Countries: Sendable {
  /// One adequacy decision.
  public struct Adequacy: Sendable {
    /// The country code.
    public var country: String
    /// The decision's reference.
    public var decision: String
    /// The scope keyword (`full`, `dpf_certified`, …).
    public var scope: String
    /// A one-line note on the scope.
    public var note: LocalizedText?
  }

  /// Every ISO 3166-1 alpha-2 code with its English short name.
  public var names: [String: String]
  /// Codes accepted and normalised (`EL` → `GR`).
  public var aliases: [String: String]
  /// Named sets of codes.
  public var sets: [String: Set<String>]
  /// The adequacy decisions.
  public var adequacy: [Adequacy]
  /// When the adequacy list was last reviewed.
  public var reviewed: Day
  /// The file the data came from.
  public var file: String

  static let format = "dpacheck/countries/v1"
  /// Adequacy scopes that need a certification of the recipient to apply.
  static let certificationScopes: Set<String> = ["dpf_certified"]

  /// The normalised code for `text`, or nil if it is not an ISO 3166-1 alpha-2 code.
  public func normalise(_ text: String) -> String? {
    if let alias = aliases[text] { return alias }
    return names[text] != nil ? text : nil
  }

  /// Whether `name` is a known set.
  public func hasSet(_ name: String) -> Bool { sets[name] != nil }

  /// Reads `data/countries.yaml`.
  static func load(_ document: (source: SourceFile, root: Mapping)) throws(Diagnostic) -> Countries {
    let (source, root) = document
    try FileFormat.check(root, expected: format, kind: "countries file", source: source)
    var reader = ObjectReader(root, source: source, what: "the countries file")
    reader.allow("format", "source")
    let reviewed = try reader.day("reviewed", required: true) ?? Day(ordinal: 0)
    var names: [String: String] = [:]
    if let node = try reader.node("codes", required: true) {
      let codes = try ObjectReader(node, source: source, what: "'codes'")
      for entry in codes.mapping.entries {
        guard case .scalar(let name) = entry.value else {
          throw codes.error("'\(entry.key.text)' must be a single value; found \(entry.value.kindDescription)", at: entry.value.location)
        }
        names[entry.key.text] = name.isNull ? "" : name.text
      }
    }
    var aliases: [String: String] = [:]
    if let node = try reader.node("aliases"), case .mapping(let mapping) = node {
      for entry in mapping.entries { aliases[entry.key.text] = entry.value.scalarText }
    }
    var sets: [String: Set<String>] = [:]
    if let node = try reader.node("sets"), case .mapping(let mapping) = node {
      for entry in mapping.entries {
        var setReader = ObjectReader(mapping, source: source, what: "'sets'")
        let members = try setReader.strings(entry.key.text) ?? []
        for (index, code) in members.enumerated() where names[code] == nil {
          let location = (try? setReader.sequence(entry.key.text))?[index].location ?? entry.key.location
          throw Diagnostic("countries.code", "'\(code)' is not a known country code", at: location, in: source)
        }
        sets[entry.key.text] = Set(members)
      }
    }
    var adequacy: [Adequacy] = []
    for node in try reader.sequence("adequacy") ?? [] {
      var entry = try ObjectReader(node, source: source, what: "an adequacy decision")
      let country = try entry.requiredString("country")
      guard names[country] != nil else {
        throw entry.error("'\(country)' is not a known country code", at: node.location)
      }
      let decision = try entry.requiredString("decision")
      _ = try entry.int("year")
      let scope = try entry.requiredString("scope")
      let note = try entry.localized("note", required: false)
      try entry.finish()
      adequacy.append(Adequacy(country: country, decision: decision, scope: scope, note: note))
    }
    try reader.finish()
    sets["adequacy_all"] = Set(adequacy.map(\.country))
    sets["adequacy"] = Set(adequacy.filter { !certificationScopes.contains($0.scope) }.map(\.country))
    sets["adequacy_dpf"] = Set(adequacy.filter { $0.scope == "dpf_certified" }.map(\.country))
    return Countries(
      names: names, aliases: aliases, sets: sets, adequacy: adequacy, reviewed: reviewed,
      file: source.name)
  }
}
