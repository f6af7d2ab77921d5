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

  /// How many levels a recursive list may have, the outermost included: a vendor's sub-processors,
  /// theirs, and two more levels below. A declaration with a deeper chain is invalid input.
  public static let maxChainLevels = 4

  /// For the schema path of a recursive field's items, or of a field below them
  /// (`subprocessors.list[].subprocessors[].countries`), the same path at the outermost level
  /// (`subprocessors.list[].countries`); other paths are returned as they are.
  public func outermost(_ path: String) -> String {
    var result = path
    for field in fields where field.isRecursive {
      let nested = field.path + "[]"
      let outer = String(field.path[..<(field.path.lastIndex(of: ".") ?? field.path.startIndex)])
      while let range = result.firstRange(of: nested) {
        result.replaceSubrange(range, with: outer)
      }
    }
    return result
  }

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
        ? (parentField?.type == .list && parentField?.itemType == .object && parentField?.isRecursive == false)
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
