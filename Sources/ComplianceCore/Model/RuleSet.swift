public import YAMLSupport

/// What one run evaluates: a profile resolved over the catalog.
public struct RuleSet: Sendable {
  /// The catalog the profile was resolved in.
  public let catalog: Catalog
  /// The profile id.
  public let profileID: String
  /// The ids of the chain of profiles, the profile itself first.
  public let chain: [String]
  /// The profiles of the chain as written, the profile itself first.
  public let profiles: [Profile]
  /// The packs evaluated, in the profile's order.
  public let packs: [Pack]
  /// The requirements evaluated, in the order of findings: most severe first, then clause, then id.
  public let requirements: [ResolvedRequirement]
  /// Requirements the profile excluded.
  public let exclusions: [Exclusion]
  /// The gate threshold unless the command line overrides it.
  public let failOn: FailOn
  /// The profile that set `failOn`.
  public let failOnSetBy: String?
  /// The warning window for evidence about to lapse, in days.
  public let warningWindowDays: Int

  /// The clauses the requirements cite, in the standard's order.
  public let clauses: [String]
  /// Each clause's position in `clauses`.
  public let clauseIndex: [String: Int]

  private init(
    catalog: Catalog, profileID: String, chain: [String], profiles: [Profile], packs: [Pack],
    requirements: [ResolvedRequirement], exclusions: [Exclusion], failOn: FailOn, failOnSetBy: String?,
    warningWindowDays: Int
  ) {
    self.catalog = catalog
    self.profileID = profileID
    self.chain = chain
    self.profiles = profiles
    self.packs = packs
    self.requirements = requirements
    self.exclusions = exclusions
    self.failOn = failOn
    self.failOnSetBy = failOnSetBy
    self.warningWindowDays = warningWindowDays
    clauses = Set(requirements.map(\.requirement.clause)).sorted(by: Clause.precedes)
    clauseIndex = Dictionary(uniqueKeysWithValues: clauses.enumerated().map { ($1, $0) })
  }

  public static let defaultWarningWindowDays = 60
  /// The default profile.
  public static let defaultProfile = "kommune"

  /// Whether a profile reference names a file (a path, or a name ending in `.yaml` or `.yml`)
  /// rather than the id of a profile under `Rules/profiles/`.
  public static func isProfileFile(_ reference: String) -> Bool {
    reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/")
  }

  /// Resolves a profile: by id from `profiles/` in the catalog, or from a file path.
  ///
  /// - Throws: a diagnostic for an unknown profile, a cyclic `extends`, or a profile that names an
  ///   unknown pack, requirement or parameter.
  public static func resolve(
    profile reference: String, in catalog: Catalog, readFile: (String) throws(Diagnostic) -> SourceFile
  ) throws(Diagnostic) -> RuleSet {
    var chain: [Profile] = []
    var next: (id: String, file: String?, from: Profile.Setting<String>?)? = nil
    if isProfileFile(reference) {
      let stem = reference.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? reference
      next = (stem, reference, nil)
    } else {
      next = (reference, nil, nil)
    }
    while let (id, file, from) = next {
      if let cycleStart = chain.firstIndex(where: { $0.id == id }) {
        let cycle = (chain[cycleStart...].map(\.id) + [id]).joined(separator: " → ")
        let last = chain[chain.count - 1]
        throw Diagnostic(
          .profileCycle, .text(cycle), at: from?.location ?? .start(of: last.source.name), in: last.source)
      }
      let document: (source: SourceFile, root: Mapping)
      if let file {
        let source = try readFile(file)
        document = (source, try YAMLDocument.parseMapping(source))
      } else {
        guard catalog.profileIDs.contains(id) else {
          let known = MessageArgument.list(catalog.profileIDs.sorted())
          var message = DiagnosticMessage(.profileUnknown, .text(id), known)
          if let suggestion = Suggestion.closest(to: id, in: catalog.profileIDs) {
            message = DiagnosticMessage(.profileUnknownSuggested, .text(id), .text(suggestion), known)
          }
          if let from, let last = chain.last {
            throw Diagnostic(message, at: from.location, in: last.source)
          }
          throw Diagnostic(message, at: .start(of: id))
        }
        document = try catalog.rules.document("profiles/\(id).yaml")
      }
      let profile = try Profile.load(document, id: id)
      chain.append(profile)
      next = profile.extends.map { ($0.value, nil, $0) }
    }
    return try merge(chain, catalog: catalog)
  }

