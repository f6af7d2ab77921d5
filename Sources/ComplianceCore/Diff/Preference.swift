import YAMLSupport

/// Which way a requirement's comparison prefers a field's value to move: the `max` of breach hours
/// prefers fewer, an `equals: true` prefers true. A diff calls an answer that moves against it
/// material, even when the finding does not change (48 hours to 60 under a limit of 72).
struct Preference: Sendable {
  enum Direction: Sendable {
    /// A smaller number is better (`max`).
    case lower
    /// A larger number is better (`min`).
    case higher
    /// One of these values is better (`equals`, `in`), or, negated, any other value.
    case oneOf([Literal], negated: Bool)
  }

  /// The requirement's id.
  var rule: String
  var direction: Direction

  /// Whether moving from `before` to `after` goes against the preference.
  func isWorse(from before: Value, to after: Value) -> Bool {
    switch direction {
    case .lower:
      guard let a = before.numeric, let b = after.numeric else { return false }
      return b > a
    case .higher:
      guard let a = before.numeric, let b = after.numeric else { return false }
      return b < a
    case .oneOf(let literals, let negated):
      let wasGood = literals.contains { $0.matches(before) } != negated
      let isGood = literals.contains { $0.matches(after) } != negated
      return wasGood && !isGood
    }
  }

  /// The preferences of every requirement of a rule set, by schema path. Conditions (`when`,
  /// `where`, `applies_when`) express no preference and are left out; informational requirements
  /// prefer nothing.
  static func table(for ruleSet: RuleSet) -> [String: [Preference]] {
    var table: [String: [Preference]] = [:]
    for resolved in ruleSet.requirements where !resolved.requirement.isInformational {
      collect(resolved.requirement.check, rule: resolved.requirement.id, negated: false, into: &table)
    }
    return table
  }

  private static func collect(_ check: Check, rule: String, negated: Bool, into table: inout [String: [Preference]]) {
    switch check {
    case .all(let checks), .any(let checks):
      for check in checks { collect(check, rule: rule, negated: negated, into: &table) }
    case .not(let inner): collect(inner, rule: rule, negated: !negated, into: &table)
    case .implies(_, let then): collect(then, rule: rule, negated: negated, into: &table)
    case .quantifier(let quantifier): collect(quantifier.body, rule: rule, negated: negated, into: &table)
    case .leaf(let leaf):
      // By the operators' descriptors, not their names: a renamed operator keeps its preference.
      let direction: Direction?
      switch (leaf.operation.operator, leaf.operation.argument) {
      case (.atMost, _): direction = negated ? .higher : .lower
      case (.atLeast, _): direction = negated ? .lower : .higher
      case (.equals, .value(let literal)): direction = .oneOf([literal], negated: negated)
      case (.notEquals, .value(let literal)): direction = .oneOf([literal], negated: !negated)
      case (.oneOf, .values(let literals)): direction = .oneOf(literals, negated: negated)
      case (.noneOf, .values(let literals)): direction = .oneOf(literals, negated: !negated)
      default: direction = nil
      }
      if let direction {
        table[leaf.subject.schemaPath, default: []].append(Preference(rule: rule, direction: direction))
      }
    }
  }
}
