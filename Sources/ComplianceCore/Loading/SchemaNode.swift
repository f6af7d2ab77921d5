import YAMLSupport

/// The questionnaire as a tree for validation: each object's allowed keys and their fields, looked
/// up by key without building path strings.
final class SchemaNode: Sendable {
  let type: FieldType
  let itemType: FieldType?
  let values: [String]
  let minimum: Double?
  let maximum: Double?
  /// For numbers: the values allowed.
  let range: NumberRange
  let minItems: Int?
  /// The key as written in a declaration.
  let key: String
  /// An object's schema path, for messages: `""` for the root, `a.b` for a field, `a.b[]` for the
  /// items of a list.
  let path: String
  /// The allowed keys, in the questionnaire's order.
  let order: [String]
  /// The children in `order`, looked up by a key's bytes (an object has a handful of keys).
  private let children: [(key: String, node: SchemaNode)]
  /// For a list of objects: the node of its items.
  let item: SchemaNode?
  /// For a recursive list at the deepest level allowed (`Questionnaire.maxChainLevels`): it may
  /// be empty, and any item is an error.
  let isTooDeep: Bool

  convenience init(questionnaire: Questionnaire) {
    self.init(spec: nil, container: "", questionnaire: questionnaire, level: 1)
  }

  /// - Parameter level: the level of the innermost recursive list the node is in (1 outside any).
  private init(spec: FieldSpec?, container: String, questionnaire: Questionnaire, level: Int) {
    type = spec?.type ?? .object
    itemType = spec?.itemType
    values = spec?.values ?? []
    minimum = spec?.minimum
    maximum = spec?.maximum
    range =
      spec.map { NumberRange(field: $0, type: $0.itemType ?? $0.type) }
      ?? NumberRange(lower: 0, upper: 0, isWhole: true)
    minItems = spec?.minItems
    key = spec?.key ?? ""
    path = container
    if let spec, spec.type == .list {
      order = []
      children = []
      if spec.isRecursive {
        // The items have the enclosing list's shape, one level further down.
        isTooDeep = level >= Questionnaire.maxChainLevels
        let outer = Questionnaire.split(spec.path).parent
        item =
          isTooDeep ? nil : SchemaNode(spec: nil, container: outer, questionnaire: questionnaire, level: level + 1)
        return
      }
      isTooDeep = false
      item =
        spec.itemType == .object
        ? SchemaNode(spec: nil, container: spec.path + "[]", questionnaire: questionnaire, level: level) : nil
      return
    }
    isTooDeep = false
    item = nil
    order = questionnaire.keys(under: container)
    children = order.compactMap { key in
      let path = container.isEmpty ? key : "\(container).\(key)"
      return questionnaire.field(path).map {
        (key, SchemaNode(spec: $0, container: path, questionnaire: questionnaire, level: level))
      }
    }
  }

  /// The child whose key is the text of `key`, compared by bytes, with the schema's copy of the key.
  func child(named key: Scalar) -> (key: String, node: SchemaNode)? {
    let length = key.utf8Count
    for child in children where child.key.utf8.count == length && key.hasText(child.key) {
      return child
    }
    return nil
  }
}
