import YAMLSupport

/// Parses checks from rule files and validates them against the questionnaire.
///
/// A check that reads a field the questionnaire does not define, applies an operator to a field of
/// the wrong type, compares an enum with a value it cannot take, or names an unknown parameter or
/// country set is an error at its line in the rule file, so a rule pack cannot silently test nothing.
struct CheckParser {
  let questionnaire: Questionnaire
  let countries: Countries
  let parameters: [String: ParameterSpec]
  let source: SourceFile

  private struct Scope {
    var name: String?
    var itemPath: String
  }

  private var scopes: [Scope] = []
  /// For each parameter a numeric operator uses, the range of those uses.
  private(set) var parameterRanges: [String: NumberRange] = [:]

  init(questionnaire: Questionnaire, countries: Countries, parameters: [String: ParameterSpec], source: SourceFile) {
    self.questionnaire = questionnaire
    self.countries = countries
    self.parameters = parameters
    self.source = source
  }

  static let leafOperators = [
    "equals", "not_equals", "in", "not_in", "in_set", "not_in_set", "min", "max", "non_empty", "exists", "answered",
    "max_age_days", "max_age_months", "not_expired", "min_items", "contains_all", "contains_any",
    "same_as", "different_from",
  ]
  static let combinators = ["all", "any", "not", "when", "each", "some"]
  /// How deep `each` and `some` may nest. Each level can multiply the work by the length of a
  /// list the vendor chooses, so a deep nest would let a declaration stall a run; the shipped packs
  /// need three.
  static let maxQuantifierDepth = 4

  private func error(_ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic("rules.check", message, at: location, in: source)
  }

  mutating func parse(_ node: Node) throws(Diagnostic) -> Check {
    guard case .mapping(let mapping) = node else {
      throw error("a check must be a mapping such as '{field: a.b, equals: true}'; found \(node.kindDescription)", at: node.location)
    }
    if mapping["all"] != nil || mapping["any"] != nil {
      let key = mapping["all"] != nil ? "all" : "any"
      try only([key], in: mapping)
      guard case .sequence(let sequence)? = mapping[key], !sequence.items.isEmpty else {
        throw error("'\(key)' takes a non-empty list of checks", at: mapping[key]?.location ?? node.location)
      }
      var checks: [Check] = []
      for item in sequence.items { checks.append(try parse(item)) }
      return key == "all" ? .all(checks) : .any(checks)
    }
    if let inner = mapping["not"] {
      try only(["not"], in: mapping)
      return .not(try parse(inner))
    }
    if let when = mapping["when"] {
      try only(["when", "then"], in: mapping)
      guard let then = mapping["then"] else { throw error("'when' needs a 'then' check", at: node.location) }
      return .implies(when: try parse(when), then: try parse(then))
    }
    if mapping["each"] != nil || mapping["some"] != nil {
      return .quantifier(try quantifier(mapping))
    }
    if mapping["field"] != nil {
      return .leaf(try leaf(mapping))
    }
    let keys = mapping.entries.map(\.key.text)
    var message = "a check needs one of: all, any, not, when, each, some, field"
    if let first = mapping.entries.first, let suggestion = Suggestion.closest(to: first.key.text, in: Self.combinators + ["field"]) {
      message = "unknown check '\(first.key.text)'; did you mean '\(suggestion)'?"
    } else if !keys.isEmpty {
      message += "; found: \(keys.joined(separator: ", "))"
    }
    throw error(message, at: mapping.entries.first?.key.location ?? node.location)
  }

  private func only(_ allowed: [String], in mapping: Mapping) throws(Diagnostic) {
    for entry in mapping.entries where !allowed.contains(entry.key.text) {
      throw Diagnostic(
        "rules.check", "'\(entry.key.text)' cannot be combined with '\(allowed[0])' in one check; nest it in 'all' or 'any'",
        at: entry.key.location, in: source)
    }
  }

