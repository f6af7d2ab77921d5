import YAMLSupport

/// Evaluates checks against a declaration with three-valued (Kleene) logic.
///
/// A missing or null field makes its test unknown, not false (except `exists`, whose question is
/// whether the field is there): `all` is false if any part is false,
/// unknown if any part is unknown and none is false; `any` is true if any part is true. `each` over a
/// list is `all` over its items, `some` is `any`; an absent list is unknown.
struct Evaluator {
  let declaration: Declaration
  let asOf: Day
  let countries: Countries
  /// The parameters of the requirement being evaluated; set before each requirement.
  var parameters: [String: ParameterValue]
  let warningWindowDays: Int
  /// Whether outcomes carry evidence and data paths (`Checker.recordsEvidence`); truth, and the
  /// locations of missing fields, are the same either way.
  let recordsEvidence: Bool

  /// A position in the data: a value and its data path.
  struct Cursor {
    var value: Located
    var path: String
    var label: String?
  }

  private var current: Cursor
  private var bound: [String: Cursor] = [:]

  init(
    declaration: Declaration, asOf: Day, countries: Countries, parameters: [String: ParameterValue], warningWindowDays: Int,
    recordsEvidence: Bool = true
  ) {
    self.declaration = declaration
    self.recordsEvidence = recordsEvidence
    self.asOf = asOf
    self.countries = countries
    self.parameters = parameters
    self.warningWindowDays = warningWindowDays
    current = Cursor(value: declaration.root, path: "")
  }

  mutating func evaluate(_ check: Check) -> Outcome {
    switch check {
    case .all(let checks):
      var collector = Outcome.Collector()
      for check in checks { collector.add(evaluate(check)) }
      return collector.outcome(truth: collector.allTruth)
    case .any(let checks):
      var collector = Outcome.Collector()
      for check in checks { collector.add(evaluate(check)) }
      let truth = collector.anyTruth
      var outcome = collector.outcome(truth: truth)
      if truth == .no && checks.count > 1 {
        for index in outcome.failures.indices { outcome.failures[index].isAlternative = true }
      }
      return outcome
    case .not(let inner):
      let outcome = evaluate(inner)
      return Outcome(
        truth: outcome.truth.negated, failures: outcome.supports.map { $0.toggled() },
        supports: outcome.failures.map { $0.toggled() }, missing: outcome.missing)
    case .implies(let when, let then):
      return implication(when: when, then: then)
    case .quantifier(let quantifier):
      return evaluate(quantifier)
    case .leaf(let leaf):
      return evaluate(leaf)
    }
  }

  /// Kleene implication, keeping only the consequent's evidence: that the condition holds is not
  /// itself a failure worth reporting.
  private mutating func implication(when: Check, then: Check) -> Outcome {
    let condition = evaluate(when)
    if condition.truth == .no { return Outcome(truth: .yes, supports: condition.failures.map { $0.toggled() }) }
    let consequence = evaluate(then)
    if condition.truth == .yes || consequence.truth == .yes { return consequence }
    var outcome = consequence
    outcome.truth = .unknown
    outcome.missing = Array((condition.missing + consequence.missing).prefix(Outcome.maxEvidence))
    return outcome
  }

  // MARK: - Paths

  enum Resolution {
    case value(Cursor)
    case missing(Missing)
  }

  func resolve(_ subject: Subject) -> Resolution {
    var cursor: Cursor
    switch subject.base {
    case .current: cursor = current
    case .root: cursor = Cursor(value: declaration.root, path: "")
    case .bound(let name): cursor = bound[name] ?? current
    }
    guard !subject.keys.isEmpty else { return .value(cursor) }
    // The path is written once, when the walk ends: reached, or stopped at a missing key; not at
    // all when no evidence is recorded.
    func path(through index: Int) -> String {
      guard recordsEvidence else { return "" }
      if index == subject.keys.count - 1 {
        return cursor.path.isEmpty ? subject.dottedKeys : cursor.path + "." + subject.dottedKeys
      }
      if index == 0 && cursor.path.isEmpty { return subject.keys[0] }
      var path = cursor.path
      for key in subject.keys[...index] {
        if !path.isEmpty { path += "." }
        path += key
      }
      return path
    }
    var value = cursor.value
    for index in subject.keys.indices {
      guard case .object(let members) = value.value, let next = members[subject.keys[index]] else {
        return .missing(Missing(path: path(through: index), location: value.keyLocation(in: declaration.file)))
      }
      if next.isNull {
        return .missing(Missing(path: path(through: index), location: next.keyLocation(in: declaration.file)))
      }
      value = next
    }
    return .value(Cursor(value: value, path: path(through: subject.keys.count - 1), label: cursor.label))
  }

