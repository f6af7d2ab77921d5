public import YAMLSupport

/// Reads a vendor declaration and validates it against the questionnaire.
///
/// Validation collects every problem in the file (up to `maxDiagnostics`) so a vendor can fix them in
/// one pass. Keys beginning with `x-` are extensions and are skipped; absent and null fields are
/// unanswered, which is not an error.
public struct DeclarationLoader: Sendable {
  /// The only declaration format this version reads.
  public static let format = "dpacheck/declaration/v1"
  /// At most this many diagnostics are reported for one file.
  public static let maxDiagnostics = 100

  let countries: Countries
  private(set) var limits: YAMLLimits
  let schema: SchemaNode

  /// Creates a loader for a profile's questionnaire.
  public init(questionnaire: Questionnaire, countries: Countries, limits: YAMLLimits = .default) {
    self.countries = countries
    self.limits = limits
    schema = SchemaNode(questionnaire: questionnaire)
  }

  /// The same loader with other limits, sharing the questionnaire's tree.
  public func with(limits: YAMLLimits) -> DeclarationLoader {
    var copy = self
    copy.limits = limits
    return copy
  }

  /// Parses and validates one declaration.
  ///
  /// - Throws: `DiagnosticList` with every problem found, each at its file, line and column.
  public func load(_ source: SourceFile) throws(DiagnosticList) -> Declaration {
    let root: Mapping
    do {
      root = try YAMLDocument.parseMapping(source, limits: limits)
      try FileFormat.check(root, expected: Self.format, kind: .declaration, source: source)
    } catch {
      throw DiagnosticList([error])
    }
    return try declaration(from: root, source: source)
  }

  /// Validates an already parsed mapping (a whole declaration, or a rule example's fragment).
  public func declaration(from mapping: Mapping, source: SourceFile) throws(DiagnosticList) -> Declaration {
    var validation = Validation(loader: self, source: source)
    let object = validation.object(mapping, node: schema, skipping: ["format"])
    if !validation.diagnostics.isEmpty { throw DiagnosticList(validation.diagnostics) }
    return Declaration(file: source.name, root: Located(object, start: (1, 1)))
  }
}

/// One validation pass over one file.
private struct Validation {
  let loader: DeclarationLoader
  let source: SourceFile
  var diagnostics: [Diagnostic] = []

  init(loader: DeclarationLoader, source: SourceFile) {
    self.loader = loader
    self.source = source
  }

  mutating func report(
    _ message: DiagnosticMessage, code: DiagnosticCode? = nil, at location: SourceLocation,
    notes: [Diagnostic.Note] = []
  ) {
    guard diagnostics.count < DeclarationLoader.maxDiagnostics else { return }
    diagnostics.append(Diagnostic(message, code: code, at: location, in: source, notes: notes))
  }

  mutating func report(_ kind: DiagnosticKind, _ arguments: MessageArgument..., at location: SourceLocation) {
    report(DiagnosticMessage(kind, arguments: arguments), at: location)
  }

  /// Validates a mapping against the object `node`.
  mutating func object(_ mapping: Mapping, node: SchemaNode, skipping: Set<String> = []) -> Value {
    var members = Members()
    members.reserveCapacity(mapping.entries.count)
    for entry in mapping.entries {
      // The schema's own key is kept, so a known key costs no new string.
      guard let (key, child) = node.child(named: entry.key) else {
        let key = entry.key.text
        if key.hasPrefix("x-") || skipping.contains(key) { continue }
        let allowed = node.order
        let place =
          node.path.isEmpty ? MessageArgument.phrase(.thingTheDeclaration) : .phrase(.thingQuoted, .text(node.path))
        let message = DiagnosticMessage(.declarationUnknownKey, .text(key.truncatedForMessage), place)
          .adding(Suggestion.message(for: key, in: allowed))
        let shown = allowed.count > 12 ? Array(allowed.prefix(12)) + ["…"] : allowed
        report(message, at: entry.key.location, notes: [Diagnostic.Note(.noteAllowedKeysHere, .list(shown))])
        continue
      }
      if !skipping.isEmpty && skipping.contains(key) { continue }
      let reported = diagnostics.count
      let value = self.value(entry.value, field: child)
      noteAlias(of: entry.value, since: reported)
      // A mapping's keys are unique (the parser refuses duplicates), so each is appended.
      members.append(key, Located(value, start: entry.value.start, key: entry.key.start))
    }
    return .object(members)
  }

