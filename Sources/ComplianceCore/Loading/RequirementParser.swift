import YAMLSupport

/// Parses requirement files (`dpacheck/requirements/v1`).
enum RequirementParser {
  struct Context {
    var pack: String
    var questionnaire: Questionnaire
    var countries: Countries
    /// Validates example fragments; built once per load, it holds the questionnaire's tree.
    var loader: DeclarationLoader
    /// False leaves `examples` unread (allowed, not validated).
    var readsExamples = true
  }

  static func parseFile(_ document: (source: SourceFile, root: Mapping), context: Context) throws(Diagnostic)
    -> [Requirement]
  {
    let (source, root) = document
    try FileFormat.check(root, expected: RuleLoader.requirementsFormat, kind: .requirements, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.requirements, .definite))
    reader.allow("format")
    var result: [Requirement] = []
    for node in try reader.sequence("requirements", required: true) ?? [] {
      result.append(try requirement(node, source: source, context: context))
    }
    try reader.finish()
    return result
  }

  static let keys = [
    "id", "title", "rationale", "met_if", "clause", "gdpr", "maps_to", "severity", "informational", "parameters",
    "applies_when", "check", "remediation", "examples",
  ]

  private static func requirement(_ node: Node, source: SourceFile, context: Context) throws(Diagnostic) -> Requirement
  {
    var reader = try ObjectReader(node, source: source, what: .phrase(.thingRequirement))
    let id = try reader.requiredString("id")
    reader = ObjectReader(reader.mapping, source: source, what: .phrase(.thingRequirementNamed, .text(id)))
    _ = try reader.string("id")
    guard isValidID(id) else {
      throw reader.error(.rulesID, .text(id), at: node.location)
    }
    let title = try reader.requiredLocalized("title")
    let rationale = try reader.requiredLocalized("rationale")
    let metIf = try reader.requiredLocalized("met_if")
    guard let clauseScalar = try reader.scalar("clause", required: true) else {
      throw reader.error(.rulesMissingClause, at: node.location)
    }
    guard Clause.isValid(clauseScalar.text) else {
      throw reader.error(.rulesClause, .text(clauseScalar.text), at: clauseScalar.location)
    }
    let gdpr = try reader.strings("gdpr") ?? []
    let mapsTo = try reader.strings("maps_to") ?? []
    let severity = try reader.enumValue("severity", as: Severity.self, required: true) ?? .low
    var parameters: [ParameterSpec] = []
    /// The scalar each default is written as.
    var defaults: [Scalar] = []
    if let parametersNode = try reader.node("parameters") {
      guard case .mapping(let mapping) = parametersNode else {
        throw reader.error(.rulesParametersMapping, at: parametersNode.location)
      }
      for entry in mapping.entries {
        let (spec, scalar) = try parameter(entry, source: source)
        parameters.append(spec)
        defaults.append(scalar)
      }
    }
    let byName = Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var checkParser = CheckParser(
      questionnaire: context.questionnaire, countries: context.countries, parameters: byName, source: source)
    let appliesWhen = try reader.node("applies_when").map { (node) throws(Diagnostic) -> Check in
      try checkParser.parse(node)
    }
    guard let checkNode = try reader.node("check", required: true) else {
      throw reader.error(.rulesMissingCheck, at: node.location)
    }
    let check = try checkParser.parse(checkNode)
    // A numeric parameter takes the range of the checks that use it; its default must be in it.
    for index in parameters.indices {
      guard let range = checkParser.parameterRanges[parameters[index].name] else { continue }
      guard range.admits(defaults[index]) else {
        let found = defaults[index].text.truncatedForMessage
        throw Diagnostic(
          .rulesParameterRange, .text(parameters[index].name), .message(range.message), .text(found),
          at: defaults[index].location, in: source)
      }
      parameters[index].range = range
    }
    let informationalKey = reader.mapping["informational"]?.location ?? node.location
    let isInformational = try reader.bool("informational") ?? false
    if isInformational, check.canBeFalse {
      throw reader.error(.rulesInformational, .text(id), at: informationalKey)
    }
    let remediation = try reader.requiredLocalized("remediation")
    for (key, text) in [("title", title), ("met_if", metIf), ("rationale", rationale), ("remediation", remediation)] {
      try checkPlaceholders(
        text, key: key, parameters: byName, at: reader.mapping[key]?.location ?? node.location, source: source)
    }
    var examples: [RequirementExample] = []
    let loader = context.loader
    if context.readsExamples {
      for exampleNode in try reader.sequence("examples") ?? [] {
        examples.append(try example(exampleNode, loader: loader, source: source))
      }
    } else {
      reader.allow("examples")
    }
    try reader.finish()
    return Requirement(
      id: id, pack: context.pack, title: title, rationale: rationale, metIf: metIf,
      clause: clauseScalar.text, gdpr: gdpr, mapsTo: mapsTo, severity: severity, isInformational: isInformational,
      parameters: parameters, appliesWhen: appliesWhen, check: check, remediation: remediation, examples: examples,
      definedAt: node.location)
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 40
      && id.unicodeScalars.allSatisfy {
        ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
      }
  }

  /// A parameter, and the scalar its default is written as.
  private static func parameter(
    _ entry: Mapping.Entry, source: SourceFile
  ) throws(Diagnostic) -> (ParameterSpec, Scalar) {
    let name = entry.key.text
    if case .scalar(let scalar) = entry.value, let value = ParameterValue(scalar) {
      return (ParameterSpec(name: name, value: value, description: nil), scalar)
    }
    var reader = try ObjectReader(entry.value, source: source, what: .phrase(.thingParameterNamed, .text(name)))
    guard let scalar = try reader.scalar("default", required: true), let value = ParameterValue(scalar) else {
      throw reader.error(.rulesParameterDefault, .text(name), at: entry.value.location)
    }
    let description = try reader.localized("description", required: false)
    try reader.finish()
    return (ParameterSpec(name: name, value: value, description: description), scalar)
  }

  private static func checkPlaceholders(
    _ text: LocalizedText, key: String, parameters: [String: ParameterSpec], at location: SourceLocation,
    source: SourceFile
  ) throws(Diagnostic) {
    for language in Language.allCases {
      for name in Interpolation.placeholders(in: text.text(language)) where parameters[name] == nil {
        throw Diagnostic(.rulesPlaceholder, .text(key), .text(name), at: location, in: source)
      }
    }
  }

  private static func example(_ node: Node, loader: DeclarationLoader, source: SourceFile) throws(Diagnostic)
    -> RequirementExample
  {
    var reader = try ObjectReader(node, source: source, what: .phrase(.thingExample))
    let name = try reader.string("name")
    guard let expectScalar = try reader.scalar("expect", required: true) else {
      throw reader.error(.rulesMissingExpect, at: node.location)
    }
    let expect = try ObjectReader.enumValue(expectScalar, as: Status.self, key: "expect", source: source)
    let asOf = try reader.day("as_of")
    let declarationNode = try reader.node("declaration") ?? .mapping(.empty(at: node.range))
    guard case .mapping(let mapping) = declarationNode else {
      throw reader.error(.rulesExampleDeclaration, at: declarationNode.location)
    }
    try reader.finish()
    let declaration: Declaration
    do {
      declaration = try loader.declaration(from: mapping, source: source)
    } catch {
      throw error.diagnostics.first ?? Diagnostic(.rulesInvalidExample, at: node.location, in: source)
    }
    return RequirementExample(name: name, expect: expect, declaration: declaration, asOf: asOf, location: node.location)
  }
}

