import Foundation
package import Testing
import YAMLSupport

/// The bad-input corpus under `Tests/BadInput`: its manifest, read with the project's own YAML layer.
package enum BadInput {
  /// The corpus folder, relative to the package root.
  package static let folder = "Tests/BadInput"
  /// The manifest, relative to the package root.
  package static let manifest = "Tests/BadInput/manifest.yaml"
  /// The manifest's `format:`.
  package static let format = "dpacheck-test/bad-input/v1"

  /// What the file of a case is, and so how it is passed to `dpacheck check`.
  package enum Kind: String, Sendable, CaseIterable {
    case declaration, waivers, profile, rules, baseline, portfolio
    case profileMap = "profile-map"
  }

  /// Inputs the test makes at run time instead of reading them from the corpus.
  package enum Generate: String, Sendable, CaseIterable {
    /// A file of 16 MiB + 1 byte.
    case oversize
    /// The case's file, copied and made mode 000.
    case unreadable
    /// The case's folder, copied, with symbolic links that form loops.
    case symlinkLoop = "symlink-loop"
    /// A path that does not exist.
    case missing
  }

  /// One case of the manifest.
  package struct Case: Sendable, CustomTestStringConvertible {
    /// The path below `Tests/BadInput` (a folder for rules and portfolios).
    package var file: String
    package var kind: Kind
    /// The expected exit code.
    package var exit: Int32
    /// Where the error must be reported, and a part of its message; nil when no error is expected.
    package var line: Int?
    package var column: Int?
    package var message: String?
    /// For folders: the file inside the folder that holds the error.
    package var errorFile: String?
    /// Strings standard output must contain.
    package var stdout: [String]
    /// More command-line arguments.
    package var args: [String]
    package var generate: Generate?
    /// Set while dpacheck does not yet behave as the case expects.
    package var knownIssue: String?
    package var note: String?
    /// The line of the manifest where the case starts, for messages.
    package var manifestLine: Int

    package var testDescription: String { file }

    /// The path below the package root.
    package var path: String { "\(BadInput.folder)/\(file)" }
  }

  /// A mistake in the manifest.
  package struct ManifestError: Error, CustomStringConvertible {
    package var description: String
  }

  private static let keys: Set<String> = [
    "file", "kind", "exit", "line", "column", "message", "error_file", "stdout", "args", "generate",
    "known_issue", "note",
  ]

  /// Every case of the manifest, in its order.
  package static func cases() throws -> [Case] {
    let url = URL(fileURLWithPath: Package.path(manifest))
    let source = SourceFile(name: manifest, bytes: Array(try Data(contentsOf: url)))
    let root = try YAMLDocument.parseMapping(source)
    guard root["format"].flatMap(text) == format else {
      throw ManifestError(description: "\(manifest): expected 'format: \(format)'")
    }
    guard case .sequence(let list)? = root["cases"] else {
      throw ManifestError(description: "\(manifest): 'cases' must be a list")
    }
    var result: [Case] = []
    var seen: [String: Int] = [:]
    for item in list.items {
      let entry = try parse(item)
      if let first = seen[entry.file] {
        throw ManifestError(
          description: "\(manifest):\(entry.manifestLine): '\(entry.file)' is already a case on line \(first)")
      }
      seen[entry.file] = entry.manifestLine
      result.append(entry)
    }
    return result
  }

  private static func parse(_ node: Node) throws -> Case {
    let at = "\(manifest):\(node.location.line):\(node.location.column)"
    guard case .mapping(let mapping) = node else { throw ManifestError(description: "\(at): a case must be a mapping") }
    for entry in mapping.entries where !keys.contains(entry.key.text) {
      let known = keys.sorted().joined(separator: ", ")
      throw ManifestError(
        description: "\(manifest):\(entry.key.location.line): unknown key '\(entry.key.text)'; known keys: \(known)")
    }
    func string(_ key: String) throws -> String? {
      guard let node = mapping[key] else { return nil }
      guard let value = text(node) else { throw ManifestError(description: "\(at): '\(key)' must be text") }
      return value
    }
    func int(_ key: String) throws -> Int? {
      guard let node = mapping[key] else { return nil }
      guard case .scalar(let scalar) = node, case .int(let value) = scalar.value else {
        throw ManifestError(description: "\(at): '\(key)' must be a whole number")
      }
      return value
    }
    func strings(_ key: String) throws -> [String] {
      guard let node = mapping[key] else { return [] }
      guard case .sequence(let sequence) = node else {
        throw ManifestError(description: "\(at): '\(key)' must be a list")
      }
      return try sequence.items.map { item in
        guard let value = text(item) else {
          throw ManifestError(description: "\(at): the items of '\(key)' must be text")
        }
        return value
      }
    }
    guard let file = try string("file"), let exit = try int("exit") else {
      throw ManifestError(description: "\(at): a case needs 'file' and 'exit'")
    }
    let kindName = try string("kind") ?? Kind.declaration.rawValue
    guard let kind = Kind(rawValue: kindName) else {
      throw ManifestError(
        description:
          "\(at): unknown kind '\(kindName)'; known: \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    var generate: Generate?
    if let name = try string("generate") {
      guard let value = Generate(rawValue: name) else {
        throw ManifestError(
          description:
            "\(at): unknown generate '\(name)'; known: \(Generate.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      generate = value
    }
    let line = try int("line")
    let column = try int("column")
    let message = try string("message")
    let given = [line != nil, column != nil, message != nil]
    guard given.allSatisfy({ $0 }) || given.allSatisfy({ !$0 }) else {
      throw ManifestError(description: "\(at): give 'line', 'column' and 'message' together")
    }
    if exit == 2 && line == nil {
      throw ManifestError(
        description: "\(at): an invalid input (exit 2) needs the 'line', 'column' and 'message' of its error")
    }
    return Case(
      file: file, kind: kind, exit: Int32(exit), line: line, column: column, message: message,
      errorFile: try string("error_file"), stdout: try strings("stdout"), args: try strings("args"),
      generate: generate, knownIssue: try string("known_issue"), note: try string("note"),
      manifestLine: node.location.line)
  }

  private static func text(_ node: Node) -> String? {
    guard case .scalar(let scalar) = node, !scalar.isNull else { return nil }
    return scalar.text
  }

  /// Every file below `Tests/BadInput` except the manifest and `.gitattributes`, as sorted paths
  /// relative to it.
  package static func files() -> [String] {
    let root = Package.path(folder)
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var result: [String] = []
    while let next = enumerator.nextObject() as? String {
      let name = (next as NSString).lastPathComponent
      guard next != "manifest.yaml", next != ".gitattributes", name != ".DS_Store" else { continue }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: "\(root)/\(next)", isDirectory: &isDirectory), !isDirectory.boolValue {
        result.append(next)
      }
    }
    return result.sorted()
  }

  /// Whether `file` (relative to the corpus folder) is a case's file or lies in a case's folder.
  package static func isCovered(_ file: String, by cases: [Case]) -> Bool {
    cases.contains { entry in
      let own = entry.file.hasSuffix("/") ? String(entry.file.dropLast()) : entry.file
      return file == own || file.hasPrefix(own + "/")
    }
  }
}
