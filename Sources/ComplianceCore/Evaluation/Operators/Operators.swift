import YAMLSupport

/// The operators of the check language: the one table the parser, the evaluator, `explain`, the
/// reports' wording and `docs/rule-language.md` read.
///
/// To add an operator, add its descriptor here and to `all`, with a sample in
/// `Tests/ComplianceCoreTests/OperatorTableTests.swift`, and regenerate the operator table of the
/// documentation (`RECORD_SNAPSHOTS=1 swift test --filter OperatorReferenceTests`). An operand or a
/// field requirement of a new kind needs `OperandKind` or `FieldRequirement` too.
extension Operator {
  /// Every operator, in the order error messages list them.
  public static let all: [Operator] = [
    equals, notEquals, oneOf, noneOf, inSet, notInSet, atLeast, atMost, nonEmpty, exists, answered,
    maxAgeDays, maxAgeMonths, notExpired, after, minItems, containsAll, containsAny, sameAs, differentFrom,
  ]

  // MARK: - Comparisons with values

  static let equals = Operator(
    name: "equals", operand: .value, fields: .singleValue, summary: "the value is V",
    wordings: [Wording.equals]
  ) { value, argument, _, _ in
    guard case .value(let literal) = argument else { return .unknown }
    return .tested(literal.matches(value), Wording.equals, .literal(literal))
  }

  static let notEquals = Operator(
    name: "not_equals", operand: .value, fields: .singleValue, summary: "the value is not V",
    wordings: [Wording.equals]
  ) { value, argument, _, _ in
    guard case .value(let literal) = argument else { return .unknown }
    return .tested(!literal.matches(value), Wording.equals, .literal(literal), negated: true)
  }

  static let oneOf = Operator(
    name: "in", operand: .values, fields: .singleValue, summary: "the value is one of them",
    wordings: [Wording.oneOf]
  ) { value, argument, _, _ in
    guard case .values(let literals) = argument else { return .unknown }
    return .tested(literals.contains { $0.matches(value) }, Wording.oneOf, .literals(literals))
  }

  static let noneOf = Operator(
    name: "not_in", operand: .values, fields: .singleValue, summary: "the value is none of them",
    wordings: [Wording.oneOf]
  ) { value, argument, _, _ in
    guard case .values(let literals) = argument else { return .unknown }
    return .tested(!literals.contains { $0.matches(value) }, Wording.oneOf, .literals(literals), negated: true)
  }

  // MARK: - Countries

  static let inSet = Operator(
    name: "in_set", operand: .countrySet, fields: countries,
    summary: "the country is in the named set S (see \"Country sets\" below)", wordings: [Wording.inSet]
  ) { value, argument, _, context in
    guard case .countrySet(let name) = argument else { return .unknown }
    let isMember = isCountry(value, in: name, context)
    return .tested(isMember, Wording.inSet, .name(name))
  }

  static let notInSet = Operator(
    name: "not_in_set", operand: .countrySet, fields: countries, summary: "the country is not in the named set S",
    wordings: [Wording.inSet]
  ) { value, argument, _, context in
    guard case .countrySet(let name) = argument else { return .unknown }
    let isMember = isCountry(value, in: name, context)
    return .tested(!isMember, Wording.inSet, .name(name), negated: true)
  }

  // MARK: - Numbers

  static let atLeast = Operator(
    name: "min", operand: .number(nil), fields: numbers, summary: "value ≥ N", wordings: [Wording.atLeast]
  ) { value, _, reading, _ in
    .tested((value.numeric ?? -.infinity) >= reading.bound, Wording.atLeast, .number(reading.bound))
  }

  static let atMost = Operator(
    name: "max", operand: .number(nil), fields: numbers, summary: "value ≤ N", wordings: [Wording.atMost]
  ) { value, _, reading, _ in
    .tested((value.numeric ?? .infinity) <= reading.bound, Wording.atMost, .number(reading.bound))
  }

  // MARK: - Answers