  private mutating func quantifier(_ mapping: Mapping) throws(Diagnostic) -> Quantifier {
    let isUniversal = mapping["each"] != nil
    let keyword = isUniversal ? "each" : "some"
    try only([keyword, "as", "where", "check"], in: mapping)
    guard scopes.count < Self.maxQuantifierDepth else {
      throw error(
        "'\(keyword)' nested \(scopes.count + 1) deep; 'each' and 'some' may nest at most"
          + " \(Self.maxQuantifierDepth) deep, so that no declaration can make a check's work explode",
        at: mapping.entries.first { $0.key.text == keyword }?.key.location ?? mapping.range.start)
    }
    guard let pathNode = mapping[keyword], let pathText = pathNode.scalarText else {
      throw error("'\(keyword)' takes the path of a list", at: mapping.range.start)
    }
    let list = try subject(pathText, at: pathNode.location)
    guard let type = fieldType(list.schemaPath), type.type == .list else {
      throw error("'\(keyword)' needs a list; '\(pathText)' is not a list in the questionnaire", at: pathNode.location)
    }
    let name = mapping["as"]?.scalarText
    if let name, name.contains(".") || name == "$" {
      throw error("'as' takes a plain name such as 'site'", at: mapping["as"]?.location ?? pathNode.location)
    }
    scopes.append(Scope(name: name, itemPath: list.schemaPath + "[]"))
    defer { scopes.removeLast() }
    let filter: Check? = try mapping["where"].map { (node) throws(Diagnostic) -> Check in try parse(node) }
    guard let bodyNode = mapping["check"] else {
      throw error("'\(keyword)' needs a 'check' for each item", at: mapping.range.start)
    }
    let body = try parse(bodyNode)
    return Quantifier(
      isUniversal: isUniversal, list: list, name: name,
      filter: filter, body: body, location: mapping.range.start)
  }

  /// A leaf's `says`: what its failure means, in both languages, with only the placeholders
  /// `{label}` and `{value}`.
  private func sentence(_ mapping: Mapping) throws(Diagnostic) -> LocalizedText? {
    guard mapping["says"] != nil else { return nil }
    var reader = ObjectReader(mapping, source: source, what: "a check")
    guard let text = try reader.localized("says", required: false) else { return nil }
    for part in [text.da, text.en] {
      for name in Interpolation.placeholders(in: part) where name != "label" && name != "value" {
        throw error(
          "'says' may use only {label} and {value}; found '{\(name)}'", at: mapping["says"]?.location ?? mapping.range.start)
      }
    }
    return text
  }

  /// Resolves a path as written in a check to a subject with its absolute schema path.
  private func subject(_ text: String, at location: SourceLocation) throws(Diagnostic) -> Subject {
    let current = scopes.last?.itemPath ?? ""
    if text == "." {
      guard !current.isEmpty else { throw error("'.' (the current item) is only allowed inside 'each' or 'some'", at: location) }
      return Subject(base: .current, keys: [], schemaPath: current)
    }
    var keys = text.parts(separatedBy: UInt8(ascii: ".")).map(String.init)
    guard !keys.contains(where: \.isEmpty) else { throw error("'\(text)' is not a valid path", at: location) }
    var base = Subject.Base.current
    var basePath = current
    if keys.first == "$" {
      keys.removeFirst()
      base = .root
      basePath = ""
    } else if let scope = scopes.last(where: { $0.name == keys.first }), let name = scope.name {
      keys.removeFirst()
      base = .bound(name)
      basePath = scope.itemPath
    }
    let schemaPath = ([basePath].filter { !$0.isEmpty } + keys).joined(separator: ".")
    guard fieldType(schemaPath) != nil else {
      var message = "the questionnaire has no field '\(schemaPath)'"
      let (parent, key) = Questionnaire.split(schemaPath)
      if let suggestion = Suggestion.closest(to: key, in: questionnaire.keys(under: parent)) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw error(message, at: location)
    }
    return Subject(base: base, keys: keys, schemaPath: schemaPath)
  }

  /// The type at a schema path; `x[]` is the item of a list of scalars.
  func fieldType(_ path: String) -> (type: FieldType, values: [String])? {
    if let field = questionnaire.field(path) { return (field.type, field.values) }
    if path.hasSuffix("[]"), let list = questionnaire.field(String(path.dropLast(2))), let item = list.itemType, item != .object {
      return (item, list.values)
    }
    return nil
  }

