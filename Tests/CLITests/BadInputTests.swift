import Foundation
import TestSupport
import Testing

/// The bad-input corpus (`Tests/BadInput`): every broken file gives its exit code and an error at
/// its line and column, within a time limit, and nothing in the corpus is left out of the manifest.
@Suite struct BadInputTests {
  static let asOf = ["--as-of", "2026-11-26"]
  /// The declaration checked with a broken waivers file, profile or baseline.
  static let compliant = "Examples/declarations/nordlys-cloud.yaml"
  /// The declaration and profile checked with a broken rules folder (a copy of Tests/Fixtures/rules).
  static let goldenDeclaration = "Tests/Fixtures/golden/acme.yaml"
  /// A run still going after this many seconds is killed and fails its case.
  static let timeout = 10.0

  /// Every case but the unreadable file, which needs a user that mode 000 keeps out.
  @Test(arguments: try BadInput.cases().filter { $0.generate != .unreadable })
  func badInput(_ entry: BadInput.Case) throws {
    try Self.run(entry)
  }

  /// Whether a file of mode 000 can be made unreadable to the run: always for a user other than
  /// root; as root (as in CI), by running the binary as nobody through `setpriv`.
  static var canMakeAFileUnreadable: Bool { geteuid() != 0 || CLI.nobodyCanRun }

  /// The unreadable file: a copy made mode 000. Root reads any file, so as root the run goes as
  /// nobody; without `setpriv` it is skipped.
  @Test(
    .enabled(
      if: canMakeAFileUnreadable,
      """
      running as root, where mode 000 does not prevent reading, and the binary cannot be run as nobody \
      (no /usr/bin/setpriv, or the package is in a folder nobody cannot enter)
      """
    ),
    arguments: try BadInput.cases().filter { $0.generate == .unreadable })
  func unreadableInput(_ entry: BadInput.Case) throws {
    try Self.run(entry, as: geteuid() == 0 ? .nobody : nil)
  }

  /// Runs one case: its exit code, its error's position and message, within the time limit.
  static func run(_ entry: BadInput.Case, as user: CLI.User? = nil) throws {
    let clock = ContinuousClock()
    let started = clock.now
    defer { Timings.shared.record(entry.file, clock.now - started) }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dpacheck-badinput-\(UUID().uuidString)")
    defer { Self.remove(scratch) }
    let path = try Self.prepare(entry, in: scratch)

    let result = try CLI.run(Self.arguments(entry, path: path), timeout: Self.timeout, as: user)
    let context = "manifest.yaml:\(entry.manifestLine): \(entry.file)\n--- stderr:\n\(result.stderr.prefix(3000))"
    if result.timedOut {
      Issue.record("did not finish within \(Int(Self.timeout)) s and was killed; \(context)")
      return
    }
    // Never a crash, whatever the case expects: a signal shows as another status.
    #expect([0, 1, 2, 64].contains(result.status), "exit \(result.status); \(context)")
    for text in entry.stdout {
      #expect(
        result.stdout.contains(text),
        "standard output lacks '\(text)'; \(context)\n--- stdout:\n\(result.stdout.prefix(3000))")
    }