  // MARK: - Quantifiers

  private mutating func evaluate(_ quantifier: Quantifier) -> Outcome {
    let list: Cursor
    switch resolve(quantifier.list) {
    case .missing(let missing): return Outcome(truth: .unknown, missing: [missing])
    case .value(let cursor): list = cursor
    }
    guard case .list(let items) = list.value.value else { return Outcome(truth: .unknown) }
    let saved = current
    let savedBound = bound
    defer {
      current = saved
      bound = savedBound
    }
    var collector = Outcome.Collector()
    for (index, item) in items.enumerated() {
      let cursor =
        recordsEvidence
        ? Cursor(value: item, path: "\(list.path)[\(index)]", label: Self.label(of: item) ?? list.label)
        : Cursor(value: item, path: "", label: nil)
      current = cursor
      if let name = quantifier.name { bound[name] = cursor }
      var outcome: Outcome
      if quantifier.isUniversal {
        outcome = quantifier.filter.map { implication(when: $0, then: quantifier.body) } ?? evaluate(quantifier.body)
      } else if let filter = quantifier.filter {
        // An item the filter leaves out is no match, and not a failure worth reporting.
        let selected = evaluate(filter)
        if selected.truth == .no { continue }
        outcome = evaluate(quantifier.body)
        if selected.truth == .unknown && outcome.truth == .yes {
          outcome.truth = .unknown
          outcome.missing = selected.missing
        }
      } else {
        outcome = evaluate(quantifier.body)
      }
      collector.add(outcome)
    }
    if quantifier.isUniversal {
      var outcome = collector.outcome(truth: collector.allTruth)
      if items.isEmpty && recordsEvidence {
        outcome.supports = [Evidence(path: list.path, label: list.label, location: list.value.location(in: declaration.file), actualText: "[]", expectation: .someItem(list: list.path), negated: true)]
      }
      return outcome
    }
    let truth = collector.anyTruth
    var outcome = collector.outcome(truth: truth)
    if truth == .no && recordsEvidence {
      // Point at the item being checked when the search is a join from an enclosing item.
      let at = saved.path.isEmpty ? list.value.location(in: declaration.file) : saved.value.location(in: declaration.file)
      let summary = Evidence(
        path: saved.path.isEmpty ? list.path : saved.path, label: saved.path.isEmpty ? nil : saved.label,
        location: at, actualText: nil, expectation: .someItem(list: list.path), negated: false)
      outcome.failures = [summary] + outcome.failures.prefix(3)
    }
    return outcome
  }

  /// A human label for a list item: its name, recipient, country, standard or kind.
  static func label(of item: Located) -> String? {
    guard case .object(let members) = item.value else { return nil }
    for key in ["name", "recipient", "country", "standard", "kind"] {
      if case .string(let text)? = members[key]?.value { return text }
    }
    return nil
  }

  // MARK: - Leaves

  private func bound(_ operand: Operand) -> Double {
    switch operand {
    case .literal(let value): return value
    case .parameter(let name): return parameters[name]?.numeric ?? 0
    }
  }

  /// A bound as a whole number of days or months. Rule files and profiles hold these to 100
  /// years; the clamp keeps any other value from trapping (date arithmetic saturates).
  static func wholeCount(_ value: Double) -> Int {
    guard !value.isNaN else { return 0 }
    return Int(min(max(value, -1e9), 1e9))
  }

