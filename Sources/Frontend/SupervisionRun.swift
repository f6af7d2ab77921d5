public import ComplianceCore
public import YAMLSupport

/// Reads a supervision register with everything it names: the model, the profiles, each
/// processor's declaration (checked as `check` checks it) and the evidence files (hashed).
///
/// Paths in the register are relative to the register's folder. A register is the municipality's
/// own file, so a path may also lead out of that folder (`../contracts/x.pdf`) or be absolute.
public struct SupervisionRun: Sendable {
  /// The register.
  public let register: SupervisionRegister
  /// The model it names.
  public let model: SupervisionModel
  /// The rules.
  public let catalog: Catalog
  /// The register's folder.
  public let folder: String
  /// The register's text.
  let source: SourceFile

  /// The most models an `extends` chain may hold.
  public static let maxModelDepth = 8
  /// The largest evidence file hashed (bytes); a larger one is reported as unreadable.
  public static let maxEvidenceBytes = 256 * 1024 * 1024

  /// Reads the register and its model.
  ///
  /// - Throws: a diagnostic for a register or model that cannot be read.
  public init(registerPath: String, catalog: Catalog) throws(Diagnostic) {
    source = try InputFile.source(registerPath)
    register = try SupervisionRegister.load(source)
    folder = PathName.folder(of: registerPath)
    self.catalog = catalog
    model = try Self.loadModel(
      register.model, at: register.modelLocation, folder: folder, rules: catalog.rules, chain: [])
  }

  /// A path written in the register, as a path from the working folder.
  public func path(_ written: String) -> String {
    written.hasPrefix("/") || folder == "." ? written : "\(folder)/\(written)"
  }

  /// Loads a model by id (from `Rules/supervision/`) or file (relative to `folder`).
  static func loadModel(
    _ name: String, at location: SourceLocation, folder: String, rules: any RuleSource, chain: [String]
  ) throws(Diagnostic) -> SupervisionModel {
    guard !chain.contains(name), chain.count < maxModelDepth else {
      throw Diagnostic(.modelCycle, .text((chain + [name]).joined(separator: " → ")), at: location)
    }
    let isFile = name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/")
    let source: SourceFile
    let nextFolder: String
    if isFile {
      let path = name.hasPrefix("/") || folder == "." ? name : "\(folder)/\(name)"
      source = try InputFile.source(path)
      nextFolder = PathName.folder(of: path)
    } else {
      let known = (try? rules.paths())?.filter { $0.hasPrefix(SupervisionModel.folder + "/") } ?? []
      let path = "\(SupervisionModel.folder)/\(name).yaml"
      guard known.contains(path) else {
        let ids = known.map { String($0.dropFirst(SupervisionModel.folder.count + 1).dropLast(5)) }
        throw Diagnostic(.modelUnknown, .text(name), .list(ids), at: location)
      }
      source = try rules.read(path)
      nextFolder = folder
    }
    return try SupervisionModel.load(source) { (parent, location) throws(Diagnostic) -> SupervisionModel in
      try loadModel(parent, at: location, folder: nextFolder, rules: rules, chain: chain + [name])
    }
  }

  /// The plan inputs of every processor (or of the one with `only`), checked on all cores, with
  /// each finding's evidence (the record shows the findings; the plan, which needs only statuses
  /// and counts, checks without it in `plan(asOf:)`).
  public func inputs(asOf: Day, only: String? = nil) -> [SupervisionPlan.Input] {
    map(asOf: asOf, only: only, recordsEvidence: true) { $0 }
  }

  /// The plan as of `asOf`. Each processor's declaration is checked, scored and dropped on the
  /// worker that read it: memory does not grow with the declarations, as in `check`.
  public func plan(asOf: Day) -> SupervisionPlan {
    let (model, countries) = (self.model, catalog.countries)
    let entries = map(asOf: asOf, only: nil, recordsEvidence: false) { input in
      SupervisionPlan.entry(for: input, model: model, countries: countries, asOf: asOf)
    }
    return SupervisionPlan(
      register: register.file, controller: register.controller, model: model, asOf: asOf, entries: entries)
  }

  private func map<T: Sendable>(
    asOf: Day, only: String?, recordsEvidence: Bool, _ body: @escaping @Sendable (SupervisionPlan.Input) -> T
  ) -> [T] {
    let processors = register.processors.filter { only == nil || $0.id == only }
    // Each profile is resolved once, before the parallel work.
    var ruleSets: [String: Result<RuleSet, Diagnostic>] = [:]
    for processor in processors {
      let profile = processor.profile ?? register.profile ?? RuleSet.defaultProfile
      guard ruleSets[profile] == nil else { continue }
      let reference = RuleSet.isProfileFile(profile) ? path(profile) : profile
      ruleSets[profile] = Result { () throws(Diagnostic) -> RuleSet in
        try RuleSet.resolve(profile: reference, in: catalog, readFile: InputFile.source)
      }
    }
    let resolved = ruleSets
    let run = self
    return concurrentMap(count: processors.count) { index in
      let processor = processors[index]
      let profile = processor.profile ?? run.register.profile ?? RuleSet.defaultProfile
      return body(
        run.input(
          for: processor, profile: profile, ruleSet: resolved[profile], asOf: asOf, recordsEvidence: recordsEvidence))
    }
  }

  private func input(
    for processor: SupervisionRegister.Processor, profile: String, ruleSet: Result<RuleSet, Diagnostic>?,
    asOf: Day, recordsEvidence: Bool
  ) -> SupervisionPlan.Input {
    var problems: [Diagnostic] = []
    var report: DeclarationReport?
    var declaration: Declaration?
    var failOn = FailOn.high
    var window = 60
    switch ruleSet {
    case .success(let ruleSet):
      failOn = ruleSet.failOn
      window = ruleSet.warningWindowDays
      if let file = processor.declaration, processor.problem == nil {
        do throws(Diagnostic) {
          let source = try InputFile.source(path(file))
          var checker = Checker(ruleSet: ruleSet, asOf: asOf)
          checker.recordsEvidence = recordsEvidence
          (report, declaration) = checker.checkKeepingDeclaration(source)
        } catch {
          problems.append(error)
        }
      }
    case .failure(let error):
      problems.append(error)
    case nil:
      break
    }
    var hashes: [String: String] = [:]
    for supervision in processor.supervisions {
      var files = supervision.evidence.map { ($0.file, $0.sha256, $0.location) }
      if let record = supervision.record {
        files.append((record, supervision.recordSHA256, supervision.recordLocation))
      }
      for (file, recorded, location) in files where hashes[file] == nil {
        guard FileSystem.kind(path(file)) == .file else { continue }
        do throws(Diagnostic) {
          let actual = SHA256.hex(try InputFile.read(path(file), limit: Self.maxEvidenceBytes))
          hashes[file] = actual
          if let recorded, recorded != actual {
            problems.append(
              Diagnostic(.evidenceHashMismatch, .text(file), .text(actual), .text(recorded), at: location, in: source))
          }
        } catch {
          problems.append(error)
        }
      }
    }
    var input = SupervisionPlan.Input(
      processor: processor, declaration: declaration, report: report, failOn: failOn, warningWindowDays: window,
      profile: profile, problems: problems)
    input.hashes = hashes
    input.registerSource = source
    return input
  }
}