  mutating func value(_ node: Node, field: SchemaNode) -> Value {
    if case .scalar(let scalar) = node, scalar.isNull { return .null }
    switch field.type {
    case .object:
      guard case .mapping(let mapping) = node else {
        report(.declarationNotMapping, .text(field.key), .node(node.summary), at: node.location)
        return .null
      }
      return object(mapping, node: field)
    case .list:
      guard case .sequence(let sequence) = node else {
        var message = DiagnosticMessage(.declarationNotList, .text(field.key), .node(node.summary))
        if case .scalar = node { message = message.adding(.hintWritingLists) }
        report(message, at: node.location)
        return .null
      }
      if field.isTooDeep, let first = sequence.items.first {
        report(.declarationChainTooDeep, .text(field.key), .number(Questionnaire.maxChainLevels), at: first.location)
        return .null
      }
      if let minItems = field.minItems, sequence.items.count < minItems {
        let kind: DiagnosticKind = minItems == 1 ? .declarationMinItem : .declarationMinItems
        report(kind, .text(field.key), .number(minItems), at: node.location)
      }
      var items: [Located] = []
      // Sized once: a list grown by doubling holds its old and new storage at once.
      items.reserveCapacity(sequence.items.count)
      for item in sequence.items {
        let reported = diagnostics.count
        defer { noteAlias(of: item, since: reported) }
        let itemValue: Value
        if field.itemType == .object {
          guard case .mapping(let mapping) = item else {
            report(.declarationItemNotMapping, .text(field.key), .node(item.summary), at: item.location)
            continue
          }
          itemValue = object(mapping, node: field.item ?? field)
        } else {
          guard case .scalar(let scalar) = item, !scalar.isNull else {
            report(.declarationItemNotScalar, .text(field.key), .node(item.summary), at: item.location)
            continue
          }
          itemValue = self.scalar(scalar, type: field.itemType ?? .string, field: field)
        }
        items.append(Located(itemValue, start: item.start))
      }
      return .list(items)
    default:
      guard case .scalar(let scalar) = node else {
        report(
          .declarationNotScalar, .text(field.key), .message(Self.expectation(field.type, field)), .node(node.summary),
          at: node.location)
        return .null
      }
      return self.scalar(scalar, type: field.type, field: field)
    }
  }

  /// Adds to each diagnostic reported since `start` at an alias (`*m`) a note pointing at the
  /// node it repeats; diagnostics inside an aliased subtree are already at its definition.
  mutating func noteAlias(of node: Node, since start: Int) {
    guard start < diagnostics.count, let alias = node.alias else { return }
    let location = node.location
    for index in start..<diagnostics.count where diagnostics[index].location == location {
      diagnostics[index].notes.append(alias.note)
    }
  }

  static func expectation(_ type: FieldType, _ field: SchemaNode) -> DiagnosticMessage {
    switch type {
    case .bool: DiagnosticMessage(.expectBool)
    case .int: DiagnosticMessage(.expectWholeNumber)
    case .number: DiagnosticMessage(.expectNumber)
    case .date: DiagnosticMessage(.expectDate)
    case .enum: DiagnosticMessage(.expectOneOf, .list(field.values))
    case .country: DiagnosticMessage(.expectCountry)
    case .email: DiagnosticMessage(.expectEmail)
    case .url: DiagnosticMessage(.expectURL)
    default: DiagnosticMessage(.expectText)
    }
  }

  /// Words a vendor writes for a boolean that YAML reads as text: English, and Danish (`ja`, `nej`,
  /// `sand`, `falsk`).
  static let booleanWords: Set<String> = ["yes", "no", "on", "off", "y", "n", "ja", "nej", "sand", "falsk"]