  static let nonEmpty = Operator(
    name: "non_empty", operand: .flag,
    fields: FieldRequirement("string, email, url, list") { _, path, type in
      type == .string || type == .list || type == .email || type == .url
        ? nil : DiagnosticMessage(.checkNonEmpty, .text(path), .text(type.rawValue))
    },
    summary: "the text is not blank / the list has an item", wordings: [Wording.nonEmpty]
  ) { value, _, _, _ in
    switch value {
    case .string(let text): .tested(text.hasNonWhitespace, Wording.nonEmpty, .none)
    case .list(let items): .tested(!items.isEmpty, Wording.nonEmpty, .none)
    default: .tested(true, Wording.nonEmpty, .none)
    }
  }

  static let exists = Operator(
    name: "exists", operand: .flag, fields: .anyType,
    summary: "the field is answered; **absent or null is false, not unknown** — use it only where other answers"
      + " make the field obligatory (a sub-processor outside the EEA must have a `transfer`)",
    wordings: [Wording.answered], whenAbsent: Wording.answered
  ) { _, _, _, _ in
    .tested(true, Wording.answered, .none)
  }

  static let answered = Operator(
    name: "answered", operand: .flag, fields: .anyType,
    summary: "the field is answered (any value); absent or null is unknown, as for every other test",
    wordings: [Wording.answered], canBeFalse: false
  ) { _, _, _, _ in
    .tested(true, Wording.answered, .none)
  }

  // MARK: - Dates

  static let maxAgeDays = Operator(
    name: "max_age_days", operand: .number(.days), fields: dates,
    summary: "the date is no older than N days before the evaluation date, and not after it",
    wordings: [Wording.onOrAfter, Wording.notAfter]
  ) { value, _, reading, context in
    maxAge(value, reading, context) { day, amount in day.adding(days: amount) }
  }

  static let maxAgeMonths = Operator(
    name: "max_age_months", operand: .number(.months), fields: dates,
    summary: "the date is no older than N months before the evaluation date, and not after it",
    wordings: [Wording.onOrAfter, Wording.notAfter]
  ) { value, _, reading, context in
    maxAge(value, reading, context) { day, amount in day.adding(months: amount) }
  }

  static let notExpired = Operator(
    name: "not_expired", operand: .flag, fields: dates, summary: "the date is on or after the evaluation date",
    wordings: [Wording.onOrAfter]
  ) { value, _, _, context in
    guard case .date(let day) = value else { return .unknown }
    return .tested(day >= context.asOf, Wording.onOrAfter, .day(context.asOf), lapse: day.adding(days: 1))
  }

  static let after = Operator(
    name: "after", operand: .dateOffset, fields: dates,
    summary: "the date is later than the date at PATH plus N days (`after: PATH` adds none); N is a literal, a"
      + " parameter or a number read from the declaration",
    wordings: [Wording.after]
  ) { value, _, reading, _ in
    guard case .date(let day) = value, let other = reading.other, case .date(let start) = other.value else {
      return .unknown
    }
    let days = wholeCount(reading.bound)
    let limit = start.adding(days: days)
    return .tested(day > limit, Wording.after, .offset(day: limit, path: other.path, from: start, days: days))
  }

  // MARK: - Lists

  static let minItems = Operator(
    name: "min_items", operand: .number(.items), fields: FieldRequirement([.list], .checkTestsLists),
    summary: "the list has at least N items", wordings: [Wording.minItems]
  ) { value, _, reading, _ in
    guard case .list(let items) = value else { return .unknown }
    return .tested(Double(items.count) >= reading.bound, Wording.minItems, .number(reading.bound))
  }

  static let containsAll = Operator(
    name: "contains_all", operand: .itemValues, fields: listsOfValues, summary: "the list holds all of them",
    wordings: [Wording.containsAll]
  ) { value, argument, _, _ in
    guard case .list(let items) = value, case .values(let literals) = argument else { return .unknown }
    let missing = literals.filter { literal in !items.contains { literal.matches($0.value) } }
    return .tested(missing.isEmpty, Wording.containsAll, .selection(all: literals, missing: missing))
  }