  private mutating func leaf(_ mapping: Mapping) throws(Diagnostic) -> Leaf {
    guard let fieldNode = mapping["field"], let path = fieldNode.scalarText else {
      throw error("'field' takes a path such as 'breach_notification.max_hours'", at: mapping.range.start)
    }
    let operators = mapping.entries.filter { $0.key.text != "field" && $0.key.text != "says" }
    guard operators.count == 1, let entry = operators.first else {
      let message = operators.isEmpty
        ? "a test of '\(path)' needs one operator: \(Self.leafOperators.joined(separator: ", "))"
        : "a test takes exactly one operator; split '\(operators.map(\.key.text).joined(separator: "', '"))' with 'all'"
      throw error(message, at: operators.dropFirst().first?.key.location ?? fieldNode.location)
    }
    let leafSubject = try self.subject(path, at: fieldNode.location)
    guard let (type, values) = fieldType(leafSubject.schemaPath) else { throw error("unknown field '\(path)'", at: fieldNode.location) }
    let op = entry.key.text
    let value = entry.value
    let at = entry.key.location
    var other: Subject?
    let operation: Operation
    switch op {
    case "equals", "not_equals", "in", "not_in":
      try require(type.isScalar, "'\(op)' compares single values; '\(path)' is \(type.rawValue)", at)
      let literals = try self.literals(
        value, multiple: op == "in" || op == "not_in", type: type, values: values, field: path,
        schemaPath: leafSubject.schemaPath)
      switch op {
      case "equals": operation = .equals(literals[0])
      case "not_equals": operation = .notEquals(literals[0])
      case "in": operation = .oneOf(literals)
      default: operation = .noneOf(literals)
      }
    case "in_set", "not_in_set":
      try require(type == .country, "'\(op)' tests countries; '\(path)' is \(type.rawValue)", at)
      guard let name = value.scalarText, countries.hasSet(name) else {
        let known = countries.sets.keys.sorted().joined(separator: ", ")
        throw error("unknown country set '\(value.scalarText ?? "")'; known sets: \(known)", at: value.location)
      }
      operation = op == "in_set" ? .inSet(name) : .notInSet(name)
    case "min", "max":
      try require(type == .int || type == .number, "'\(op)' bounds numbers; '\(path)' is \(type.rawValue)", at)
      let operand = try self.operand(value, of: op, in: numberRange(leafSubject.schemaPath, type))
      operation = op == "min" ? .atLeast(operand) : .atMost(operand)
    case "max_age_days", "max_age_months":
      try require(type == .date, "'\(op)' tests dates; '\(path)' is \(type.rawValue)", at)
      let operand = try self.operand(value, of: op, in: op == "max_age_days" ? .days : .months)
      operation = op == "max_age_days" ? .maxAgeDays(operand) : .maxAgeMonths(operand)
    case "not_expired":
      try require(type == .date, "'\(op)' tests dates; '\(path)' is \(type.rawValue)", at)
      try requireTrue(value, op)
      operation = .notExpired
    case "non_empty":
      try require(type == .string || type == .list || type == .email || type == .url, "'non_empty' tests text or lists; '\(path)' is \(type.rawValue)", at)
      try requireTrue(value, op)
      operation = .nonEmpty
    case "exists":
      try requireTrue(value, op)
      operation = .exists
    case "answered":
      try requireTrue(value, op)
      operation = .answered
    case "min_items", "contains_all", "contains_any":
      try require(type == .list, "'\(op)' tests lists; '\(path)' is \(type.rawValue)", at)
      if op == "min_items" {
        operation = .minItems(try operand(value, of: op, in: .items))
      } else {
        let item = fieldType(leafSubject.schemaPath + "[]")
        guard let item else { throw error("'\(op)' needs a list of single values", at: at) }
        let literals = try self.literals(
          value, multiple: true, type: item.type, values: item.values, field: path,
          schemaPath: leafSubject.schemaPath + "[]")
        operation = op == "contains_all" ? .containsAll(literals) : .containsAny(literals)
      }
    case "same_as", "different_from":
      guard let otherPath = value.scalarText else { throw error("'\(op)' takes a path", at: value.location) }
      let resolved = try subject(otherPath, at: value.location)
      guard let otherType = fieldType(resolved.schemaPath), otherType.type == type, type.isScalar else {
        throw error("'\(op)' compares two single values of the same type; '\(path)' and '\(otherPath)' differ", at: value.location)
      }
      other = resolved
      operation = op == "same_as" ? .sameAs : .differentFrom
    default:
      var message = "unknown operator '\(op)'"
      if let suggestion = Suggestion.closest(to: op, in: Self.leafOperators) { message += "; did you mean '\(suggestion)'?" }
      throw error(message, at: at)
    }
    return Leaf(
      subject: leafSubject, operation: operation, other: other, location: fieldNode.location,
      says: try sentence(mapping))
  }

  private func require(_ condition: Bool, _ message: String, _ location: SourceLocation) throws(Diagnostic) {
    if !condition { throw error(message, at: location) }
  }

  private func requireTrue(_ node: Node, _ op: String) throws(Diagnostic) {
    guard case .scalar(let scalar) = node, scalar.value == .bool(true) else {
      throw error("write '\(op): true'", at: node.location)
    }
  }

