/// Limits that make hostile YAML fail fast instead of exhausting time or memory.
///
/// A declaration from a vendor is untrusted input: an alias bomb ("billion laughs") expands to an
/// enormous tree from a few hundred bytes, and deep nesting can exhaust the stack of any recursive
/// consumer. Every limit is checked while the tree is built, and an error points at the place where
/// the limit was passed.
public struct YAMLLimits: Sendable, Hashable {
  /// Nesting depth of sequences and mappings, counting aliased subtrees where they are used.
  public var maxDepth: Int
  /// Total nodes in the tree after alias expansion.
  public var maxNodes: Int
  /// Size of the input in bytes.
  public var maxInputBytes: Int

  /// Creates limits.
  public init(maxDepth: Int, maxNodes: Int, maxInputBytes: Int) {
    self.maxDepth = maxDepth
    self.maxNodes = maxNodes
    self.maxInputBytes = maxInputBytes
  }

  /// The defaults: depth 256, 1,000,000 nodes, 16 MiB.
  ///
  /// A real declaration is a few kilobytes, about 8 levels deep and a few hundred nodes; these
  /// limits leave room for very large sub-processor lists while refusing hostile files in
  /// milliseconds.
  public static let `default` = YAMLLimits(
    maxDepth: 256, maxNodes: 1_000_000, maxInputBytes: 16 * 1024 * 1024)
}