  static let containsAny = Operator(
    name: "contains_any", operand: .itemValues, fields: listsOfValues, summary: "the list holds at least one of them",
    wordings: [Wording.containsAny]
  ) { value, argument, _, _ in
    guard case .list(let items) = value, case .values(let literals) = argument else { return .unknown }
    let isAnyHeld = literals.contains { literal in items.contains { literal.matches($0.value) } }
    return .tested(isAnyHeld, Wording.containsAny, .literals(literals))
  }

  // MARK: - Comparisons with other fields

  static let sameAs = Operator(
    name: "same_as", operand: .path, fields: .sameTypeAsPath, summary: "the value equals the value at PATH",
    wordings: [Wording.sameAs], isEqualityWithPath: true
  ) { value, _, reading, _ in
    guard let other = reading.other else { return .unknown }
    return .tested(other.value == value, Wording.sameAs, .comparison(path: other.path, value: other.value))
  }

  static let differentFrom = Operator(
    name: "different_from", operand: .path, fields: .sameTypeAsPath,
    summary: "the value differs from the value at PATH", wordings: [Wording.sameAs]
  ) { value, _, reading, _ in
    guard let other = reading.other else { return .unknown }
    return .tested(
      other.value != value, Wording.sameAs, .comparison(path: other.path, value: other.value), negated: true)
  }

  // MARK: - Shared parts

  private static let countries = FieldRequirement([.country], .checkTestsCountries)
  private static let numbers = FieldRequirement([.int, .number], .checkBoundsNumbers)
  private static let dates = FieldRequirement([.date], .checkTestsDates)
  private static let listsOfValues = FieldRequirement([.list], description: "list of values", .checkTestsLists)

  /// Whether `value` is a country in the set `name` on the evaluation date.
  private static func isCountry(_ value: Value, in name: String, _ context: Context) -> Bool {
    value.stringValue.map { context.countries.contains($0, inSet: name, on: context.asOf) } ?? false
  }

  /// `max_age_days` and `max_age_months`: the date is no older than the bound, counted back from the
  /// evaluation date with `adding`, and not after the evaluation date (a test, an assessment or a
  /// signature dated after it has not happened).
  private static func maxAge(
    _ value: Value, _ reading: Reading, _ context: Context, adding: (Day, Int) -> Day
  ) -> Result {
    guard case .date(let day) = value else { return .unknown }
    if day > context.asOf { return .tested(false, Wording.notAfter, .day(context.asOf)) }
    let amount = wholeCount(reading.bound)
    let cutoff = adding(context.asOf, -amount)
    return .tested(day >= cutoff, Wording.onOrAfter, .day(cutoff), lapse: adding(day, amount).adding(days: 1))
  }

  /// A bound as a whole number of days or months. Rule files and profiles hold these to 100
  /// years; the clamp keeps any other value from trapping (date arithmetic saturates).
  static func wholeCount(_ value: Double) -> Int {
    guard !value.isNaN else { return 0 }
    return Int(min(max(value, -1e9), 1e9))
  }

  /// The wordings of what the operators expect. An operator's evidence records one of these (its
  /// descriptor lists which); operators that mean the same (`not_equals` and `equals` under `not`)
  /// share one, so that the two failures at one place are reported once. A wording is a plain
  /// value, so that evidence is copied without counting references.
  public enum Wording: Sendable, Hashable, CaseIterable {
    case equals, oneOf, inSet, atLeast, atMost, nonEmpty, answered, onOrAfter, notAfter, after, minItems
    case containsAll, containsAny, sameAs

