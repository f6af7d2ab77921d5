public import YAMLSupport

/// The type of a declaration field, as the questionnaire defines it.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
  case bool, int, number, string, date, `enum`, country, email, url, object, list

  /// Whether a value of this type is a single scalar.
  public var isScalar: Bool { self != .object && self != .list }
}

/// One field of the declaration: its dotted path, type, question and help.
///
/// Paths use `[]` for the items of a list: `processing.locations[].country`.
public struct FieldSpec: Sendable {
  /// The dotted path, e.g. `breach_notification.max_hours`.
  public var path: String
  /// The field's type.
  public var type: FieldType
  /// For lists: the type of each item.
  public var itemType: FieldType?
  /// For enums, and lists of enums: the allowed values.
  public var values: [String]
  /// Inclusive bounds for numbers.
  public var minimum: Double?
  /// Inclusive upper bound for numbers.
  public var maximum: Double?
  /// The fewest items a list may have.
  public var minItems: Int?
  /// The question put to the vendor.
  public var question: LocalizedText
  /// Guidance on a good answer.
  public var help: LocalizedText?
  /// An example answer, as YAML.
  public var example: Node?
  /// The example in Danish, for free text (`example_da`); nil when `example` reads the same in both.
  public var danishExample: Node? = nil

  /// The example answer for a reader of `language`.
  public func example(_ language: Language) -> Node? {
    language == .da ? danishExample ?? example : example
  }
  /// The pack whose questionnaire defines the field.
  public var pack: String
  /// Where the field is defined.
  public var definedAt: SourceLocation

  /// The last component of the path: the key as written in a declaration.
  public var key: String {
    let last = path.lastPart(after: UInt8(ascii: "."))
    return last.hasSuffix("[]") ? String(last.dropLast(2)) : String(last)
  }
}

/// A section of the declaration: one top-level key, with the clause it serves.
public struct QuestionnaireSection: Sendable {
  /// The top-level key.
  public var key: String
  /// The standard DPA clause or appendix section.
  public var clause: String
  /// The section's title.
  public var title: LocalizedText
}

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
