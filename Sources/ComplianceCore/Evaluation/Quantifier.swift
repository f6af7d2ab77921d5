public import YAMLSupport

/// `each` or `some` over a list.
///
/// A class, so that evaluating a check shares it instead of copying its fields.
public final class Quantifier: Sendable {
  /// Every item must pass (`each`), or at least one (`some`).
  public let isUniversal: Bool
  /// The list to iterate.
  public let list: Subject
  /// The name items are bound to (`as: site`), for joins.
  public let name: String?
  /// Only items passing the filter are considered.
  public let filter: Check?
  /// The check for each item; paths are relative to the item.
  public let body: Check
  /// `recursive: KEY`: the items' own lists under KEY are walked too, at every level of the chain
  /// (depth first, each item before the items below it); nil to walk the list alone.
  public let recursiveKey: String?
  /// Where the quantifier is defined.
  public let location: SourceLocation

  init(
    isUniversal: Bool, list: Subject, name: String?, filter: Check?, body: Check, location: SourceLocation,
    recursiveKey: String? = nil
  ) {
    self.recursiveKey = recursiveKey
    self.isUniversal = isUniversal
    self.list = list
    self.name = name
    self.filter = filter
    self.body = body
    self.location = location
  }
}
