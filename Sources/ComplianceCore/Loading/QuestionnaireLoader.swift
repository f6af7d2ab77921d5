import YAMLSupport

/// Reads `questionnaire.yaml` files into a `Questionnaire`.
enum QuestionnaireLoader {
  static let format = "dpacheck/questionnaire/v1"

  /// Adds the fields and sections of one pack's questionnaire file to `questionnaire`.
  static func load(
    _ document: (source: SourceFile, root: Mapping), pack: String, into questionnaire: inout Questionnaire
  ) throws(Diagnostic) {
    let (source, root) = document
    try FileFormat.check(root, expected: format, kind: .questionnaire, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.questionnaire, .definite))
    reader.allow("format")
    for node in try reader.sequence("sections") ?? [] {
      var section = try ObjectReader(node, source: source, what: .phrase(.thingSection))
      let key = try section.requiredString("key")
      let clause = try section.requiredString("clause")
      let title = try section.requiredLocalized("title")
      try section.finish()
      questionnaire.add(QuestionnaireSection(key: key, clause: clause, title: title))
    }
    for node in try reader.sequence("fields", required: true) ?? [] {
      try questionnaire.add(field(node, pack: pack, source: source), source: source)
    }
    try reader.finish()
  }

  private static func field(_ node: Node, pack: String, source: SourceFile) throws(Diagnostic)
    -> FieldSpec
  {
    var reader = try ObjectReader(node, source: source, what: .phrase(.thingField))
    let path = try reader.requiredString("path")
    guard let typeScalar = try reader.scalar("type", required: true) else {
      throw reader.error(.questionnaireFieldType, at: node.location)
    }
    let type = try ObjectReader.enumValue(typeScalar, as: FieldType.self, key: "type", source: source)
    var itemType: FieldType?
    if let itemScalar = try reader.scalar("items") {
      itemType = try ObjectReader.enumValue(itemScalar, as: FieldType.self, key: "items", source: source)
      if itemType == .list {
        throw reader.error(.questionnaireListOfLists, at: itemScalar.location)
      }
    }
    if type == .list && itemType == nil {
      throw reader.error(.questionnaireListItems, .text(path), at: node.location)
    }
    let values = try reader.strings("values") ?? []
    if (type == .enum || itemType == .enum) && values.isEmpty {
      throw reader.error(.questionnaireEnumValues, .text(path), at: node.location)
    }
    let isWhole = (itemType ?? type) == .int
    let minimum = try reader.number("min", whole: isWhole)
    let maximum = try reader.number("max", whole: isWhole)
    if let minimum, let maximum, minimum > maximum, let scalar = reader.mapping["max"] {
      throw reader.error(.questionnaireMaxBelowMin, .text(path), .text(Value.format(minimum)), at: scalar.location)
    }
    let minItems = try reader.int("min_items", in: .items)
    let isRecursive = try reader.bool("recursive") ?? false
    if isRecursive, type != .list || itemType != .object || !Questionnaire.split(path).parent.hasSuffix("[]") {
      throw reader.error(
        .questionnaireRecursive, .text(path), at: reader.mapping["recursive"]?.location ?? node.location)
    }
    let question = try reader.requiredLocalized("question")
    let help = try reader.localized("help", required: false)
    let example = try reader.node("example")
    let danishExample = try reader.node("example_da")
    try reader.finish()
    var spec = FieldSpec(
      path: path, type: type, itemType: itemType, values: values, minimum: minimum,
      maximum: maximum, minItems: minItems, question: question, help: help, example: example,
      danishExample: danishExample, pack: pack, definedAt: node.location)
    spec.isRecursive = isRecursive
    return spec
  }
}

extension ObjectReader {
  /// A finite number; with `whole`, a whole number written as one (a bound of an `int` field).
  mutating func number(_ key: String, whole: Bool = false) throws(Diagnostic) -> Double? {
    guard let scalar = try scalar(key) else { return nil }
    switch scalar.value {
    case .int(let value): return Double(value)
    case .float(let value) where value.isFinite && !whole: return value
    default:
      let found = MessageArgument.text(scalar.text.truncatedForMessage)
      throw error(whole ? .schemaNotWholeNumber : .schemaNotNumber, .text(key), found, at: scalar.location)
    }
  }
}
