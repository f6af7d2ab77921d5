public import YAMLSupport

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
  /// For a list of objects inside the items of another list (`subprocessors.list[].subprocessors`):
  /// whether its items have the shape of that enclosing list's items, this field included, so that
  /// the list nests (`recursive: true`; a chain of sub-processors). The depth is bounded by
  /// `Questionnaire.maxChainLevels`.
  public var isRecursive = false
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
