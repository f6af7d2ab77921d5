import Foundation
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
}

/// Rule files embedded in the binary.
public struct EmbeddedRuleSource: RuleSource {
  private let files: [String: String]
  private let prefix: String

  /// Creates a source from `(relative path, contents)` pairs; names in diagnostics start with `prefix`.
  public init(files: [(path: String, contents: String)], prefix: String = "Rules/") {
    self.files = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    self.prefix = prefix
  }

  public func paths() -> [String] { files.keys.sorted() }

  public func read(_ path: String) throws(Diagnostic) -> SourceFile {
    guard let text = files[path] else {
      throw Diagnostic("rules.missing", "no rule file '\(path)'", at: .start(of: prefix + path))
    }
    return SourceFile(name: prefix + path, text: text)
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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw Diagnostic("rules.root", "'\(root)' is not a folder of rule packs", at: .start(of: root))
    }
    self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
    resolvedRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL.path
  }

  public func paths() throws(Diagnostic) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: resolvedRoot) else {
      throw Diagnostic("rules.root", "cannot read the folder '\(root)'", at: .start(of: root))
    }
    var result: [String] = []
    while let next = enumerator.nextObject() as? String {
      if next.hasSuffix(".yaml") || next.hasSuffix(".yml") { result.append(next) }
    }
    return result.sorted()
  }

  public func read(_ path: String) throws(Diagnostic) -> SourceFile {
    let name = "\(root)/\(path)"
    let components = path.split(separator: "/")
    guard !path.hasPrefix("/"), !components.contains(".."), !components.isEmpty else {
      throw Diagnostic("rules.outside", "'\(path)' is outside the rules folder", at: .start(of: name))
    }
    let resolved = URL(fileURLWithPath: resolvedRoot).appendingPathComponent(path)
      .resolvingSymlinksInPath().standardizedFileURL.path
    guard resolved.hasPrefix(resolvedRoot + "/") else {
      throw Diagnostic(
        "rules.outside", "'\(path)' leads outside the rules folder (through a symbolic link)",
        at: .start(of: name))
    }
    let bytes = try InputFile.read(resolved, displayName: name, limit: Self.maxFileBytes)
    return SourceFile(name: name, bytes: bytes)
  }
}

/// Reading input files with a size limit and errors that name the file.
public enum InputFile {
  /// Reads a regular file of at most `limit` bytes.
  ///
  /// - Throws: a diagnostic at line 1, column 1 of the file for a missing, unreadable, oversized
  ///   file or a folder.
  public static func read(_ path: String, displayName: String? = nil, limit: Int = YAMLLimits.default.maxInputBytes) throws(Diagnostic) -> [UInt8] {
    let name = displayName ?? path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
        throw Diagnostic("io.broken-link", "this symbolic link leads nowhere: its target is missing, or the links form a loop", at: .start(of: name))
      }
      throw Diagnostic("io.missing", "no such file", at: .start(of: name))
    }
    guard !isDirectory.boolValue else {
      throw Diagnostic("io.directory", "this is a folder; expected a YAML file", at: .start(of: name))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Diagnostic("io.unreadable", "the file cannot be read (check its permissions)", at: .start(of: name))
    }
    defer { try? handle.close() }
    // Read one byte past the limit, so an oversized file is refused without reading it all.
    let data: Data
    do {
      data = try handle.read(upToCount: limit + 1) ?? Data()
    } catch {
      throw Diagnostic("io.unreadable", "the file cannot be read: \(error.localizedDescription)", at: .start(of: name))
    }
    guard data.count <= limit else {
      throw Diagnostic("yaml.limit.size", "the file is larger than the limit of \(limit) bytes", at: .start(of: name))
    }
    return [UInt8](data)
  }
}