  /// Reads a scalar's own text as `type` (design §3): a plain `01234567` stays text where text is
  /// expected, and only `true`/`false` are booleans.
  mutating func scalar(_ scalar: Scalar, type: FieldType, field: SchemaNode) -> Value {
    let key = field.key
    let text = scalar.text
    // Made only for a report: a location holds the file's name.
    var at: SourceLocation { scalar.location }
    let quoted = scalar.style != .plain
    switch type {
    case .bool:
      if !quoted, case .bool(let value) = scalar.value { return .bool(value) }
      let lowered = text.lowercased()
      if Self.booleanWords.contains(lowered) {
        report(.declarationBoolWord, .text(key), .text(text), at: at)
      } else if quoted && ["true", "false"].contains(lowered) {
        report(.declarationBoolQuoted, .text(key), .text(text), at: at)
      } else {
        report(.declarationBool, .text(key), .text(text.truncatedForMessage), at: at)
      }
    case .int:
      return wholeNumber(scalar, field: field)
    case .number:
      let resolved = quoted ? CoreSchema.resolvePlain(text) : scalar.value
      var number: Double?
      switch resolved {
      case .int(let value): number = Double(value)
      case .float(let value) where value.isFinite: number = value
      default: break
      }
      guard let number else {
        report(.declarationNumber, .text(key), .text(text.truncatedForMessage), at: at)
        return .null
      }
      if quoted {
        let found = text.truncatedForMessage
        report(.declarationNumberQuoted, .text(key), .text(found), at: at)
        return .null
      }
      let minimum = field.minimum ?? -Double.infinity
      if number < minimum || number > (field.maximum ?? .infinity) {
        let lower = MessageArgument.text(Value.format(minimum))
        let range =
          field.maximum.map { DiagnosticMessage(.rangeFromTo, lower, .text(Value.format($0))) }
          ?? DiagnosticMessage(.rangeAtLeast, lower)
        report(.declarationRange, .text(key), .message(range), .text(text), at: at)
        return .null
      }
      return .number(number)
    case .date:
      if let day = Day(text) { return .date(day) }
      report(Day.problem(with: text, key: key), code: .declarationDate, at: at)
    case .enum:
      if field.values.contains(text) { return .string(text) }
      let message = DiagnosticMessage(.declarationEnum, .text(text.truncatedForMessage), .text(key))
        .adding(Suggestion.message(for: text, in: field.values))
      report(message, at: at, notes: [Diagnostic.Note(.noteExpectedOneOf, .list(field.values))])
    case .country:
      if let code = loader.countries.normalise(text) { return .string(code) }
      if let code = loader.countries.normalise(text.uppercased()) {
        report(.declarationCountryCase, .text(code), .text(text), at: at)
      } else {
        let message = DiagnosticMessage(.declarationCountry, .text(text.truncatedForMessage))
        report(message.adding(CountryNames.suggestion(for: text, in: loader.countries)), at: at)
      }
    case .email:
      if Self.isEmail(text) { return .string(text) }
      report(.declarationEmail, .text(key), .text(text.truncatedForMessage), at: at)
    case .url:
      if Self.isURL(text) { return .string(text) }
      report(.declarationURL, .text(key), .text(text.truncatedForMessage), at: at)
    case .string:
      return .string(text)
    case .object, .list:
      break
    }
    return .null
  }

  /// Reads a whole number exactly from its decimal digits, never through `Double`: `Int.max` days
  /// is out of range, not 2^63. Hexadecimal and octal integers are not accepted.
  mutating func wholeNumber(_ scalar: Scalar, field: SchemaNode) -> Value {
    let key = field.key
    let text = scalar.text
    let quoted = scalar.style != .plain
    let found = text.truncatedForMessage
    let whole: CoreSchema.DecimalInteger?
    switch quoted ? CoreSchema.resolvePlain(text) : scalar.value {
    case .int: whole = CoreSchema.decimalInteger(text)
    // Digits past `Int`'s range resolve as a float; any other float is not a whole number.
    case .float: whole = CoreSchema.decimalInteger(text).flatMap { if case .value = $0 { nil } else { $0 } }
    default: whole = nil
    }
    guard let whole else {
      report(.declarationWholeNumber, .text(key), .text(found), at: scalar.location)
      return .null
    }
    if quoted {
      report(.declarationWholeNumberQuoted, .text(key), .text(found), at: scalar.location)
      return .null
    }
    if case .value(let value) = whole, field.range.contains(value) { return .int(value) }
    let minimum = Value.format(field.range.lower)
    let range: DiagnosticMessage
    if let maximum = field.maximum {
      range = DiagnosticMessage(.rangeFromTo, .text(minimum), .text(Value.format(maximum)))
    } else {
      range =
        whole == .aboveRange
        ? DiagnosticMessage(.rangeFromTo, .text(minimum), .text(String(Int.max)))
        : DiagnosticMessage(.rangeAtLeast, .text(minimum))
    }
    report(.declarationRange, .text(key), .message(range), .text(found), at: scalar.location)
    return .null
  }

  /// A plain check, linear in the text: one `@`, a non-empty local part, a dotted domain, no spaces.
  static func isEmail(_ text: String) -> Bool {
    // ASCII text (nearly every address) is checked on its bytes, with the same result as the
    // check on characters below, which would break the text into grapheme clusters.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(text.utf8)
      guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0,
        bytes[(at + 1)...].firstIndex(of: UInt8(ascii: "@")) == nil
      else { return false }
      let domain = bytes[(at + 1)...]
      return domain.contains(UInt8(ascii: ".")) && domain.first != UInt8(ascii: ".")
        && domain.last != UInt8(ascii: ".") && !bytes.contains(where: isASCIIWhitespace)
    }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
      !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
      !text.contains(where: { $0.isWhitespace })
    else { return false }
    return true
  }

  static func isURL(_ text: String) -> Bool {
    guard text.hasPrefix("https://") || text.hasPrefix("http://") else { return false }
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII: a character is a byte, except CR LF, which is whitespace either way.
      return text.utf8.count > 8 && !text.utf8.contains(where: isASCIIWhitespace)
    }
    return text.count > 8 && !text.contains(where: { $0.isWhitespace })
  }

  /// Space, tab, line feed, vertical tab, form feed and carriage return: the ASCII characters for
  /// which `Character.isWhitespace` is true.
  static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}