  private static func merge(_ chain: [Profile], catalog: Catalog) throws(Diagnostic) -> RuleSet {
    // Apply from the base profile to the most specific, so later settings win.
    var packIDs: [String]?
    var failOn: (FailOn, String)?
    var window: Int?
    for profile in chain.reversed() {
      if let packs = profile.packs {
        for (index, id) in packs.value.enumerated() where catalog.pack(id) == nil {
          let ids = catalog.packs.map(\.id)
          let suggestion = Suggestion.message(for: id, in: ids)
          let message =
            suggestion.map { DiagnosticMessage(.profileUnknownPackSuggested, .text(id)).adding($0) }
            ?? DiagnosticMessage(.profileUnknownPack, .text(id), .list(ids))
          let location = index < profile.packLocations.count ? profile.packLocations[index] : packs.location
          throw Diagnostic(message, at: location, in: profile.source)
        }
        packIDs = packs.value
      }
      if let value = profile.failOn { failOn = (value, profile.id) }
      if let value = profile.warningWindowDays { window = value }
    }
    guard let top = chain.first else {
      throw Diagnostic(.profileNone, at: .start(of: "profile"))
    }
    let packs = (packIDs ?? catalog.packs.map(\.id)).compactMap { catalog.pack($0) }
    let known = Dictionary(catalog.allRequirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var severities: [String: (Severity, String)] = [:]
    var parameters: [String: [String: (ParameterValue, String)]] = [:]
    var exclusions: [String: Exclusion] = [:]
    for profile in chain.reversed() {
      for (rule, setting) in profile.severities.sorted(by: { $0.key < $1.key }) {
        try requireKnown(rule, known: known, at: setting.location, profile: profile)
        severities[rule] = (setting.value, profile.id)
      }
      for (rule, values) in profile.parameters.sorted(by: { $0.key < $1.key }) {
        for (name, setting) in values.sorted(by: { $0.key < $1.key }) {
          try requireKnown(rule, known: known, at: setting.location, profile: profile)
          guard let spec = known[rule]?.parameter(name) else {
            let names = known[rule]?.parameters.map(\.name) ?? []
            var message = DiagnosticMessage(.profileNoParameter, .text(rule), .text(name))
            if !names.isEmpty { message = message.adding(.profileItsParameters, .list(names)) }
            throw Diagnostic(message, at: setting.location, in: profile.source)
          }
          guard spec.value.hasSameKind(as: setting.value) else {
            throw Diagnostic(
              .profileParameterKind, .text(name), .text(rule), .text("\(spec.value)"), .text("\(setting.value)"),
              at: setting.location, in: profile.source)
          }
          if let range = spec.range, let scalar = setting.written, !range.admits(scalar) {
            throw Diagnostic(
              .profileParameterRange, .text(name), .text(rule), .message(range.message),
              .text(scalar.text.truncatedForMessage), at: scalar.location, in: profile.source)
          }
          parameters[rule, default: [:]][name] = (setting.value, profile.id)
        }
      }
      for (rule, setting) in profile.exclusions.sorted(by: { $0.key < $1.key }) {
        try requireKnown(rule, known: known, at: setting.location, profile: profile)
        exclusions[rule] = Exclusion(rule: rule, justification: setting.value, setBy: profile.id)
      }
    }
    var requirements: [ResolvedRequirement] = []
    for pack in packs {
      for requirement in pack.requirements where exclusions[requirement.id] == nil {
        var values: [String: ParameterValue] = [:]
        var setBy: [String: String] = [:]
        for spec in requirement.parameters {
          if let (value, profile) = parameters[requirement.id]?[spec.name] {
            values[spec.name] = value
            setBy[spec.name] = profile
          } else {
            values[spec.name] = spec.value
          }
        }
        let severity = severities[requirement.id]
        requirements.append(
          ResolvedRequirement(
            requirement: requirement, severity: severity?.0 ?? requirement.severity, severitySetBy: severity?.1,
            parameters: values, parameterSetBy: setBy))
      }
    }
    // The order of findings in every report (design §8), fixed once for the run.
    requirements.sort { a, b in
      if a.severity != b.severity { return a.severity > b.severity }
      if a.requirement.clause != b.requirement.clause {
        return Clause.precedes(a.requirement.clause, b.requirement.clause)
      }
      return a.id < b.id
    }
    return RuleSet(
      catalog: catalog, profileID: top.id, chain: chain.map(\.id), profiles: chain, packs: packs,
      requirements: requirements,
      exclusions: exclusions.values.sorted { $0.rule < $1.rule }, failOn: failOn?.0 ?? .high,
      failOnSetBy: failOn?.1, warningWindowDays: window ?? defaultWarningWindowDays)
  }

  private static func requireKnown(
    _ rule: String, known: [String: Requirement], at location: SourceLocation, profile: Profile
  ) throws(Diagnostic) {
    guard known[rule] == nil else { return }
    let message = DiagnosticMessage(.profileUnknownRequirement, .text(rule))
      .adding(Suggestion.message(for: rule, in: known.keys.sorted()))
    throw Diagnostic(message, at: location, in: profile.source)
  }
}
