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

  /// The report language.
  public var language: Language { options.language }
}