    let expectations = {
      #expect(result.status == entry.exit, "exit \(result.status), expected \(entry.exit); \(context)")
      if let line = entry.line, let column = entry.column, let message = entry.message {
        // Paths are shown normalised, as reports name them: without a trailing slash.
        var file = path.hasSuffix("/") ? String(path.dropLast()) : path
        if let inner = entry.errorFile { file += "/" + inner }
        let prefix = "\(file):\(line):\(column): error:"
        #expect(
          Self.hasError(in: result.stderr, prefix: prefix, message: message),
          "expected '\(prefix) …\(message)…'; \(context)")
      }
    }
    if let knownIssue = entry.knownIssue {
      withKnownIssue(Comment(rawValue: knownIssue)) { expectations() }
    } else {
      expectations()
    }
  }

  /// The command line of a case whose input is at `path` (`prepare`).
  static func arguments(_ entry: BadInput.Case, path: String) -> [String] {
    let arguments: [String]
    switch entry.kind {
    case .declaration, .portfolio: arguments = [path]
    case .waivers, .profile, .baseline, .profileMap:
      arguments = [Self.compliant, "--\(entry.kind.rawValue)", path]
    case .rules: arguments = [Self.goldenDeclaration, "--rules", path, "--profile", "golden"]
    }
    return ["check"] + arguments + Self.asOf + entry.args
  }

  @Test func everyFileIsInTheManifest() throws {
    let cases = try BadInput.cases()
    let files = BadInput.files()
    #expect(files.count >= 60, "the corpus has only \(files.count) files")
    let missing = files.filter { !BadInput.isCovered($0, by: cases) }
    #expect(
      missing.isEmpty, "files of Tests/BadInput that no case of manifest.yaml runs: \(missing.joined(separator: ", "))")
  }

  /// The path to pass for a case: the corpus file, or an input made in `scratch`.
  static func prepare(_ entry: BadInput.Case, in scratch: URL) throws -> String {
    let manager = FileManager.default
    guard let generate = entry.generate else {
      try #require(manager.fileExists(atPath: Package.path(entry.path)), "\(entry.path) does not exist")
      return entry.path
    }
    let name =
      (entry.file.hasSuffix("/") ? String(entry.file.dropLast()) : entry.file).split(separator: "/").last.map(
        String.init) ?? "input"
    let target = scratch.appendingPathComponent(name)
    switch generate {
    case .missing:
      try #require(!manager.fileExists(atPath: Package.path(entry.path)), "\(entry.path) must not exist")
      return entry.path
    case .oversize:
      try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
      let limit = 16 * 1024 * 1024
      var data = Data("format: dpacheck/declaration/v1\n".utf8)
      data.append(Data(repeating: UInt8(ascii: "#"), count: limit + 1 - data.count - 1))
      data.append(UInt8(ascii: "\n"))
      try data.write(to: target)
      return target.path
    case .unreadable:
      // The folder open to all, so that only the file's own mode keeps a run as nobody out.
      try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
      try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path)
      try copy(Package.path(entry.path), to: target.path)
      try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: target.path)
      return target.path
    case .symlinkLoop:
      try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
      try copy(Package.path(entry.path), to: target.path)
      try manager.createSymbolicLink(atPath: target.appendingPathComponent("loop").path, withDestinationPath: ".")
      try manager.createSymbolicLink(
        atPath: target.appendingPathComponent("loop-a.yaml").path, withDestinationPath: "loop-b.yaml")
      try manager.createSymbolicLink(
        atPath: target.appendingPathComponent("loop-b.yaml").path, withDestinationPath: "loop-a.yaml")
      return target.path
    }
  }

  /// Whether a line of `output` holds `prefix` followed by `message`.
  static func hasError(in output: String, prefix: String, message: String) -> Bool {
    output.split(separator: "\n").contains { line in
      guard let range = line.range(of: prefix) else { return false }
      return line[range.upperBound...].contains(message)
    }
  }

  /// Copies a file or a folder's files by their contents only (`copyItem` also copies the owner,
  /// which fails for a checkout owned by another user).
  static func copy(_ source: String, to target: String) throws {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
      try Data(contentsOf: URL(fileURLWithPath: source)).write(to: URL(fileURLWithPath: target))
      return
    }
    try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
    for name in try manager.contentsOfDirectory(atPath: source) {
      try copy("\(source)/\(name)", to: "\(target)/\(name)")
    }
  }

  /// Removes a scratch folder; a file of mode 000 goes like any other (that needs the folder's
  /// permission only), and links are removed, not followed.
  static func remove(_ scratch: URL) {
    try? FileManager.default.removeItem(at: scratch)
  }
}

/// Wall time of each case; once every case has reported, the slowest three are printed.
private final class Timings: @unchecked Sendable {
  static let shared = Timings()
  private let lock = NSLock()
  private var times: [(file: String, duration: Duration)] = []
  /// The cases that run (the unreadable one may be skipped).
  private let total = ((try? BadInput.cases()) ?? []).filter {
    $0.generate != .unreadable || BadInputTests.canMakeAFileUnreadable
  }.count

  func record(_ file: String, _ duration: Duration) {
    lock.lock()
    times.append((file, duration))
    let done = times.count == total
    let slowest = times.sorted { $0.duration > $1.duration }.prefix(3)
    lock.unlock()
    guard done else { return }
    let lines = slowest.map { entry in
      let (seconds, attoseconds) = entry.duration.components
      return "  " + String(format: "%6.2f", Double(seconds) + Double(attoseconds) / 1e18) + " s  " + entry.file
    }
    print("Slowest bad-input cases:\n" + lines.joined(separator: "\n"))
  }
}
