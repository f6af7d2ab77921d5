import YAMLSupport

/// Evaluates checks against a declaration with three-valued (Kleene) logic.
///
/// A missing or null field makes its test unknown, not false (except `exists`, whose question is
/// whether the field is there): `all` is false if any part is false,
/// unknown if any part is unknown and none is false; `any` is true if any part is true. `each` over a
/// list is `all` over its items, `some` is `any`; an absent list is unknown.
struct Evaluator {
  let declaration: Declaration
  /// The evaluation date and the country data, as every operator's test reads them.
  let context: Operator.Context
  /// The evaluation date.
  var asOf: Day { context.asOf }
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

  /// The current item and the bound ones, saved before a walk and restored after it.
  private var position: (current: Cursor, bound: [String: Cursor]) {
    get { (current, bound) }
    set { (current, bound) = newValue }
  }

  /// Steps (checks and list items visited) that may still be taken for this declaration.
  private var stepsLeft: Int
  /// Where evaluation stopped when the steps ran out: the outermost list being walked, if any.
  private(set) var exhaustedAt: SourceLocation?
  /// Whether the steps ran out: every outcome after that is unknown, and the declaration must be
  /// reported as too costly to evaluate rather than with findings.
  var isExhausted: Bool { stepsLeft <= 0 }
  /// How many quantifiers are being walked, and the list of the outermost one.
  private var quantifierDepth = 0
  private var outermostList: SourceLocation?
  /// Indexes of lists by the values of one field, built once per declaration for joins (`some`
  /// whose check compares an item's field with a bound item's).
  private var joinIndexes: [JoinKey: JoinIndex] = [:]
  private var nestedIndexes: [JoinKey: NestedJoinIndex] = [:]

  /// The evaluation budget for a declaration of `nodes` YAML nodes: enough for any check that is
  /// linear in the declaration's size, far short of one that multiplies list sizes.
  static func stepBudget(nodes: Int) -> Int { max(1_000_000, nodes.multipliedReportingOverflow(by: 16).partialValue) }

  init(
    declaration: Declaration, asOf: Day, countries: Countries, parameters: [String: ParameterValue],
    warningWindowDays: Int,
    recordsEvidence: Bool = true
  ) {
    self.declaration = declaration
    self.recordsEvidence = recordsEvidence
    context = Operator.Context(asOf: asOf, countries: countries)
    self.parameters = parameters
    self.warningWindowDays = warningWindowDays
    current = Cursor(value: declaration.root, path: "")
    stepsLeft = Self.stepBudget(nodes: declaration.nodeCount)
  }

  /// Takes one step; false when the budget has run out (the first time, where is recorded).
  private mutating func step() -> Bool {
    guard stepsLeft > 0 else { return false }
    stepsLeft -= 1
    if stepsLeft == 0 { exhaustedAt = outermostList ?? current.value.location(in: declaration.file) }
    return true
  }

