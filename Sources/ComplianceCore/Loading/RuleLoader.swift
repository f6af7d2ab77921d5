public import YAMLSupport

/// Loads every pack, the questionnaire, the country data and the profiles from a rule source.
///
/// All packs below the root are loaded (each folder with a `pack.yaml`), so that a questionnaire
/// field defined by any pack is known; a profile then chooses which packs are evaluated.
public struct RuleLoader {
  static let packFormat = "dpacheck/pack/v1"
  static let requirementsFormat = "dpacheck/requirements/v1"
  static let countriesPath = "data/countries.yaml"

  let rules: any RuleSource
  /// Whether requirements' examples are read and validated (see `init`).
  let readsExamples: Bool
  /// Runs the parsing of requirement files (see `init`).
  let scheduler: any WorkScheduler

  /// Creates a loader.
  ///
  /// - Parameter readsExamples: false skips the `examples` of every requirement, which evaluating
  ///   declarations never needs: the built-in packs' examples are proven when the tool is built
  ///   and tested (`dpacheck rules test`), so `check` does not validate them again on every run.
  /// - Parameter scheduler: runs the parsing of the requirement files, which are independent of
  ///   each other; by default one after another on the calling thread. The front end parses them
  ///   on all cores. The result is the same either way.
  public init(rules: any RuleSource, readsExamples: Bool = true, scheduler: any WorkScheduler = SerialScheduler()) {
    self.rules = rules
    self.readsExamples = readsExamples
    self.scheduler = scheduler
  }

  /// Loads everything but the profiles.
  ///
  /// - Throws: the first problem, as a diagnostic with file, line and column.
  public func loadCatalog() throws(Diagnostic) -> Catalog {
    let paths = try rules.paths()
    guard paths.contains(Self.countriesPath) else {
      throw Diagnostic(.rulesNoCountries, .text(Self.countriesPath), at: .start(of: Self.countriesPath))
    }
    let countries = try Countries.load(rules.document(Self.countriesPath))
    let packIDs = paths.compactMap { path -> String? in
      let parts = path.split(separator: "/")
      return parts.count == 2 && parts[1] == "pack.yaml" ? String(parts[0]) : nil
    }
    var questionnaire = Questionnaire()
    for id in packIDs where paths.contains("\(id)/questionnaire.yaml") {
      try QuestionnaireLoader.load(rules.document("\(id)/questionnaire.yaml"), pack: id, into: &questionnaire)
    }
    let loader = DeclarationLoader(questionnaire: questionnaire, countries: countries)
    // Each pack's requirement files. They depend only on the questionnaire and the countries, so
    // they are read and parsed side by side (by the scheduler), in one list; their results are then taken
    // pack by pack, file by file, so the first error reported is the one a pack-by-pack load would
    // meet first.
    let packFiles = packIDs.map { id in
      paths.filter {
        $0.hasPrefix(id + "/") && $0.split(separator: "/").count == 2
          && !$0.hasSuffix("/pack.yaml") && !$0.hasSuffix("/questionnaire.yaml")
      }
    }
    let jobs = packIDs.indices.flatMap { pack in packFiles[pack].map { (pack: pack, path: $0) } }
    let contexts = packIDs.map {
      RequirementParser.Context(
        pack: $0, questionnaire: questionnaire, countries: countries, loader: loader, readsExamples: readsExamples)
    }
    let rules = self.rules
    let parse = { @Sendable (index: Int) in
      Result { () throws(Diagnostic) -> (SourceFile, [Requirement]) in
        let document = try rules.document(jobs[index].path)
        return (document.source, try RequirementParser.parseFile(document, context: contexts[jobs[index].pack]))
      }
    }
    var parsed = scheduler.map(count: jobs.count, parse)[...]
    var packs: [Pack] = []
    var seen: [String: SourceLocation] = [:]
    for (index, id) in packIDs.enumerated() {
      let results = Array(parsed.prefix(packFiles[index].count))
      parsed = parsed.dropFirst(packFiles[index].count)
      packs.append(
        try loadPack(id: id, files: results, questionnaire: questionnaire, countries: countries, seen: &seen))
    }
    let profileIDs = paths.compactMap { path -> String? in
      guard path.hasPrefix("profiles/"), path.split(separator: "/").count == 2 else { return nil }
      return String(path.dropFirst("profiles/".count).split(separator: ".").first ?? "")
    }
    return Catalog(
      rules: rules, countries: countries, questionnaire: questionnaire, packs: packs, profileIDs: profileIDs,
      declarationLoader: loader)
  }

