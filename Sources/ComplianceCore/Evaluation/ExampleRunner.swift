public import YAMLSupport

/// Runs every requirement's examples: the proof that each rule says what it means.
public enum ExampleRunner {
  /// The result of one example.
  public struct Result: Sendable {
    /// The requirement id.
    public var rule: String
    /// The pack.
    public var pack: String
    /// The example's name.
    public var name: String?
    /// What the example expects.
    public var expected: Status
    /// What the requirement gave.
    public var actual: Status
    /// The message of the finding (why it came out as it did).
    public var message: String
    /// Where the example is.
    public var location: SourceLocation

    /// Whether the example came out as expected.
    public var passed: Bool { expected == actual }
  }

  /// Example coverage of one pack.
  public struct Coverage: Sendable {
    /// The pack.
    public var pack: String
    /// Requirements in the pack.
    public var requirements: Int
    /// Requirements with at least one example of each status.
    public var withMet: Int, withGap: Int, withUnanswered: Int
    /// Requirements lacking a met or a gap example (an informational requirement needs no gap).
    public var incomplete: [String]
  }

  /// The date examples are evaluated at when neither the example nor its pack gives one.
  public static let defaultAsOf = Day(year: 2026, month: 1, day: 1) ?? Day(ordinal: 0)

  /// Runs all examples of all packs with each requirement's default parameters.
  public static func run(_ catalog: Catalog) -> [Result] {
    var results: [Result] = []
    for pack in catalog.packs {
      for requirement in pack.requirements {
        let resolved = ResolvedRequirement.defaults(requirement)
        for example in requirement.examples {
          let asOf = example.asOf ?? pack.examplesAsOf ?? defaultAsOf
          let finding = Checker.evaluate(
            resolved, pack: pack, declaration: example.declaration, asOf: asOf,
            countries: catalog.countries, warningWindowDays: RuleSet.defaultWarningWindowDays)
          results.append(
            Result(
              rule: requirement.id, pack: pack.id, name: example.name, expected: example.expect,
              actual: finding.status, message: finding.message(.en), location: example.location))
        }
      }
    }
    return results
  }

  /// Example coverage per pack.
  public static func coverage(_ catalog: Catalog) -> [Coverage] {
    catalog.packs.map { pack in
      var coverage = Coverage(
        pack: pack.id, requirements: pack.requirements.count, withMet: 0, withGap: 0, withUnanswered: 0, incomplete: [])
      for requirement in pack.requirements {
        let kinds = Set(requirement.examples.map(\.expect))
        if kinds.contains(.met) { coverage.withMet += 1 }
        if kinds.contains(.gap) { coverage.withGap += 1 }
        if kinds.contains(.unanswered) { coverage.withUnanswered += 1 }
        if !kinds.contains(.met) || !(kinds.contains(.gap) || requirement.isInformational) {
          coverage.incomplete.append(requirement.id)
        }
      }
      return coverage
    }
  }
}
