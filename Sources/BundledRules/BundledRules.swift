/// The rule packs, profiles and reference data shipped inside the binary.
///
/// The EmbedRules build plugin generates `generatedFiles` from the top-level `Rules/` folder, so an
/// installed `dpacheck` needs no files beside it.
public enum BundledRules {
  /// Every bundled rule file as `(path relative to Rules/, text, parsed tree)`, sorted by path.
  ///
  /// The tree is the file's `NodeArchive`, written when the binary was built; nil for a file that
  /// did not parse.
  public static var files: [(path: String, contents: String, tree: String?)] { generatedFiles }
}