/// `{name}` placeholders in remediation texts.
package enum Interpolation {
  /// The names of the placeholders in `text`: `{name}` with letters, digits and `_`.
  static func placeholders(in text: String) -> [String] {
    // Most texts have no placeholder: one fast scan decides.
    guard text.containsByte(UInt8(ascii: "{")) else { return [] }
    var names: [String] = []
    var start: String.UTF8View.Index?
    let utf8 = text.utf8
    var index = utf8.startIndex
    // A byte scan: placeholders are ASCII, and any other byte ends a candidate.
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: "{") {
        start = utf8.index(after: index)
      } else if byte == UInt8(ascii: "}"), let open = start {
        if open != index, let name = String(utf8[open..<index]) { names.append(name) }
        start = nil
      } else if start != nil,
        !(byte == UInt8(ascii: "_") || (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122))
      {
        start = nil
      }
      index = utf8.index(after: index)
    }
    return names
  }

  /// `text` with each `{name}` replaced by its value, in one pass; other braces stay as they are.
  package static func fill(_ text: String, with values: [String: String]) -> String {
    guard text.containsByte(UInt8(ascii: "{")) else { return text }
    // Braces are found by their bytes (a search by `Character` walks grapheme clusters); text is
    // copied in runs between the placeholders that are filled.
    let utf8 = text.utf8
    var result = ""
    result.reserveCapacity(utf8.count)
    var copied = utf8.startIndex
    var search = copied
    while let open = utf8[search...].firstIndex(of: UInt8(ascii: "{")) {
      let afterOpen = utf8.index(after: open)
      if let close = utf8[afterOpen...].firstIndex(of: UInt8(ascii: "}")),
        let value = values[String(text[afterOpen..<close])]
      {
        result += text[copied..<open]
        result += value
        copied = utf8.index(after: close)
        search = copied
      } else {
        search = afterOpen
      }
    }
    return result + text[copied...]
  }
}
