public import ComplianceCore
public import YAMLSupport

/// What every part of a report may need to know about the run, known before the first file.
public struct RunContext: Sendable {
  /// Rendering options.
  public var options: RenderOptions
  /// The resolved profile: requirements, packs, parameters.
  public let ruleSet: RuleSet
  /// The requirements of every profile of the run: the default profile's (`ruleSet`), then those
  /// that only another profile of a profile map has, in their order. SARIF lists them as rules.
  public let requirements: [ResolvedRequirement]
  /// Each requirement's position in `requirements`, by id.
  public let requirementIndex: [String: Int]
  /// The gate threshold.
  public var failOn: FailOn
  /// Whether several declarations are checked (a portfolio report).
  public var isPortfolio: Bool
  /// The absolute folder that relative file names start from: a declaration given by an absolute
  /// path outside it is named relative to it where a format wants relative names (SARIF).
  public var workingDirectory: String

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - otherRuleSets: with a profile map, the other profiles the map names, by id.
  ///   - otherFailOn: the gate threshold of each of them, by id, where it is not `failOn`.
  public init(
    options: RenderOptions, ruleSet: RuleSet, failOn: FailOn, isPortfolio: Bool, workingDirectory: String = "/",
    otherRuleSets: [String: RuleSet] = [:], otherFailOn: [String: FailOn] = [:]
  ) {
    self.options = options
    self.ruleSet = ruleSet
    self.otherRuleSets = otherRuleSets
    self.otherFailOn = otherFailOn
    var requirements = ruleSet.requirements
    var index: [String: Int] = [:]
    for (position, requirement) in requirements.enumerated() { index[requirement.id] = position }
    for id in otherRuleSets.keys.sorted() {
      for requirement in otherRuleSets[id]?.requirements ?? [] where index[requirement.id] == nil {
        index[requirement.id] = requirements.count
        requirements.append(requirement)
      }
    }
    self.requirements = requirements
    requirementIndex = index
    self.failOn = failOn
    self.isPortfolio = isPortfolio
    self.workingDirectory = workingDirectory
  }

  /// The other profiles of a run with a profile map (`--profile-map`), by id; `ruleSet` is the
  /// default one.
  public let otherRuleSets: [String: RuleSet]
  /// The gate threshold of each profile in `otherRuleSets` whose own threshold applies (no
  /// `--fail-on`), by id.
  public let otherFailOn: [String: FailOn]

  /// The requirement `rule` as the default profile resolves it, else as another profile of the
  /// run does, else with its pack's defaults; nil for an id no pack defines.
  public func resolved(_ rule: String) -> ResolvedRequirement? {
    if let index = requirementIndex[rule] { return requirements[index] }
    return ruleSet.catalog.allRequirements.first { $0.id == rule }.map(ResolvedRequirement.defaults)
  }

  /// The gate threshold that applies to a declaration judged by `profile`.
  public func failOn(for profile: String) -> FailOn {
    otherFailOn[profile] ?? failOn
  }

  /// The report language.
  public var language: Language { options.language }
}
