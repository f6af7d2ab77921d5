import YAMLSupport

/// Everything in a rules folder: the packs, the questionnaire, the countries, and the profile ids.
public struct Catalog: Sendable {
  /// Where the files came from.
  public let rules: any RuleSource
  /// Country reference data.
  public let countries: Countries
  /// The union of every pack's questionnaire.
  public let questionnaire: Questionnaire
  /// Every pack, sorted by id.
  public let packs: [Pack]
  /// The ids of the profiles under `profiles/`, sorted.
  public let profileIDs: [String]
  /// Validates declarations against `questionnaire` (built once: it holds the questionnaire's tree).
  public let declarationLoader: DeclarationLoader

  /// The pack with id `id`.
  public func pack(_ id: String) -> Pack? { packs.first { $0.id == id } }

  /// Every requirement of every pack.
  public var allRequirements: [Requirement] { packs.flatMap(\.requirements) }

  /// The title of a clause, from the first pack that names it.
  public func clauseTitle(_ clause: String) -> LocalizedText? {
    packs.lazy.compactMap { $0.clauseTitles[clause] }.first
  }
}
