import Foundation
import TestSupport
import Testing

/// `-` for standard input and output, and what `-o` does to an existing target: a symbolic link
/// stays a link, a file keeps its permissions, a new file gets the umask's.
@Suite struct OutputTargetTests {
  static let example = Package.path("Examples/declarations/nordlys-cloud.yaml")

  /// Runs the binary with `arguments`, `input` on its standard input; returns (stdout, status).
  static func run(_ arguments: [String], input: Data, in directory: String) throws -> (String, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    try stdin.fileHandleForWriting.write(contentsOf: input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: output, as: UTF8.self), process.terminationStatus)
  }

  @Test func aDashReadsTheDeclarationFromStandardInput() throws {
    let input = try Data(contentsOf: URL(fileURLWithPath: Self.example))
    let (piped, status) = try Self.run(
      ["check", "-", "--as-of", "2026-06-01", "--format", "json"], input: input, in: Package.root.path)
    let (direct, _) = try Self.run(
      ["check", Self.example, "--as-of", "2026-06-01", "--format", "json"], input: Data(), in: Package.root.path)
    #expect(status == 1)
    #expect(piped.contains("\"file\" : \"<stdin>\""))
    let findings = { (text: String) in text.split(separator: "\n").filter { $0.contains("\"status\" :") } }
    #expect(findings(piped) == findings(direct))
    #expect(findings(piped).count > 100)
  }

  @Test func standardInputOnlyOnce() throws {
    let result = try CLI.run(["check", "-", "-"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("'-' (standard input) can be given once"))
  }

  @Test func dashAsOutputIsStandardOutput() throws {
    try withTemporaryDirectory { folder in
      let result = try CLI.run(
        ["check", Self.example, "--as-of", "2026-06-01", "--format", "json", "-o", "-"], in: folder.path)
      #expect(result.status == 1)
      #expect(result.stdout.hasPrefix("{\n"))
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }
  }

  @Test func aSymbolicLinkStaysALinkAndItsTargetGetsTheReport() throws {
    try withTemporaryDirectory { folder in
      let manager = FileManager.default
      let real = folder.appendingPathComponent("reports/real.json")
      try manager.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("old".utf8).write(to: real)
      let link = folder.appendingPathComponent("latest.json")
      try manager.createSymbolicLink(atPath: link.path, withDestinationPath: "reports/real.json")
      let result = try CLI.run(["check", Self.example, "--format", "json", "-o", "latest.json"], in: folder.path)
      #expect(result.status == 0 || result.status == 1)
      #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == "reports/real.json")
      #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("{\n"))
      let leftovers = try manager.contentsOfDirectory(atPath: real.deletingLastPathComponent().path)
      #expect(leftovers == ["real.json"])
    }
  }

  @Test func anExistingFileKeepsItsPermissions() throws {
    try withTemporaryDirectory { folder in
      let path = folder.appendingPathComponent("report.json").path
      let manager = FileManager.default
      #expect(manager.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o640]))
      try manager.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
      _ = try CLI.run(["check", Self.example, "--format", "json", "-o", path])
      let permissions = try manager.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(permissions == 0o640)
      #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{\n"))
    }
  }

  @Test func aNewFileGetsWhatTheUmaskAllows() throws {
    try withTemporaryDirectory { folder in
      let path = folder.appendingPathComponent("new.json").path
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = [
        "-c", "umask 027 && exec \"$0\" check \"$1\" --format json -o \"$2\"", CLI.binary, Self.example, path,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(permissions == 0o640)
    }
  }
}