    /// The texts, in Danish and English.
    public var texts: ExpectationWording {
      switch self {
      case .equals:
        ExpectationWording(
          plain: words("forventet %1", "expected %1"),
          negated: words("forventet alt andet end %1", "expected anything but %1"))
      case .oneOf:
        ExpectationWording(
          plain: words("forventet en af: %1", "expected one of: %1"),
          negated: words("forventet ingen af: %1", "expected none of: %1"))
      case .inSet:
        ExpectationWording(
          plain: words("forventet et land i mængden '%1'", "expected a country in the set '%1'"),
          negated: words("forventet et land uden for mængden '%1'", "expected a country outside the set '%1'"),
          names: Self.countrySets)
      case .atLeast:
        ExpectationWording(
          plain: words("forventet mindst %1", "expected at least %1"),
          negated: words("forventet under %1", "expected less than %1"))
      case .atMost:
        ExpectationWording(
          plain: words("forventet højst %1", "expected at most %1"),
          negated: words("forventet over %1", "expected more than %1"))
      // `answered` is worded like `nonEmpty`, but is a failure of its own: a field answered is not
      // a field that is not blank.
      case .nonEmpty, .answered:
        ExpectationWording(
          plain: words("forventet et svar, der ikke er tomt", "expected an answer that is not empty"),
          negated: words("forventet et tomt svar", "expected an empty answer"))
      case .onOrAfter:
        ExpectationWording(
          plain: words("forventet %1 eller senere", "expected %1 or later"),
          negated: words("forventet før %1", "expected before %1"))
      case .notAfter:
        ExpectationWording(
          plain: words(
            "datoen ligger efter vurderingsdatoen %1, og dokumentation fra fremtiden er ikke dokumentation",
            "the date is after the evaluation date %1, and evidence from the future is not evidence"),
          negated: words("forventet efter %1", "expected after %1"), replacesSays: true)
      case .after:
        ExpectationWording(
          plain: words(
            "forventet en dato efter %1 (%2 er %3, plus %4 dage)", "expected a date after %1 (%2 is %3, plus %4 days)"),
          negated: words(
            "forventet %1 eller tidligere (%2 er %3, plus %4 dage)",
            "expected %1 or earlier (%2 is %3, plus %4 days)"))
      case .minItems:
        ExpectationWording(
          plain: words("forventet mindst %1 punkter", "expected at least %1 entries"),
          negated: words("forventet færre end %1 punkter", "expected fewer than %1 entries"))
      case .containsAll:
        ExpectationWording(
          plain: words("mangler: %1", "missing: %1"), negated: words("forventet ingen af: %1", "expected none of: %1"))
      case .containsAny:
        ExpectationWording(
          plain: words("forventet mindst en af: %1", "expected at least one of: %1"),
          negated: words("forventet ingen af: %1", "expected none of: %1"))
      case .sameAs:
        ExpectationWording(
          plain: words("forventet det samme som %1 (%2)", "expected the same as %1 (%2)"),
          negated: words("forventet noget andet end %1 (%2)", "expected something other than %1 (%2)"))
      }
    }

    /// The shipped country sets in the domain's words.
    private static let countrySets: [String: (plain: LocalizedText, negated: LocalizedText)] = [
      "eea": (
        words("forventet et land i EU/EØS", "expected a country in the EU/EEA"),
        words("forventet et land uden for EU/EØS", "expected a country outside the EU/EEA")
      ),
      "eu": (
        words("forventet et EU-land", "expected an EU member state"),
        words("forventet et land uden for EU", "expected a country outside the EU")
      ),
      "eu_territories": (
        words("forventet et EU-område med egen landekode", "expected an EU territory with a code of its own"),
        words("forventet et land, der ikke er et EU-område", "expected a country that is not an EU territory")
      ),
      "adequacy": (
        words(
          "forventet et land med en tilstrækkelighedsafgørelse fra EU-Kommissionen, der dækker alle modtagere",
          "expected a country with an EU adequacy decision that covers every recipient"),
        words(
          "forventet et land uden en tilstrækkelighedsafgørelse, der dækker alle modtagere",
          "expected a country without an EU adequacy decision that covers every recipient")
      ),
      "adequacy_dpf": (
        words(
          "forventet et land, hvis tilstrækkelighedsafgørelse kun dækker modtagere certificeret under EU-US Data"
            + " Privacy Framework",
          "expected a country whose adequacy decision covers only recipients certified under the EU-US Data"
            + " Privacy Framework"),
        words(
          "forventet et land, hvis tilstrækkelighedsafgørelse ikke kræver en certificering",
          "expected a country whose adequacy decision needs no certification")
      ),
    ]
  }
}

/// A text of the table: Danish, then English.
private func words(_ da: String, _ en: String) -> LocalizedText { LocalizedText(da: da, en: en) }
