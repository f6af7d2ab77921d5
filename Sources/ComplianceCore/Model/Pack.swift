import YAMLSupport

/// A rule pack: a folder of requirements with its questionnaire.
public struct Pack: Sendable {
  /// The id (the folder name).
  public var id: String
  /// The title.
  public var title: LocalizedText
  /// The pack's version.
  public var version: String
  /// What the pack is modelled on.
  public var modelledOn: LocalizedText?
  /// The evaluation date of examples that give none.
  public var examplesAsOf: Day?
  /// When the whole pack applies; nil means always.
  public var appliesWhen: Check?
  /// The requirements, in file order.
  public var requirements: [Requirement]
  /// Titles of the clauses and appendix sections the pack follows, by label (`"10"`, `"C.2"`).
  public var clauseTitles: [String: LocalizedText] = [:]
}
