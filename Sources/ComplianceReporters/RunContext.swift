public import ComplianceCore
public import YAMLSupport

/// What every part of a report may need to know about the run, known before the first file.
public struct RunContext: Sendable {
  /// Rendering options.
  public var options: RenderOptions
  /// The resolved profile: requirements, packs, parameters.
  public let ruleSet: RuleSet
  /// Each requirement's position in `ruleSet.requirements`, by id.
  public let requirementIndex: [String: Int]
  /// The gate threshold.
  public var failOn: FailOn
  /// Whether several declarations are checked (a portfolio report).
  public var isPortfolio: Bool
  /// The absolute folder that relative file names start from: a declaration given by an absolute
  /// path outside it is named relative to it where a format wants relative names (SARIF).
  public var workingDirectory: String

  /// Creates a context.
  public init(
    options: RenderOptions, ruleSet: RuleSet, failOn: FailOn, isPortfolio: Bool, workingDirectory: String = "/"
  ) {
    self.options = options
    self.ruleSet = ruleSet
    var index: [String: Int] = [:]
    for (position, requirement) in ruleSet.requirements.enumerated() { index[requirement.id] = position }
    requirementIndex = index
    self.failOn = failOn
    self.isPortfolio = isPortfolio
    self.workingDirectory = workingDirectory
  }

  /// The other profiles of a run with a profile map (`--profile-map`), by id; `ruleSet` is the
  /// default one.
  public var otherRuleSets: [String: RuleSet] = [:]
  /// The gate threshold of each profile in `otherRuleSets` whose own threshold applies (no
  /// `--fail-on`), by id.
  public var otherFailOn: [String: FailOn] = [:]

  /// The requirement `rule` as the default profile resolves it, else as another profile of the
  /// run does, else with its pack's defaults; nil for an id no pack defines.
  public func resolved(_ rule: String) -> ResolvedRequirement? {
    if let index = requirementIndex[rule] { return ruleSet.requirements[index] }
    for id in otherRuleSets.keys.sorted() {
      if let found = otherRuleSets[id]?.requirements.first(where: { $0.id == rule }) { return found }
    }
    return ruleSet.catalog.allRequirements.first { $0.id == rule }.map(ResolvedRequirement.defaults)
  }

  /// The gate threshold that applies to a declaration judged by `profile`.
  public func failOn(for profile: String) -> FailOn {
    otherFailOn[profile] ?? failOn
  }

  /// The report language.
  public var language: Language { options.language }
}