  /// Reads a pack's `pack.yaml` and gathers its requirements from `files`, the results of its
  /// requirement files in order.
  private func loadPack(
    id: String, files: [Result<(SourceFile, [Requirement]), Diagnostic>], questionnaire: Questionnaire,
    countries: Countries,
    seen: inout [String: SourceLocation]
  ) throws(Diagnostic) -> Pack {
    let (source, root) = try rules.document("\(id)/pack.yaml")
    try FileFormat.check(root, expected: Self.packFormat, kind: .pack, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.pack, .definite))
    reader.allow("format")
    guard let idScalar = try reader.scalar("id", required: true) else {
      throw reader.error(.packNeedsID, at: root.range.start)
    }
    guard idScalar.text == id else {
      throw reader.error(.packID, .text(idScalar.text), .text(id), at: idScalar.location)
    }
    let title = try reader.requiredLocalized("title")
    let version = try reader.requiredString("version")
    let modelledOn = try reader.localized("modelled_on", required: false)
    let examplesAsOf = try reader.day("examples_as_of")
    var clauseTitles: [String: LocalizedText] = [:]
    if let node = try reader.node("clauses") {
      guard case .mapping(let mapping) = node else { throw reader.error(.packClauses, at: node.location) }
      var titles = ObjectReader(mapping, source: source, what: .phrase(.thingQuoted, .text("clauses")))
      for entry in mapping.entries {
        guard Clause.isValid(entry.key.text) else {
          throw reader.error(.packClauseLabel, .text(entry.key.text), at: entry.key.location)
        }
        clauseTitles[entry.key.text] = try titles.localized(entry.key.text)
      }
    }
    var appliesWhen: Check?
    if let node = try reader.node("applies_when") {
      var parser = CheckParser(questionnaire: questionnaire, countries: countries, parameters: [:], source: source)
      appliesWhen = try parser.parse(node)
    }
    try reader.finish()
    var requirements: [Requirement] = []
    for file in files {
      let (source, parsed) = try file.get()
      for requirement in parsed {
        if let first = seen[requirement.id] {
          throw Diagnostic(
            .rulesDuplicateID, .text(requirement.id), at: requirement.definedAt, in: source,
            notes: [Diagnostic.Note(.noteFirstDefined, at: first)])
        }
        seen[requirement.id] = requirement.definedAt
        requirements.append(requirement)
      }
    }
    return Pack(
      id: id, title: title, version: version, modelledOn: modelledOn, examplesAsOf: examplesAsOf,
      appliesWhen: appliesWhen, requirements: requirements, clauseTitles: clauseTitles)
  }
}

extension RuleLoader {
  /// Loads the packs of this loader's source into `base`, a catalog loaded before.
  ///
  /// Each pack (a folder with a `pack.yaml`) is read as `loadCatalog` reads it, against `base`'s
  /// questionnaire and countries, and its requirement ids must differ from `base`'s. The fuzzing
  /// harness loads one pack per input this way, instead of the questionnaire with every pack.
  ///
  /// - Returns: `base` with the packs added (sorted by id); its rule source, questionnaire,
  ///   countries and profiles stay `base`'s.
  /// - Throws: the first problem, as a diagnostic with file, line and column; also for a pack
  ///   that `base` holds already or that brings a questionnaire.
  package func loadPacks(into base: Catalog) throws(Diagnostic) -> Catalog {
    let paths = try rules.paths()
    var seen: [String: SourceLocation] = [:]
    for requirement in base.allRequirements { seen[requirement.id] = requirement.definedAt }
    var packs = base.packs
    for path in paths {
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[1] == "pack.yaml" else { continue }
      let id = String(parts[0])
      guard base.pack(id) == nil else {
        throw Diagnostic(.packLoadedAlready, .text(id), at: .start(of: try rules.read(path).name))
      }
      if paths.contains("\(id)/questionnaire.yaml") {
        throw Diagnostic(.packQuestionnaire, at: .start(of: try rules.read("\(id)/questionnaire.yaml").name))
      }
      let context = RequirementParser.Context(
        pack: id, questionnaire: base.questionnaire, countries: base.countries, loader: base.declarationLoader,
        readsExamples: readsExamples)
      let files = paths.filter { $0.hasPrefix(id + "/") && $0.split(separator: "/").count == 2 && $0 != path }.map {
        file in
        Result { () throws(Diagnostic) -> (SourceFile, [Requirement]) in
          let document = try rules.document(file)
          return (document.source, try RequirementParser.parseFile(document, context: context))
        }
      }
      packs.append(
        try loadPack(id: id, files: files, questionnaire: base.questionnaire, countries: base.countries, seen: &seen))
    }
    return Catalog(
      rules: base.rules, countries: base.countries, questionnaire: base.questionnaire,
      packs: packs.sorted { $0.id < $1.id },
      profileIDs: base.profileIDs, declarationLoader: base.declarationLoader)
  }
}
