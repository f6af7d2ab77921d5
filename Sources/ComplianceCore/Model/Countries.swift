import YAMLSupport

/// Reference data about countries: ISO codes, the EU and EEA, and EU adequacy decisions.
///
/// Named sets for checks: the sets in the file (`eu`, `eea`), and three derived from the adequacy
/// decisions: `adequacy_all` (every country with a decision), `adequacy` (decisions that cover a
/// commercial recipient without a further condition) and `adequacy_dpf` (decisions that cover only
/// certified recipients: the United States, for organisations on the Data Privacy Framework list).
///
/// A decision counts from its date and until its end date, if it has one: membership of the derived
/// sets depends on the evaluation date (`contains(_:inSet:on:)`).
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
    /// The decision's date, from which it counts; nil counts from any date.
    public var adopted: Day?
    /// The last day the decision applies; nil when it has no end date.
    public var until: Day?

    /// Whether the decision applies on `day`.
    public func applies(on day: Day) -> Bool {
      (adopted.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
  }

  /// Every ISO 3166-1 alpha-2 code with its English short name.
  public var names: [String: String]
  /// Codes accepted and normalised (`EL` → `GR`).
  public var aliases: [String: String]
  /// Named sets of codes. The sets derived from the adequacy decisions hold every country that has
  /// a decision on some date; `contains(_:inSet:on:)` answers for one date.
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

  /// The names of the sets derived from the adequacy decisions, with the decisions each holds.
  static let adequacySets: [String: @Sendable (Adequacy) -> Bool] = [
    "adequacy_all": { _ in true },
    "adequacy": { !certificationScopes.contains($0.scope) },
    "adequacy_dpf": { $0.scope == "dpf_certified" },
  ]

  /// Whether `code` is in the set `name` on `day`: for a set derived from the adequacy decisions,
  /// whether a decision of that set applies to the country on that day.
  public func contains(_ code: String, inSet name: String, on day: Day) -> Bool {
    guard let selects = Self.adequacySets[name] else { return sets[name]?.contains(code) ?? false }
    return adequacy.contains { $0.country == code && selects($0) && $0.applies(on: day) }
  }

  /// Reads `data/countries.yaml`.
  static func load(_ document: (source: SourceFile, root: Mapping)) throws(Diagnostic) -> Countries {
    let (source, root) = document
    try FileFormat.check(root, expected: format, kind: .countries, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.countries, .definite))
    reader.allow("format", "source")
    let reviewed = try reader.day("reviewed", required: true) ?? Day(ordinal: 0)
    var names: [String: String] = [:]
    if let node = try reader.node("codes", required: true) {
      let codes = try ObjectReader(node, source: source, what: .phrase(.thingQuoted, .text("codes")))
      for entry in codes.mapping.entries {
        guard case .scalar(let name) = entry.value else {
          let found = MessageArgument.node(entry.value.summary)
          throw codes.error(.schemaNotScalar, .text(entry.key.text), found, at: entry.value.location)
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
        var setReader = ObjectReader(mapping, source: source, what: .phrase(.thingQuoted, .text("sets")))
        let members = try setReader.strings(entry.key.text) ?? []
        for (index, code) in members.enumerated() where names[code] == nil {
          let location = (try? setReader.sequence(entry.key.text))?[index].location ?? entry.key.location
          throw Diagnostic(.countriesUnknownCode, .text(code), at: location, in: source)
        }
        sets[entry.key.text] = Set(members)
      }
    }
    var adequacy: [Adequacy] = []
    for node in try reader.sequence("adequacy") ?? [] {
      var entry = try ObjectReader(node, source: source, what: .phrase(.thingAdequacyDecision))
      let country = try entry.requiredString("country")
      guard names[country] != nil else {
        let message = DiagnosticMessage(.countriesUnknownCode, .text(country))
        throw entry.error(message, at: node.location, code: .schemaType)
      }
      let decision = try entry.requiredString("decision")
      _ = try entry.int("year")
      let scope = try entry.requiredString("scope")
      let note = try entry.localized("note", required: false)
      let adopted = try entry.day("adopted")
      let until = try entry.day("until")
      if let adopted, let until, until < adopted {
        let dates = [MessageArgument.text(until.description), .text(adopted.description)]
        throw entry.error(DiagnosticMessage(.countriesUntilBeforeAdopted, arguments: dates), at: node.location)
      }
      try entry.finish()
      adequacy.append(
        Adequacy(country: country, decision: decision, scope: scope, note: note, adopted: adopted, until: until))
    }
    try reader.finish()
    for (name, selects) in adequacySets { sets[name] = Set(adequacy.filter(selects).map(\.country)) }
    return Countries(
      names: names, aliases: aliases, sets: sets, adequacy: adequacy, reviewed: reviewed,
      file: source.name)
  }
}
