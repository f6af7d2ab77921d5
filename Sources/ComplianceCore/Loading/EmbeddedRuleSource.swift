public import YAMLSupport

/// Rule files embedded in the binary.
///
/// Each file may come with its tree already parsed (a `NodeArchive` written when the binary was
/// built), which `document(_:)` reads back instead of parsing the text: the built-in packs are the
/// same on every run, so a run need not parse their YAML again.
public struct EmbeddedRuleSource: RuleSource {
  private struct File {
    var text: String
    var tree: String?
  }

  private let files: [String: File]
  private let prefix: String

  /// Creates a source from `(relative path, contents)` pairs; names in diagnostics start with `prefix`.
  public init(files: [(path: String, contents: String)], prefix: String = "Rules/") {
    self.init(files: files.map { ($0.path, $0.contents, nil) }, prefix: prefix)
  }

  /// Creates a source from files with their archived trees (nil where the text is to be parsed).
  public init(files: [(path: String, contents: String, tree: String?)], prefix: String = "Rules/") {
    self.files = Dictionary(
      files.map { ($0.path, File(text: $0.contents, tree: $0.tree)) }, uniquingKeysWith: { first, _ in first })
    self.prefix = prefix
  }

  public func paths() -> [String] { files.keys.sorted() }

  public func read(_ path: String) throws(Diagnostic) -> SourceFile {
    guard let file = files[path] else {
      throw Diagnostic(.rulesMissingFile, .text(path), at: .start(of: prefix + path))
    }
    return SourceFile(name: prefix + path, text: file.text)
  }

  public func document(_ path: String) throws(Diagnostic) -> (source: SourceFile, root: Mapping) {
    let source = try read(path)
    if let archive = files[path]?.tree, case .mapping(let root)? = NodeArchive.decode(archive, file: source.name) {
      return (source, root)
    }
    return (source, try YAMLDocument.parseMapping(source))
  }
}
