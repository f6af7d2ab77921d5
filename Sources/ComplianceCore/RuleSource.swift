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

/// Rule files in a folder on disk.
public struct DirectoryRuleSource: RuleSource {
  /// The root as the user gave it (used in file names of diagnostics).
  public let root: String
  private let resolvedRoot: String
  /// Rule files larger than this are refused (the same limit as any YAML input).
  public static let maxFileBytes = YAMLLimits.default.maxInputBytes

  /// Creates a source for the folder `root`.
  ///
  /// - Throws: a diagnostic when `root` is not a readable folder.
  public init(root: String) throws(Diagnostic) {
    guard FileSystem.kind(root) == .directory, let resolved = FileSystem.resolved(root) else {
      throw Diagnostic(.rulesNotFolder, .text(root), at: .start(of: root))
    }
    self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
    resolvedRoot = resolved
  }

  public func paths() throws(Diagnostic) -> [String] {
    guard FileSystem.names(in: resolvedRoot) != nil else {
      throw Diagnostic(.rulesFolderUnreadable, .text(root), at: .start(of: root))
    }
    return FileSystem.yamlFiles(below: resolvedRoot)
  }

  public func read(_ path: String) throws(Diagnostic) -> SourceFile {
    let name = "\(root)/\(path)"
    let components = path.split(separator: "/")
    guard !path.hasPrefix("/"), !components.contains(".."), !components.isEmpty else {
      throw Diagnostic(.rulesOutside, .text(path), at: .start(of: name))
    }
    let joined = "\(resolvedRoot)/\(path)"
    let resolved = FileSystem.resolved(joined) ?? FileSystem.absolute(joined)
    guard resolved.hasPrefix(resolvedRoot + "/") else {
      throw Diagnostic(.rulesOutsideThroughLink, .text(path), at: .start(of: name))
    }
    let bytes = try InputFile.read(resolved, displayName: name, limit: Self.maxFileBytes)
    return SourceFile(name: name, bytes: bytes)
  }
}

/// Reading input files with a size limit and errors that name the file.
public enum InputFile {
  private static func notRegular(_ name: String) -> Diagnostic {
    Diagnostic(.ioNotAFile, at: .start(of: name))
  }

  /// The file at `path` as a source named by that path (see `read`).
  public static func source(_ path: String) throws(Diagnostic) -> SourceFile {
    SourceFile(name: path, bytes: try read(path))
  }

  /// Reads a regular file of at most `limit` bytes.
  ///
  /// - Throws: a diagnostic at line 1, column 1 of the file for a missing, unreadable, oversized
  ///   file or a folder.
  public static func read(_ path: String, displayName: String? = nil, limit: Int = YAMLLimits.default.maxInputBytes) throws(Diagnostic) -> [UInt8] {
    let name = displayName ?? path
    guard let kind = FileSystem.kind(path) else {
      if FileSystem.isSymbolicLink(path) {
        throw Diagnostic(.ioBrokenLink, at: .start(of: name))
      }
      if name.unicodeScalars.contains("\u{FFFD}") {
        // Names are read as UTF-8, and bytes that are not UTF-8 become U+FFFD: the file exists
        // under another name than the one that can be given to the system.
        throw Diagnostic(.ioNameEncoding, at: .start(of: name))
      }
      throw Diagnostic(.ioMissing, at: .start(of: name))
    }
    guard kind != .directory else {
      guard FileSystem.names(in: path) != nil else {
        throw Diagnostic(.ioFolderUnreadable, at: .start(of: name))
      }
      throw Diagnostic(.ioDirectory, at: .start(of: name))
    }
    guard kind == .file else { throw notRegular(name) }
    // Reads one byte past the limit, so an oversized file is refused without reading it all.
    switch FileSystem.contents(of: path, limit: limit) {
    case .failure(let error) where error.isNotRegular:
      throw notRegular(name)
    case .failure(let error) where error.isPermission:
      throw Diagnostic(.ioUnreadable, at: .start(of: name))
    case .failure(let error):
      throw Diagnostic(.ioUnreadableBecause, error.message, at: .start(of: name))
    case .success(let bytes):
      guard bytes.count <= limit else {
        throw Diagnostic(.ioTooLarge, .number(limit), at: .start(of: name))
      }
      return bytes
    }
  }
}
