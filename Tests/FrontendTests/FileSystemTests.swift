import ComplianceCore
import Foundation
import Frontend
import Testing

/// The one folder walk behind `check FOLDER` and `--rules DIR`.
@Suite struct FileSystemTests {
  @Test func yamlFilesSkipsHiddenNamesAndLinksToFoldersAndSorts() throws {
    let manager = FileManager.default
    let root = manager.temporaryDirectory.appendingPathComponent("dpacheck-walk-\(UUID().uuidString)")
    defer { try? manager.removeItem(at: root) }
    for folder in ["sub/deeper", ".git", ".hidden-folder"] {
      try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    for file in [
      "b.yml", "a.yaml", "notes.txt", ".hidden.yaml", ".git/config.yaml", ".hidden-folder/x.yaml", "sub/deeper/c.yaml",
    ] {
      try Data("k: v\n".utf8).write(to: root.appendingPathComponent(file))
    }
    // A link to a file is listed; a link to a folder (here: a loop back to the root) is not walked.
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("link.yaml").path,
      withDestinationPath: root.appendingPathComponent("a.yaml").path)
    try manager.createSymbolicLink(atPath: root.appendingPathComponent("sub/loop").path, withDestinationPath: root.path)

    #expect(FileSystem.yamlFiles(below: root.path) == ["a.yaml", "b.yml", "link.yaml", "sub/deeper/c.yaml"])
    #expect(FileSystem.yamlFiles(below: root.path, maxDepth: 2) == ["a.yaml", "b.yml", "link.yaml"])
    #expect(FileSystem.yamlFiles(below: root.appendingPathComponent("missing").path).isEmpty)
  }
}