  mutating func evaluate(_ check: Check) -> Outcome {
    guard step() else { return Outcome(truth: .unknown) }
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
    if quantifier.recursiveKey == nil, let outcome = joined(quantifier, list: list, items: items) { return outcome }
    // A chain is listed first; a plain list is walked as it is, without a copy of its items.
    let chained = quantifier.recursiveKey.map { chain(list, items: items, key: $0) }
    let saved = position
    if quantifierDepth == 0 { outermostList = list.value.location(in: declaration.file) }
    quantifierDepth += 1
    defer {
      position = saved
      quantifierDepth -= 1
    }
    var collector = Outcome.Collector()
    for offset in 0..<(chained?.count ?? items.count) {
      guard step() else { return Outcome(truth: .unknown) }
      let (item, index, itemList) = chained?[offset] ?? (items[offset], offset, list)
      enter(item, at: index, of: itemList, as: quantifier.name)
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
        outcome.supports = [
          Evidence(
            path: list.path, label: list.label, location: list.value.location(in: declaration.file), actualText: "[]",
            expectation: .someItem(list: list.path), negated: true)
        ]
      }
      return outcome
    }
    let truth = collector.anyTruth
    var outcome = collector.outcome(truth: truth)
    if truth == .no && recordsEvidence {
      outcome.failures = noMatch(in: list, from: saved.current, failures: outcome.failures)
    }
    return outcome
  }

  /// The items of `list` and, depth first, of each item's list under `key`, at every level: a chain
  /// of sub-processors. The levels are bounded by the questionnaire (`Questionnaire.maxChainLevels`).
  private func chain(_ list: Cursor, items: [Located], key: String) -> [(Located, Int, Cursor)] {
    var result: [(Located, Int, Cursor)] = []
    for (index, item) in items.enumerated() {
      result.append((item, index, list))
      guard case .object(let members) = item.value, let below = members[key], case .list(let inner) = below.value
      else { continue }
      let path = recordsEvidence ? "\(list.path)[\(index)].\(key)" : ""
      result += chain(Cursor(value: below, path: path, label: Self.label(of: item)), items: inner, key: key)
    }
    return result
  }

  /// Makes the item at `index` of `list` the current one (and binds it to `name`).
  private mutating func enter(_ item: Located, at index: Int, of list: Cursor, as name: String?) {
    let cursor =
      recordsEvidence
      ? Cursor(value: item, path: "\(list.path)[\(index)]", label: Self.label(of: item) ?? list.label)
      : Cursor(value: item, path: "", label: nil)
    current = cursor
    if let name { bound[name] = cursor }
  }

  /// The failures of a `some` that no item passed: a summary, then the first three items' failures.
  private func noMatch(in list: Cursor, from outer: Cursor, failures: [Evidence]) -> [Evidence] {
    // Point at the item being checked when the search is a join from an enclosing item.
    let at = outer.path.isEmpty ? list.value.location(in: declaration.file) : outer.value.location(in: declaration.file)
    let summary = Evidence(
      path: outer.path.isEmpty ? list.path : outer.path, label: outer.path.isEmpty ? nil : outer.label,
      location: at, actualText: nil, expectation: .someItem(list: list.path), negated: false)
    var shown = Array(failures.prefix(3))
    // In a join the items compared with are context: the failure is the enclosing item's.
    if !outer.path.isEmpty {
      for index in shown.indices { shown[index].isContext = true }
    }
    return [summary] + shown
  }

  // MARK: - Joins

  /// A list indexed by the values that one field of its items takes.
  struct JoinIndex {
    /// The items whose field has each value, in list order.
    var itemsByValue: [Value: [Int]] = [:]
    /// The field's absences, as a walk over the list reports them.
    var missing: [Missing] = []
  }

  /// A list whose items each hold a list that is joined: for each value, the outer items whose
  /// inner list has an item with that value.
  struct NestedJoinIndex {
    /// The outer items whose inner list matches each value, in list order.
    var itemsByValue: [Value: [Int]] = [:]
    /// The outer items whose inner `some` is unknown unless it matches: its list is absent or not a
    /// list, or some of its items lack the field. In list order, with what each reports missing.
    var uncertain: [(item: Int, missing: [Missing], inner: JoinIndex?)] = []
  }

  /// Which list a join walks: the quantifier, and the list's place (a quantifier inside another
  /// walks a list of each outer item).
  private struct JoinKey: Hashable {
    var quantifier: ObjectIdentifier
    var list: SourceLocation
    var path: String
  }

  /// The comparison of a join: `some` (no `where`) whose check is `{field: f, same_as: name.g}`
  /// with `name` bound to an enclosing item other than `outer`'s.
  private func joinComparison(_ quantifier: Quantifier, outer: Quantifier? = nil) -> Leaf? {
    guard !quantifier.isUniversal, quantifier.filter == nil, case .leaf(let leaf) = quantifier.body,
      leaf.operation.operator.isEqualityWithPath, leaf.subject.base == .current, let other = leaf.other,
      case .bound(let name) = other.base, name != quantifier.name, name != outer?.name, bound[name] != nil
    else { return nil }
    return leaf
  }

  /// Answers a join from an index instead of comparing every item with every other, so that it
  /// takes time linear in the sizes of the lists: a `some` whose check is `{field: f, same_as:
  /// name.g}` with `name` bound to an enclosing item, or a `some` whose check is such a `some` over
  /// a list of each item (`some: $.subprocessors.list` / `some: countries` / `same_as: backup`).
  ///
  /// The outcome is the one the item-by-item walk gives in every part that can be read: the
  /// supports of the first matches, the missing fields, and the failures when nothing matches (a
  /// true outcome's failures and an unknown one's are never shown). Nil when the quantifier is not
  /// such a join, or the bound value is missing (then the walk reports it).
  private mutating func joined(_ quantifier: Quantifier, list: Cursor, items: [Located]) -> Outcome? {
    guard !items.isEmpty else { return nil }
    if let leaf = joinComparison(quantifier) {
      guard let other = leaf.other, case .value(let target) = resolve(other) else { return nil }
      return joined(quantifier, leaf: leaf, target: target.value.value, list: list, items: items)
    }
    guard !quantifier.isUniversal, quantifier.filter == nil, case .quantifier(let inner) = quantifier.body,
      inner.list.base == .current, let leaf = joinComparison(inner, outer: quantifier),
      let other = leaf.other, case .value(let target) = resolve(other)
    else { return nil }
    return nested(quantifier, inner: inner, leaf: leaf, target: target.value.value, list: list, items: items)
  }

  /// The index of `list` by the field `leaf` reads, built on first use.
  private mutating func joinIndex(_ quantifier: Quantifier, leaf: Leaf, list: Cursor, items: [Located]) -> JoinIndex? {
    let key = JoinKey(
      quantifier: ObjectIdentifier(quantifier), list: list.value.location(in: declaration.file), path: list.path)
    if let index = joinIndexes[key] { return index }
    let saved = position
    defer { position = saved }
    var index = JoinIndex()
    var missing = Outcome.Collector()
    for (position, item) in items.enumerated() {
      guard step() else { return nil }
      enter(item, at: position, of: list, as: quantifier.name)
      switch resolve(leaf.subject) {
      case .missing(let absent): missing.add(Outcome(truth: .unknown, missing: [absent]))
      case .value(let cursor): index.itemsByValue[cursor.value.value, default: []].append(position)
      }
    }
    index.missing = missing.outcome(truth: .unknown).missing
    joinIndexes[key] = index
    return index
  }

  private mutating func joined(
    _ quantifier: Quantifier, leaf: Leaf, target: Value, list: Cursor, items: [Located]
  ) -> Outcome? {
    guard let index = joinIndex(quantifier, leaf: leaf, list: list, items: items) else {
      return Outcome(truth: .unknown)
    }
    let saved = position
    defer { position = saved }
    var collector = Outcome.Collector()
    if let matches = index.itemsByValue[target] {
      for position in matches.prefix(Outcome.maxEvidence) {
        enter(items[position], at: position, of: list, as: quantifier.name)
        collector.add(evaluate(quantifier.body))
      }
      if !index.missing.isEmpty { collector.add(Outcome(truth: .unknown, missing: index.missing)) }
      return collector.outcome(truth: isExhausted ? .unknown : .yes)
    }
    if !index.missing.isEmpty { return Outcome(truth: .unknown, missing: index.missing) }
    return noneMatched(quantifier, list: list, items: items, from: saved.current)
  }

  /// A `some` that no item passed and none left unknown: the first three items' failures, as the
  /// walk reports them (each item gives at least one, with a path of its own).
  private mutating func noneMatched(_ quantifier: Quantifier, list: Cursor, items: [Located], from outer: Cursor)
    -> Outcome
  {
    guard recordsEvidence else { return Outcome(truth: .no) }
    var collector = Outcome.Collector()
    for position in items.indices.prefix(3) {
      enter(items[position], at: position, of: list, as: quantifier.name)
      collector.add(evaluate(quantifier.body))
    }
    var outcome = collector.outcome(truth: isExhausted ? .unknown : .no)
    outcome.failures = noMatch(in: list, from: outer, failures: outcome.failures)
    return outcome
  }

  /// The index of `list` by the values its items' inner lists match, built on first use.
  private mutating func nestedIndex(
    _ quantifier: Quantifier, inner: Quantifier, leaf: Leaf, list: Cursor, items: [Located]
  ) -> NestedJoinIndex? {
    let key = JoinKey(
      quantifier: ObjectIdentifier(quantifier), list: list.value.location(in: declaration.file), path: list.path)
    if let index = nestedIndexes[key] { return index }
    let saved = position
    defer { position = saved }
    var index = NestedJoinIndex()
    for (position, item) in items.enumerated() {
      guard step() else { return nil }
      enter(item, at: position, of: list, as: quantifier.name)
      switch resolve(inner.list) {
      case .missing(let absent): index.uncertain.append((position, [absent], nil))
      case .value(let cursor):
        guard case .list(let innerItems) = cursor.value.value else {
          index.uncertain.append((position, [], nil))
          continue
        }
        guard !innerItems.isEmpty else { continue }
        guard let innerIndex = joinIndex(inner, leaf: leaf, list: cursor, items: innerItems) else { return nil }
        for value in innerIndex.itemsByValue.keys { index.itemsByValue[value, default: []].append(position) }
        if !innerIndex.missing.isEmpty { index.uncertain.append((position, innerIndex.missing, innerIndex)) }
      }
    }
    nestedIndexes[key] = index
    return index
  }

  private mutating func nested(
    _ quantifier: Quantifier, inner: Quantifier, leaf: Leaf, target: Value, list: Cursor, items: [Located]
  ) -> Outcome? {
    guard let index = nestedIndex(quantifier, inner: inner, leaf: leaf, list: list, items: items) else {
      return Outcome(truth: .unknown)
    }
    let saved = position
    defer { position = saved }
    // The missing fields of the outer items whose inner `some` stays unknown for this value, as
    // the walk gathers them: in order, the first `maxEvidence` distinct ones.
    var isUnknown = false
    var missing: [Missing] = []
    for entry in index.uncertain where entry.inner?.itemsByValue[target] == nil {
      guard step() else { return Outcome(truth: .unknown) }
      isUnknown = true
      for absent in entry.missing
      where !missing.contains(where: { $0.location == absent.location && $0.path == absent.path }) {
        missing.append(absent)
      }
      if missing.count >= Outcome.maxEvidence { break }
    }
    missing = Array(missing.prefix(Outcome.maxEvidence))
    if let matches = index.itemsByValue[target] {
      var collector = Outcome.Collector()
      for position in matches.prefix(Outcome.maxEvidence) {
        enter(items[position], at: position, of: list, as: quantifier.name)
        collector.add(evaluate(quantifier.body))
      }
      if isUnknown { collector.add(Outcome(truth: .unknown, missing: missing)) }
      return collector.outcome(truth: isExhausted ? .unknown : .yes)
    }
    if isUnknown { return Outcome(truth: .unknown, missing: missing) }
    return noneMatched(quantifier, list: list, items: items, from: saved.current)
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

  /// Applies the leaf's operator to the value its subject reads, with the operand's bound or the
  /// value at its path read first.
  private func evaluate(_ leaf: Leaf) -> Outcome {
    let cursor: Cursor
    switch resolve(leaf.subject) {
    case .missing(let missing):
      // Absence makes a test unknown, but for an operator whose question is whether the field is
      // there (`exists`): for it, absence is the failure.
      guard let wording = leaf.operation.operator.whenAbsent else {
        return Outcome(truth: .unknown, missing: [missing])
      }
      guard recordsEvidence else { return Outcome(truth: .no) }
      var evidence = Evidence(
        path: missing.path, label: current.label, location: missing.location, actualText: nil,
        expectation: .test(wording, .none), negated: false)
      evidence.says = leaf.says
      return Outcome(truth: .no, failures: [evidence])
    case .value(let value): cursor = value
    }
    var reading = Operator.Reading()
    switch leaf.operation.argument {
    case .bound(.literal(let number)): reading.bound = number
    case .bound(.parameter(let name)): reading.bound = parameters[name]?.numeric ?? 0
    case .bound(.field(let subject)):
      // A bound read from the declaration: its absence makes the test unknown, like the value's.
      switch resolve(subject) {
      case .missing(let missing): return Outcome(truth: .unknown, missing: [missing])
      case .value(let bound):
        guard let number = bound.value.value.numeric else { return Outcome(truth: .unknown) }
        reading.bound = number
      }
    case .path(let subject):
      switch resolve(subject) {
      case .missing(let missing): return Outcome(truth: .unknown, missing: [missing])
      case .value(let other): reading.other = Operator.Comparand(path: other.path, value: other.value.value)
      }
    case .dateOffset(let subject, let days):
      switch resolve(subject) {
      case .missing(let missing): return Outcome(truth: .unknown, missing: [missing])
      case .value(let other): reading.other = Operator.Comparand(path: other.path, value: other.value.value)
      }
      switch days {
      case .literal(let number): reading.bound = number
      case .parameter(let name): reading.bound = parameters[name]?.numeric ?? 0
      case .field(let subject):
        switch resolve(subject) {
        case .missing(let missing): return Outcome(truth: .unknown, missing: [missing])
        case .value(let bound):
          guard let number = bound.value.value.numeric else { return Outcome(truth: .unknown) }
          reading.bound = number
        }
      }
    case .none, .value, .values, .countrySet: break
    }
    switch leaf.operation.operator.evaluate(cursor.value.value, leaf.operation.argument, reading, context) {
    case .unknown:
      return Outcome(truth: .unknown)
    case .tested(let passed, let wording, let expected, let negated, let lapse):
      var result = Outcome(truth: passed ? .yes : .no)
      if recordsEvidence {
        var evidence = Evidence(
          path: cursor.path, label: cursor.label, location: cursor.value.location(in: declaration.file),
          actual: cursor.value.value, expectation: .test(wording, expected), negated: negated)
        evidence.says = leaf.says
        if passed { result.supports = [evidence] } else { result.failures = [evidence] }
      }
      if passed, let lapse, lapse.ordinal - asOf.ordinal <= warningWindowDays {
        result.lapses = [
          Lapse(
            path: cursor.path, label: cursor.label, location: cursor.value.location(in: declaration.file),
            lapsesOn: lapse, daysLeft: lapse.ordinal - 1 - asOf.ordinal)
        ]
      }
      return result
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
