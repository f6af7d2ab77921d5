/// One sub-processor in the chain of a declaration, with the ones below it: what the HTML report
/// draws as a tree.
public struct ChainLink: Sendable, Equatable {
  /// `name`, or nil when unanswered.
  public var name: String?
  /// `countries`.
  public var countries: [String]
  /// `service`.
  public var service: String?
  /// `transfer.mechanism`: the basis of the transfer to this hop, or nil.
  public var mechanism: String?
  /// Whether the hop leaves its own sub-processors unanswered: the chain is unknown beyond it.
  public var isOpen: Bool
  /// Its own sub-processors.
  public var below: [ChainLink]

  /// Creates a link.
  public init(
    name: String?, countries: [String], service: String?, mechanism: String?, isOpen: Bool, below: [ChainLink]
  ) {
    self.name = name
    self.countries = countries
    self.service = service
    self.mechanism = mechanism
    self.isOpen = isOpen
    self.below = below
  }

  /// The chain of `declaration`'s sub-processors, or nil when it has none below the first level
  /// (a plain list of sub-processors is no chain to draw).
  public static func chain(of declaration: Declaration) -> [ChainLink]? {
    guard case .list(let items)? = declaration.value(at: "subprocessors.list")?.value else { return nil }
    let links = items.map(link)
    return links.contains { !$0.below.isEmpty } ? links : nil
  }

  private static func link(_ item: Located) -> ChainLink {
    guard case .object(let members) = item.value else {
      return ChainLink(name: nil, countries: [], service: nil, mechanism: nil, isOpen: true, below: [])
    }
    func text(_ value: Located?) -> String? {
      if case .string(let text)? = value?.value { return text }
      return nil
    }
    var countries: [String] = []
    if case .list(let codes)? = members["countries"]?.value { countries = codes.compactMap { text($0) } }
    var mechanism: String?
    if case .object(let transfer)? = members["transfer"]?.value { mechanism = text(transfer["mechanism"]) }
    var below: [ChainLink] = []
    var isOpen = true
    if case .list(let inner)? = members["subprocessors"]?.value {
      isOpen = false
      below = inner.map(link)
    }
    return ChainLink(
      name: text(members["name"]), countries: countries, service: text(members["service"]), mechanism: mechanism,
      isOpen: isOpen, below: below)
  }
}
