import YAMLSupport

/// Reads a YAML mapping of a known shape (a rule file, profile, waiver) into typed values.
///
/// Every problem becomes a `Diagnostic` at the offending node: a missing required key points at the
/// mapping, a wrong type at the value, and an unknown key at the key, with a suggestion and the list
/// of allowed keys. Call `finish()` after reading to reject keys that were not read.
struct ObjectReader {
  let mapping: Mapping
  let source: SourceFile
  /// What the mapping is, for messages: "requirement 'BR-01'", "the profile".
  let what: MessageArgument
  private var allowed: [String] = []

  init(_ mapping: Mapping, source: SourceFile, what: MessageArgument) {
    self.mapping = mapping
    self.source = source
    self.what = what
  }

  init(_ node: Node, source: SourceFile, what: MessageArgument) throws(Diagnostic) {
    guard case .mapping(let mapping) = node else {
      throw Diagnostic(.schemaNotMapping, what, .node(node.summary), at: node.location, in: source)
    }
    self.init(mapping, source: source, what: what)
  }

  /// A diagnostic at `location` in the file; its code is the message's unless given.
  func error(_ message: DiagnosticMessage, at location: SourceLocation, code: DiagnosticCode? = nil) -> Diagnostic {
    Diagnostic(message, code: code, at: location, in: source)
  }

  /// A diagnostic of one table entry at `location` in the file.
  func error(_ kind: DiagnosticKind, _ arguments: MessageArgument..., at location: SourceLocation) -> Diagnostic {
    Diagnostic(DiagnosticMessage(kind, arguments: arguments), at: location, in: source)
  }

  /// The node for `key`, null treated as absent; records the key as known.
  mutating func node(_ key: String, required: Bool = false) throws(Diagnostic) -> Node? {
    allowed.append(key)
    guard let node = mapping[key] else {
      if required {
        throw error(.schemaMissingKey, what, .text(key), at: mapping.range.start)
      }
      return nil
    }
    if case .scalar(let scalar) = node, scalar.isNull {
      if required {
        throw error(.schemaEmptyKey, .text(key), what, at: scalar.location)
      }
      return nil
    }
    return node
  }

  mutating func scalar(_ key: String, required: Bool = false) throws(Diagnostic) -> Scalar? {
    guard let node = try node(key, required: required) else { return nil }
    guard case .scalar(let scalar) = node else {
      throw error(.schemaNotScalar, .text(key), .node(node.summary), at: node.location)
    }
    return scalar
  }

  mutating func string(_ key: String, required: Bool = false) throws(Diagnostic) -> String? {
    try scalar(key, required: required)?.text
  }

  mutating func requiredString(_ key: String) throws(Diagnostic) -> String {
    try scalar(key, required: true)?.text ?? ""
  }

  mutating func bool(_ key: String) throws(Diagnostic) -> Bool? {
    guard let scalar = try scalar(key) else { return nil }
    guard case .bool(let value) = scalar.value else {
      throw error(.schemaNotBool, .text(key), .text(scalar.text), at: scalar.location)
    }
    return value
  }

  /// A whole number, in `range` when one is given (a number outside it, or a float, is refused
  /// with the range).
  mutating func int(_ key: String, in range: NumberRange? = nil) throws(Diagnostic) -> Int? {
    guard let scalar = try scalar(key) else { return nil }
    switch scalar.value {
    case .int(let value) where range?.contains(value) ?? true:
      return value
    case .int, .float:
      if let range {
        let found = scalar.text.truncatedForMessage
        throw error(.schemaRange, .text(key), .message(range.message), .text(found), at: scalar.location)
      }
    default:
      break
    }
    throw error(.schemaNotWholeNumber, .text(key), .text(scalar.text), at: scalar.location)
  }

  mutating func day(_ key: String, required: Bool = false) throws(Diagnostic) -> Day? {
    guard let scalar = try scalar(key, required: required) else { return nil }
    guard let day = Day(scalar.text) else {
      throw error(Day.problem(with: scalar.text, key: key), at: scalar.location, code: .schemaType)
    }
    return day
  }

