import YAMLSupport

/// What a leaf reads: a path relative to the current item or the root, or a bound item's path.
public struct Subject: Sendable, Hashable {
  /// Where the path starts.
  public enum Base: Sendable, Hashable {
    case current
    case root
    case bound(String)
  }

  /// The base.
  public var base: Base
  /// Object keys below the base; empty means the base itself (`field: .`).
  public var keys: [String]
  /// The absolute schema path (`processing.locations[].country`), resolved when parsed.
  public var schemaPath: String
  /// The keys joined with dots (`transfer.mechanism`), made once: the data path of a value read
  /// from the root, and the tail of one read from a list item.
  let dottedKeys: String

  init(base: Base, keys: [String], schemaPath: String) {
    self.base = base
    self.keys = keys
    self.schemaPath = schemaPath
    dottedKeys = keys.joined(separator: ".")
  }
}
