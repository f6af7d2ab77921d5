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

  /// The operators a leaf may use, from the operator table.
  static let leafOperators = Operator.names
  static let combinators = ["all", "any", "not", "when", "each", "some"]
  /// How deep `each` and `some` may nest. Each level can multiply the work by the length of a
  /// list the vendor chooses, so a deep nest would let a declaration stall a run; the shipped packs
  /// need three.
  static let maxQuantifierDepth = 4

  private func error(_ message: DiagnosticMessage, at location: SourceLocation) -> Diagnostic {
    Diagnostic(message, at: location, in: source)
  }

  private func error(
    _ kind: DiagnosticKind, _ arguments: MessageArgument..., at location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(DiagnosticMessage(kind, arguments: arguments), at: location, in: source)
  }

  mutating func parse(_ node: Node) throws(Diagnostic) -> Check {
    guard case .mapping(let mapping) = node else {
      throw error(.checkNotMapping, .node(node.summary), at: node.location)
    }
    if mapping["all"] != nil || mapping["any"] != nil {
      let key = mapping["all"] != nil ? "all" : "any"
      try only([key], in: mapping)
      guard case .sequence(let sequence)? = mapping[key], !sequence.items.isEmpty else {
        throw error(.checkEmptyList, .text(key), at: mapping[key]?.location ?? node.location)
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
      guard let then = mapping["then"] else { throw error(.checkWhenThen, at: node.location) }
      return .implies(when: try parse(when), then: try parse(then))
    }
    if mapping["each"] != nil || mapping["some"] != nil {
      return .quantifier(try quantifier(mapping))
    }
    if mapping["field"] != nil {
      return .leaf(try leaf(mapping))
    }
    let keys = mapping.entries.map(\.key.text)
    var message = DiagnosticMessage(.checkNeedsKey)
    if let first = mapping.entries.first,
      let suggestion = Suggestion.message(for: first.key.text, in: Self.combinators + ["field"])
    {
      message = DiagnosticMessage(.checkUnknown, .text(first.key.text)).adding(suggestion)
    } else if !keys.isEmpty {
      message = message.adding(.checkFoundKeys, .list(keys))
    }
    throw error(message, at: mapping.entries.first?.key.location ?? node.location)
  }

  private func only(_ allowed: [String], in mapping: Mapping) throws(Diagnostic) {
    for entry in mapping.entries where !allowed.contains(entry.key.text) {
      throw error(.checkCombined, .text(entry.key.text), .text(allowed[0]), at: entry.key.location)
    }
  }

  private mutating func quantifier(_ mapping: Mapping) throws(Diagnostic) -> Quantifier {
    let isUniversal = mapping["each"] != nil
    let keyword = isUniversal ? "each" : "some"
    try only([keyword, "as", "where", "check", "recursive"], in: mapping)
    guard scopes.count < Self.maxQuantifierDepth else {
      throw error(
        .checkNestedTooDeep, .text(keyword), .number(scopes.count + 1), .number(Self.maxQuantifierDepth),
        at: mapping.entries.first { $0.key.text == keyword }?.key.location ?? mapping.range.start)
    }
    guard let pathNode = mapping[keyword], let pathText = pathNode.scalarText else {
      throw error(.checkQuantifierPath, .text(keyword), at: mapping.range.start)
    }
    let list = try subject(pathText, at: pathNode.location)
    guard let type = fieldType(list.schemaPath), type.type == .list else {
      throw error(.checkQuantifierNotList, .text(keyword), .text(pathText), at: pathNode.location)
    }
    var recursiveKey: String?
    if let recursiveNode = mapping["recursive"] {
      let key = recursiveNode.scalarText ?? ""
      let nested = list.schemaPath + "[]." + key
      guard questionnaire.field(nested)?.isRecursive == true else {
        throw error(.checkRecursiveKey, .text(key), .text(nested), at: recursiveNode.location)
      }
      recursiveKey = key
    }
    let name = mapping["as"]?.scalarText
    if let name, name.contains(".") || name == "$" {
      throw error(.checkAsName, at: mapping["as"]?.location ?? pathNode.location)
    }
    scopes.append(Scope(name: name, itemPath: list.schemaPath + "[]"))
    defer { scopes.removeLast() }
    let filter: Check? = try mapping["where"].map { (node) throws(Diagnostic) -> Check in try parse(node) }
    guard let bodyNode = mapping["check"] else {
      throw error(.checkQuantifierBody, .text(keyword), at: mapping.range.start)
    }
    let body = try parse(bodyNode)
    return Quantifier(
      isUniversal: isUniversal, list: list, name: name,
      filter: filter, body: body, location: mapping.range.start, recursiveKey: recursiveKey)
  }

  /// A leaf's `says`: what its failure means, in both languages, with only the placeholders
  /// `{label}` and `{value}`.
  private func sentence(_ mapping: Mapping) throws(Diagnostic) -> LocalizedText? {
    guard mapping["says"] != nil else { return nil }
    var reader = ObjectReader(mapping, source: source, what: .phrase(.thingCheck))
    guard let text = try reader.localized("says", required: false) else { return nil }
    for part in [text.da, text.en] {
      for name in Interpolation.placeholders(in: part) where name != "label" && name != "value" {
        throw error(.checkSaysPlaceholder, .text(name), at: mapping["says"]?.location ?? mapping.range.start)
      }
    }
    return text
  }

  /// Resolves a path as written in a check to a subject with its absolute schema path.
  private func subject(_ text: String, at location: SourceLocation) throws(Diagnostic) -> Subject {
    let current = scopes.last?.itemPath ?? ""
    if text == "." {
      guard !current.isEmpty else { throw error(.checkDotOutside, at: location) }
      return Subject(base: .current, keys: [], schemaPath: current)
    }
    var keys = text.parts(separatedBy: UInt8(ascii: ".")).map(String.init)
    guard !keys.contains(where: \.isEmpty) else { throw error(.checkInvalidPath, .text(text), at: location) }
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
    // Below a recursive list, a path is the same field as at the outermost level.
    let schemaPath = questionnaire.outermost(([basePath].filter { !$0.isEmpty } + keys).joined(separator: "."))
    guard fieldType(schemaPath) != nil else {
      let (parent, key) = Questionnaire.split(schemaPath)
      let message = DiagnosticMessage(.checkNoField, .text(schemaPath))
        .adding(Suggestion.message(for: key, in: questionnaire.keys(under: parent)))
      throw error(message, at: location)
    }
    return Subject(base: base, keys: keys, schemaPath: schemaPath)
  }

  /// The type at a schema path; `x[]` is the item of a list of scalars.
  func fieldType(_ path: String) -> (type: FieldType, values: [String])? {
    if let field = questionnaire.field(path) { return (field.type, field.values) }
    if path.hasSuffix("[]"), let list = questionnaire.field(String(path.dropLast(2))), let item = list.itemType,
      item != .object
    {
      return (item, list.values)
    }
    return nil
  }

  private mutating func leaf(_ mapping: Mapping) throws(Diagnostic) -> Leaf {
    guard let fieldNode = mapping["field"], let path = fieldNode.scalarText else {
      throw error(.checkFieldPath, at: mapping.range.start)
    }
    let operators = mapping.entries.filter { $0.key.text != "field" && $0.key.text != "says" }
    guard operators.count == 1, let entry = operators.first else {
      let message =
        operators.isEmpty
        ? DiagnosticMessage(.checkNeedsOperator, .text(path), .list(Self.leafOperators))
        : DiagnosticMessage(.checkOneOperator, .text(operators.map(\.key.text).joined(separator: "', '")))
      throw error(message, at: operators.dropFirst().first?.key.location ?? fieldNode.location)
    }
    let leafSubject = try self.subject(path, at: fieldNode.location)
    guard let (type, values) = fieldType(leafSubject.schemaPath) else {
      throw error(.checkUnknownField, .text(path), at: fieldNode.location)
    }
    let op = entry.key.text
    guard let descriptor = Operator.named(op) else {
      throw error(
        DiagnosticMessage(.checkUnknownOperator, .text(op)).adding(Suggestion.message(for: op, in: Self.leafOperators)),
        at: entry.key.location)
    }
    if let message = descriptor.fields.error(op, path, type) { throw error(message, at: entry.key.location) }
    let argument = try self.argument(
      entry.value, of: descriptor, field: path, type: type, values: values, schemaPath: leafSubject.schemaPath,
      at: entry.key.location)
    return Leaf(
      subject: leafSubject, operation: Operation(operator: descriptor, argument: argument),
      location: fieldNode.location, says: try sentence(mapping))
  }

  /// The operand `value` of the operator `descriptor`, read as its `OperandKind` says, on the field
  /// `field` of type `type` (with the enum values `values`).
  private mutating func argument(
    _ value: Node, of descriptor: Operator, field path: String, type: FieldType, values: [String], schemaPath: String,
    at location: SourceLocation
  ) throws(Diagnostic) -> OperatorArgument {
    let op = descriptor.name
    switch descriptor.operand {
    case .flag:
      try requireTrue(value, op)
      return .none
    case .value:
      let literals = try literals(
        value, multiple: false, type: type, values: values, field: path, schemaPath: schemaPath)
      return .value(literals[0])
    case .values:
      return .values(
        try literals(value, multiple: true, type: type, values: values, field: path, schemaPath: schemaPath))
    case .itemValues:
      guard let item = fieldType(schemaPath + "[]") else { throw error(.checkScalarList, .text(op), at: location) }
      return .values(
        try literals(
          value, multiple: true, type: item.type, values: item.values, field: path, schemaPath: schemaPath + "[]"))
    case .countrySet:
      guard let name = value.scalarText, countries.hasSet(name) else {
        let known = countries.sets.keys.sorted()
        throw error(.checkUnknownSet, .text(value.scalarText ?? ""), .list(known), at: value.location)
      }
      return .countrySet(name)
    case .number(let range):
      return .bound(try operand(value, of: op, in: range ?? numberRange(schemaPath, type)))
    case .path:
      guard let otherPath = value.scalarText else { throw error(.checkTakesPath, .text(op), at: value.location) }
      let other = try subject(otherPath, at: value.location)
      guard let otherType = fieldType(other.schemaPath), otherType.type == type, type.isScalar else {
        throw error(.checkSameType, .text(op), .text(path), .text(otherPath), at: value.location)
      }
      return .path(other)
    case .dateOffset:
      var pathNode = value
      var days = Operand.literal(0)
      if case .mapping(let mapping) = value, let fieldNode = mapping["field"] {
        let keys = mapping.entries.map(\.key.text)
        guard keys.allSatisfy({ $0 == "field" || $0 == "plus_days" }) else {
          throw error(.checkTakesPath, .text(op), at: value.location)
        }
        pathNode = fieldNode
        if let daysNode = mapping["plus_days"] { days = try operand(daysNode, of: op, in: .days) }
      }
      guard let otherPath = pathNode.scalarText else { throw error(.checkTakesPath, .text(op), at: value.location) }
      let other = try subject(otherPath, at: pathNode.location)
      guard fieldType(other.schemaPath)?.type == .date, type == .date else {
        throw error(.checkSameType, .text(op), .text(path), .text(otherPath), at: pathNode.location)
      }
      return .dateOffset(other, days: days)
    }
  }

  private func requireTrue(_ node: Node, _ op: String) throws(Diagnostic) {
    guard case .scalar(let scalar) = node, scalar.value == .bool(true) else {
      throw error(.checkWriteTrue, .text(op), at: node.location)
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
        throw error(
          .checkOperandRange, .text(op), .message(range.message), .text(scalar.text.truncatedForMessage),
          at: scalar.location)
      default: break
      }
    }
    if case .mapping(let mapping) = node, let name = mapping["param"]?.scalarText, mapping.entries.count == 1 {
      guard let spec = parameters[name] else {
        let known = parameters.keys.sorted()
        var message = DiagnosticMessage(.checkUnknownParameter, .text(name))
          .adding(Suggestion.message(for: name, in: known))
        if known.isEmpty { message = message.adding(.checkNoParameters) }
        throw error(message, at: node.location)
      }
      guard spec.value.numeric != nil else { throw error(.checkParameterNotNumber, .text(name), at: node.location) }
      parameterRanges[name] = parameterRanges[name].map { $0.intersection(range) } ?? range
      return .parameter(name)
    }
    if case .mapping(let mapping) = node, let fieldNode = mapping["field"], let path = fieldNode.scalarText,
      mapping.entries.count == 1
    {
      let bound = try subject(path, at: fieldNode.location)
      guard let type = fieldType(bound.schemaPath)?.type, type == .int || type == .number else {
        throw error(.checkFieldBound, .text(path), at: fieldNode.location)
      }
      return .field(bound)
    }
    throw error(.checkOperand, .node(node.summary), at: node.location)
  }

  private func literals(
    _ node: Node, multiple: Bool, type: FieldType, values: [String], field: String, schemaPath: String
  ) throws(Diagnostic) -> [Literal] {
    var scalars: [Scalar] = []
    if multiple {
      guard case .sequence(let sequence) = node, !sequence.items.isEmpty else {
        throw error(.checkValues, at: node.location)
      }
      for item in sequence.items {
        guard case .scalar(let scalar) = item else { throw error(.checkSingleValue, at: item.location) }
        scalars.append(scalar)
      }
    } else {
      guard case .scalar(let scalar) = node else {
        throw error(.checkSingleValueFound, .node(node.summary), at: node.location)
      }
      scalars = [scalar]
    }
    var result: [Literal] = []
    for scalar in scalars {
      let literal: Literal
      switch type {
      case .bool:
        guard case .bool(let value) = scalar.value else {
          throw error(.checkIsBoolean, .text(field), at: scalar.location)
        }
        literal = .bool(value)
      case .int, .number:
        let range = numberRange(schemaPath, type)
        switch scalar.value {
        case .int(let value) where range.contains(value): literal = .number(Double(value))
        case .float(let value) where range.admits(scalar): literal = .number(value)
        case .int, .float:
          throw error(
            .checkHolds, .text(field), .message(range.message), .text(scalar.text.truncatedForMessage),
            at: scalar.location)
        default: throw error(.checkIsNumber, .text(field), at: scalar.location)
        }
      case .enum:
        guard values.contains(scalar.text) else {
          let message = DiagnosticMessage(.checkEnumValue, .text(scalar.text), .text(field))
            .adding(Suggestion.message(for: scalar.text, in: values))
          throw error(message, at: scalar.location)
        }
        literal = .string(scalar.text)
      case .country:
        guard let code = countries.normalise(scalar.text) else {
          throw error(.checkCountryCode, .text(scalar.text), at: scalar.location)
        }
        literal = .string(code)
      case .date:
        guard Day(scalar.text) != nil else { throw error(.checkDate, .text(scalar.text), at: scalar.location) }
        literal = .string(scalar.text)
      default:
        literal = .string(scalar.text)
      }
      result.append(literal)
    }
    return result
  }
}
