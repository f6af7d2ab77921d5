public import ComplianceCore
public import YAMLSupport

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
