public import YAMLSupport

/// Where rule files come from: a folder on disk (`--rules DIR`) or the copy built into the binary.
///
/// A rule source only ever hands out files below its own root, by relative path: nothing in a rule
/// pack can name a file outside it, run a program or reach the network.
public protocol RuleSource: Sendable {
  /// Every `*.yaml` file below the root, as sorted relative paths with `/` separators.
  func paths() throws(Diagnostic) -> [String]
  /// The file at a relative path from `paths()`.
  func read(_ path: String) throws(Diagnostic) -> SourceFile
  /// The file at a relative path, parsed: its root must be a mapping.
  func document(_ path: String) throws(Diagnostic) -> (source: SourceFile, root: Mapping)
}

extension RuleSource {
  /// Reads and parses the file.
  public func document(_ path: String) throws(Diagnostic) -> (source: SourceFile, root: Mapping) {
    let source = try read(path)
    return (source, try YAMLDocument.parseMapping(source))
  }
}
