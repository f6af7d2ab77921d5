import YAMLSupport

/// The declaration's schema: every field the vendor may answer, as data from the packs.
public struct Questionnaire: Sendable {
  /// Fields in definition order (parents before children).
  public private(set) var fields: [FieldSpec] = []
  /// Sections in order.
  public private(set) var sections: [QuestionnaireSection] = []
  private var index: [String: Int] = [:]
  private var childKeys: [String: [String]] = ["": []]

  /// An empty questionnaire.
  public init() {}

  /// The field at a schema path (`processing.locations[].country`).
  public func field(_ path: String) -> FieldSpec? {
    index[path].map { fields[$0] }
  }

  /// The keys allowed inside the object at `path` (`""` for the root), in definition order.
  public func keys(under path: String) -> [String] {
    childKeys[path] ?? []
  }

  mutating func add(_ field: FieldSpec, source: SourceFile) throws(Diagnostic) {
    guard index[field.path] == nil else {
      throw Diagnostic(.questionnaireDuplicate, .text(field.path), at: field.definedAt, in: source)
    }
    let (parent, key) = Self.split(field.path)
    if !parent.isEmpty {
      let parentField = parent.hasSuffix("[]") ? self.field(String(parent.dropLast(2))) : self.field(parent)
      let parentOK =
        parent.hasSuffix("[]")
        ? (parentField?.type == .list && parentField?.itemType == .object)
        : parentField?.type == .object
      guard parentOK else {
        throw Diagnostic(.questionnaireParent, .text(field.path), .text(parent), at: field.definedAt, in: source)
      }
    }
    index[field.path] = fields.count
    fields.append(field)
    childKeys[parent, default: []].append(key)
    if field.type == .object { childKeys[field.path] = childKeys[field.path] ?? [] }
    if field.type == .list, field.itemType == .object { childKeys[field.path + "[]"] = [] }
  }

  mutating func add(_ section: QuestionnaireSection) {
    if !sections.contains(where: { $0.key == section.key }) { sections.append(section) }
  }

  static func split(_ path: String) -> (parent: String, key: String) {
    guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return ("", path) }
    return (String(path[..<dot]), String(path[path.utf8.index(after: dot)...]))
  }
}