  mutating func enumValue<E: RawRepresentable & CaseIterable>(
    _ key: String, as type: E.Type, required: Bool = false
  ) throws(Diagnostic) -> E? where E.RawValue == String {
    guard let scalar = try scalar(key, required: required) else { return nil }
    return try Self.enumValue(scalar, as: type, key: key, source: source)
  }

  static func enumValue<E: RawRepresentable & CaseIterable>(
    _ scalar: Scalar, as type: E.Type, key: String, source: SourceFile
  ) throws(Diagnostic) -> E where E.RawValue == String {
    if let value = E(rawValue: scalar.text) { return value }
    let names = E.allCases.map(\.rawValue)
    let message = DiagnosticMessage(.schemaEnum, .text(scalar.text.truncatedForMessage), .text(key))
      .adding(Suggestion.message(for: scalar.text, in: names))
    throw Diagnostic(
      message, at: scalar.location, in: source, notes: [Diagnostic.Note(.noteExpectedOneOf, .list(names))])
  }

  mutating func localized(_ key: String, required: Bool = true) throws(Diagnostic) -> LocalizedText? {
    guard let node = try node(key, required: required) else { return nil }
    var reader = try ObjectReader(node, source: source, what: .phrase(.thingQuoted, .text(key)))
    let da = try reader.requiredString("da")
    let en = try reader.requiredString("en")
    try reader.finish()
    return LocalizedText(da: Self.prose(da), en: Self.prose(en))
  }

  /// A text of a rule file as one line of prose: a YAML block scalar (`>` or `|`) ends in a
  /// newline and may hold more, which a report would otherwise show escaped, as `\u{A}`.
  static func prose(_ text: String) -> String {
    guard text.contains(where: \.isNewline) else { return text }
    return text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  mutating func requiredLocalized(_ key: String) throws(Diagnostic) -> LocalizedText {
    try localized(key, required: true) ?? LocalizedText(da: "", en: "")
  }

  mutating func sequence(_ key: String, required: Bool = false) throws(Diagnostic) -> [Node]? {
    guard let node = try node(key, required: required) else { return nil }
    guard case .sequence(let sequence) = node else {
      throw error(.schemaNotList, .text(key), .node(node.summary), at: node.location)
    }
    return Array(sequence.items)
  }

  mutating func strings(_ key: String) throws(Diagnostic) -> [String]? {
    try scalars(key)?.map(\.text)
  }

  /// The items of a list of single values, with their positions.
  mutating func scalars(_ key: String) throws(Diagnostic) -> [Scalar]? {
    guard let items = try sequence(key) else { return nil }
    var result: [Scalar] = []
    for item in items {
      guard case .scalar(let scalar) = item, !scalar.isNull else {
        throw error(.schemaItemsNotScalar, .text(key), at: item.location)
      }
      result.append(scalar)
    }
    return result
  }

  /// Marks keys as known without reading them (read elsewhere).
  mutating func allow(_ keys: String...) {
    allowed.append(contentsOf: keys)
  }

  /// Rejects every key that was not read, with a suggestion and the list of allowed keys.
  func finish() throws(Diagnostic) {
    for entry in mapping.entries where !allowed.contains(entry.key.text) {
      throw Self.unknownKey(entry.key, allowed: allowed, in: what, source: source)
    }
  }

  static func unknownKey(
    _ key: Scalar, allowed: [String], in what: MessageArgument, source: SourceFile
  ) -> Diagnostic {
    let message = DiagnosticMessage(.schemaUnknownKey, .text(key.text.truncatedForMessage), what)
      .adding(Suggestion.message(for: key.text, in: allowed))
    return Diagnostic(
      message, at: key.location, in: source, notes: [Diagnostic.Note(.noteAllowedKeys, .list(allowed))])
  }
}

extension Node {
  /// The scalar text if the node is a non-null scalar.
  var scalarText: String? {
    if case .scalar(let scalar) = self, !scalar.isNull { return scalar.text }
    return nil
  }
}
