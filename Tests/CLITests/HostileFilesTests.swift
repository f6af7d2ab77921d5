import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Files a run must not be stopped or fooled by: pipes named like declarations, folders it cannot
/// read, and an output file that is one of its inputs.
@Suite(.serialized) struct HostileFilesTests {
  static let compliant = "Examples/declarations/nordlys-cloud.yaml"

  @Test func aFIFOAmongTheDeclarationsIsAnErrorNotAHang() throws {
    try withTemporaryDirectory { folder in
      let vendors = folder.appendingPathComponent("vendors")
      try FileManager.default.createDirectory(at: vendors, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: URL(fileURLWithPath: Package.path(Self.compliant)), to: vendors.appendingPathComponent("a.yaml"))
      #expect(mkfifo(vendors.appendingPathComponent("b.yaml").path, 0o644) == 0)
      for path in [vendors.path, vendors.appendingPathComponent("b.yaml").path] {
        let result = try CLI.run(["check", path, "--as-of", "2026-11-26"], timeout: 10)
        #expect(!result.timedOut, "the run blocked on the FIFO")
        #expect(result.status == 2)
        #expect(
          result.stderr.contains(
            "b.yaml:1:1: error: this is not a regular file (a pipe, socket or device); only files are read"),
          "\(result.stderr)")
      }
      // The valid declaration beside it is still reported.
      let result = try CLI.run(["check", vendors.path, "--as-of", "2026-11-26"], timeout: 10)
      #expect(result.stdout.contains("Nordlys Cloud ApS"))
    }
  }

  @Test func aFIFOInARulesFolderIsAnErrorNotAHang() throws {
    try withTemporaryDirectory { folder in
      let rules = folder.appendingPathComponent("rules")
      try FileManager.default.copyItem(at: URL(fileURLWithPath: Package.path("Tests/Fixtures/rules")), to: rules)
      #expect(mkfifo(rules.appendingPathComponent("golden/extra.yaml").path, 0o644) == 0)
      let result = try CLI.run(
        ["check", "Tests/Fixtures/golden/acme.yaml", "--rules", rules.path, "--profile", "golden"], timeout: 10)
      #expect(!result.timedOut, "the run blocked on the FIFO")
      #expect(result.status == 2)
      #expect(result.stderr.contains("extra.yaml:1:1: error: this is not a regular file"), "\(result.stderr)")
    }
  }

  /// Root reads folders of mode 000, so as root the run goes as nobody (through setpriv).
  static let canBeDeniedReading = Testing.ConditionTrait.enabled(
    if: geteuid() != 0 || CLI.nobodyCanRun, "running as root, and the binary cannot be run as nobody")

  @Test(Self.canBeDeniedReading) func anUnreadableFolderInAPortfolioIsAnError() throws {
    try withTemporaryDirectory { folder in
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
      let vendors = folder.appendingPathComponent("vendors")
      let hidden = vendors.appendingPathComponent("locked")
      try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
      for target in [vendors.appendingPathComponent("a.yaml"), hidden.appendingPathComponent("b.yaml")] {
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Package.path(Self.compliant)), to: target)
      }
      try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: hidden.path)
      defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hidden.path) }
      let user: CLI.User? = geteuid() == 0 ? .nobody : nil
      for (path, shown) in [(vendors.path, hidden.path), (hidden.path, hidden.path)] {
        let result = try CLI.run(["check", path, "--as-of", "2026-11-26"], in: "/", as: user)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(
          result.stderr.contains("\(shown):1:1: error: this folder cannot be read (check its permissions)"),
          "\(result.stderr)")
      }
    }
  }

  @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
    try withTemporaryDirectory { folder in
      // "bad\xFFname.yaml": a name the system accepts and UTF-8 cannot spell.
      var name = Array("\(folder.path)/bad".utf8) + [0xFF] + Array("name.yaml".utf8) + [0]
      let descriptor = name.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress.map {
          $0.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        } ?? -1
      }
      try #require(descriptor >= 0)
      close(descriptor)
      let result = try CLI.run(["check", folder.path, "--as-of", "2026-11-26"])
      #expect(result.status == 2)
      #expect(
        result.stderr.contains(
          "bad\u{FFFD}name.yaml:1:1: error: no such file; if the file's name is not valid UTF-8 it cannot be opened"),
        "\(result.stderr)")
    }
  }

  @Test func anOutputThatIsAnInputIsAUsageErrorAndTouchesNothing() throws {
    try withTemporaryDirectory { folder in
      let declaration = folder.appendingPathComponent("in.yaml")
      try FileManager.default.copyItem(at: URL(fileURLWithPath: Package.path(Self.compliant)), to: declaration)
      let original = try Data(contentsOf: declaration)
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent("link.yaml"), withDestinationURL: declaration)
      for (input, output) in [("in.yaml", "in.yaml"), ("in.yaml", "./in.yaml"), (".", "link.yaml")] {
        let result = try CLI.run(["check", input, "-o", output, "--as-of", "2026-11-26"], in: folder.path)
        #expect(result.status == 64, "\(input) -o \(output): \(result.stderr)")
        #expect(result.stderr.contains("-o '\(output)' is the input"), "\(result.stderr)")
        #expect(try Data(contentsOf: declaration) == original)
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.yaml", "link.yaml"])
    }
  }
}