  /// The range of the numbers a field holds: what the questionnaire declares for it (or, for
  /// `x[]`, for the list `x`).
  private func numberRange(_ path: String, _ type: FieldType) -> NumberRange {
    let spec = questionnaire.field(path) ?? (path.hasSuffix("[]") ? questionnaire.field(String(path.dropLast(2))) : nil)
    guard let spec else { return NumberRange(lower: -.infinity, upper: .infinity, isWhole: false) }
    return NumberRange(field: spec, type: type)
  }

  /// A bound of `op`: a literal in `range`, or a parameter, which is then held to `range` too.
  private mutating func operand(_ node: Node, of op: String, in range: NumberRange) throws(Diagnostic) -> Operand {
    if case .scalar(let scalar) = node {
      switch scalar.value {
      case .int(let value) where range.contains(value): return .literal(Double(value))
      case .float(let value) where range.admits(scalar): return .literal(value)
      case .int, .float:
        throw error("'\(op)' must be \(range); found '\(scalar.text.truncatedForMessage)'", at: scalar.location)
      default: break
      }
    }
    if case .mapping(let mapping) = node, let name = mapping["param"]?.scalarText, mapping.entries.count == 1 {
      guard let spec = parameters[name] else {
        let known = parameters.keys.sorted()
        var message = "unknown parameter '\(name)'"
        if let suggestion = Suggestion.closest(to: name, in: known) { message += "; did you mean '\(suggestion)'?" }
        throw error(message + (known.isEmpty ? "; the requirement declares no parameters" : ""), at: node.location)
      }
      guard spec.value.numeric != nil else { throw error("parameter '\(name)' is not a number", at: node.location) }
      parameterRanges[name] = parameterRanges[name].map { $0.intersection(range) } ?? range
      return .parameter(name)
    }
    if case .mapping(let mapping) = node, let fieldNode = mapping["field"], let path = fieldNode.scalarText,
      mapping.entries.count == 1
    {
      let bound = try subject(path, at: fieldNode.location)
      guard let type = fieldType(bound.schemaPath)?.type, type == .int || type == .number else {
        throw error("a bound read from a field needs a number; '\(path)' is not a number in the questionnaire", at: fieldNode.location)
      }
      return .field(bound)
    }
    throw error("expected a number, '{param: name}' or '{field: path}'; found \(node.kindDescription)", at: node.location)
  }

  private func literals(
    _ node: Node, multiple: Bool, type: FieldType, values: [String], field: String, schemaPath: String
  ) throws(Diagnostic) -> [Literal] {
    var scalars: [Scalar] = []
    if multiple {
      guard case .sequence(let sequence) = node, !sequence.items.isEmpty else {
        throw error("expected a non-empty list of values", at: node.location)
      }
      for item in sequence.items {
        guard case .scalar(let scalar) = item else { throw error("expected a single value", at: item.location) }
        scalars.append(scalar)
      }
    } else {
      guard case .scalar(let scalar) = node else { throw error("expected a single value; found \(node.kindDescription)", at: node.location) }
      scalars = [scalar]
    }
    var result: [Literal] = []
    for scalar in scalars {
      let literal: Literal
      switch type {
      case .bool:
        guard case .bool(let value) = scalar.value else { throw error("'\(field)' is a boolean: compare with true or false", at: scalar.location) }
        literal = .bool(value)
      case .int, .number:
        let range = numberRange(schemaPath, type)
        switch scalar.value {
        case .int(let value) where range.contains(value): literal = .number(Double(value))
        case .float(let value) where range.admits(scalar): literal = .number(value)
        case .int, .float:
          throw error("'\(field)' holds \(range); found '\(scalar.text.truncatedForMessage)'", at: scalar.location)
        default: throw error("'\(field)' is a number: compare with a number", at: scalar.location)
        }
      case .enum:
        guard values.contains(scalar.text) else {
          var message = "'\(scalar.text)' is not a value '\(field)' can take"
          if let suggestion = Suggestion.closest(to: scalar.text, in: values) { message += "; did you mean '\(suggestion)'?" }
          throw error(message, at: scalar.location)
        }
        literal = .string(scalar.text)
      case .country:
        guard let code = countries.normalise(scalar.text) else { throw error("'\(scalar.text)' is not a country code", at: scalar.location) }
        literal = .string(code)
      case .date:
        guard Day(scalar.text) != nil else { throw error("'\(scalar.text)' is not a date", at: scalar.location) }
        literal = .string(scalar.text)
      default:
        literal = .string(scalar.text)
      }
      result.append(literal)
    }
    return result
  }
}