  private func evaluate(_ leaf: Leaf) -> Outcome {
    if leaf.operation == .exists {
      switch resolve(leaf.subject) {
      case .missing(let missing):
        guard recordsEvidence else { return Outcome(truth: .no) }
        return Outcome(truth: .no, failures: [Evidence(path: missing.path, label: current.label, location: missing.location, actualText: nil, expectation: .exists, negated: false)])
      case .value(let cursor):
        guard recordsEvidence else { return Outcome(truth: .yes) }
        return Outcome(truth: .yes, supports: [Evidence(path: cursor.path, label: cursor.label, location: cursor.value.location(in: declaration.file), actual: cursor.value.value, expectation: .exists, negated: false)])
      }
    }
    let cursor: Cursor
    switch resolve(leaf.subject) {
    case .missing(let missing): return Outcome(truth: .unknown, missing: [missing])
    case .value(let value): cursor = value
    }
    let value = cursor.value.value
    func outcome(_ passed: Bool, _ expectation: Evidence.Expectation, negated: Bool = false, lapse: Day? = nil) -> Outcome {
      var result = Outcome(truth: passed ? .yes : .no)
      if recordsEvidence {
        let evidence = Evidence(path: cursor.path, label: cursor.label, location: cursor.value.location(in: declaration.file), actual: value, expectation: expectation, negated: negated)
        if passed { result.supports = [evidence] } else { result.failures = [evidence] }
      }
      if passed, let lapse, lapse.ordinal - asOf.ordinal <= warningWindowDays {
        result.lapses = [Lapse(path: cursor.path, label: cursor.label, location: cursor.value.location(in: declaration.file), lapsesOn: lapse, daysLeft: lapse.ordinal - 1 - asOf.ordinal)]
      }
      return result
    }
    switch leaf.operation {
    case .equals(let literal):
      return outcome(literal.matches(value), .equals(literal))
    case .notEquals(let literal):
      return outcome(!literal.matches(value), .equals(literal), negated: true)
    case .oneOf(let literals):
      return outcome(literals.contains { $0.matches(value) }, .oneOf(literals))
    case .noneOf(let literals):
      return outcome(!literals.contains { $0.matches(value) }, .oneOf(literals), negated: true)
    case .inSet(let name), .notInSet(let name):
      let isMember = value.stringValue.map { countries.sets[name]?.contains($0) ?? false } ?? false
      let wanted = leaf.operation == .inSet(name)
      return outcome(isMember == wanted, .inSet(name), negated: !wanted)
    case .atLeast(let operand):
      let limit = bound(operand)
      return outcome((value.numeric ?? -.infinity) >= limit, .atLeast(limit))
    case .atMost(let operand):
      let limit = bound(operand)
      return outcome((value.numeric ?? .infinity) <= limit, .atMost(limit))
    case .nonEmpty:
      switch value {
      case .string(let text): return outcome(text.hasNonWhitespace, .nonEmpty)
      case .list(let items): return outcome(!items.isEmpty, .nonEmpty)
      default: return outcome(true, .nonEmpty)
      }
    case .maxAgeDays(let operand), .maxAgeMonths(let operand):
      guard case .date(let day) = value else { return Outcome(truth: .unknown) }
      let amount = Self.wholeCount(bound(operand))
      let isDays: Bool
      if case .maxAgeDays = leaf.operation { isDays = true } else { isDays = false }
      let cutoff = isDays ? asOf.adding(days: -amount) : asOf.adding(months: -amount)
      let lapse = isDays ? day.adding(days: amount + 1) : day.adding(months: amount).adding(days: 1)
      return outcome(day >= cutoff, .onOrAfter(cutoff), lapse: lapse)
    case .notExpired:
      guard case .date(let day) = value else { return Outcome(truth: .unknown) }
      return outcome(day >= asOf, .onOrAfter(asOf), lapse: day.adding(days: 1))
    case .minItems(let operand):
      guard case .list(let items) = value else { return Outcome(truth: .unknown) }
      let limit = bound(operand)
      return outcome(Double(items.count) >= limit, .minItems(limit))
    case .containsAll(let literals), .containsAny(let literals):
      guard case .list(let items) = value else { return Outcome(truth: .unknown) }
      let missing = literals.filter { literal in !items.contains { literal.matches($0.value) } }
      if case .containsAll = leaf.operation {
        return outcome(missing.isEmpty, .containsAll(literals, missing: missing))
      }
      return outcome(missing.count < literals.count, .containsAny(literals))
    case .exists, .answered:
      // A value was read: the field is answered (absence was handled above as unknown). `exists`
      // returned before this switch.
      return outcome(true, .exists)
    case .sameAs, .differentFrom:
      guard let otherSubject = leaf.other else { return Outcome(truth: .unknown) }
      switch resolve(otherSubject) {
      case .missing(let missing): return Outcome(truth: .unknown, missing: [missing])
      case .value(let other):
        let equal = other.value.value == value
        let wanted = leaf.operation == .sameAs
        return outcome(equal == wanted, .sameAs(path: other.path, value: other.value.value), negated: !wanted)
      }
    }
  }
}

extension String {
  /// Whether any character is not whitespace. A printable ASCII byte settles it without breaking
  /// the text into grapheme clusters: it starts a character, or follows a prepended mark that is
  /// not whitespace either.
  var hasNonWhitespace: Bool {
    if utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return true }
    return !trimmingWhitespace.isEmpty
  }

  var trimmingWhitespace: Substring {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
    return self[start..<max(start, end)]
  }
}
