import Foundation
import TestSupport
import Testing

/// `-o FILE` never leaves a partial report, even when the process is killed mid-run.
@Suite(.serialized) struct AtomicOutputTests {
  static let asOf = ["--as-of", "2026-11-26"]
  /// Declarations in the portfolio that is interrupted: four of the run's batches of 64. The signal
  /// is sent once the first batch's sections are in the section buffer, so three batches are still
  /// to be checked: the run is interrupted in the middle of its report, not before or after it.
  /// (It was 3,000 declarations, killed as soon as the temporary files appeared; writing 3,000
  /// files alone took 8 s on a small virtual machine.)
  static let interruptedPortfolio = 4 * 64
  /// How long to wait for the run to start writing its report, and then for it to end after the
  /// signal: only a bound on a hang, not a pause (the tests poll), so generous for sanitizer builds.
  static let timeout: Duration = .seconds(30)

  /// Writes a portfolio of `count` copies of an example declaration to `directory/vendors`.
  private func writePortfolio(_ count: Int, in directory: URL) throws {
    let vendors = directory.appendingPathComponent("vendors")
    try FileManager.default.createDirectory(at: vendors, withIntermediateDirectories: true)
    let text = try String(contentsOfFile: Package.path("Examples/declarations/nordlys-cloud.yaml"), encoding: .utf8)
    for index in 0..<count {
      try text.replacingOccurrences(of: "Nordlys Cloud ApS", with: "Vendor \(index)")
        .write(to: vendors.appendingPathComponent("v\(index).yaml"), atomically: false, encoding: .utf8)
    }
  }

  /// A run's temporary files in `directory`: the atomic temporary beside the target
  /// (`.report.json.PID.tmp`) and the section buffer (`dpacheck-PID-N.part`, in TMPDIR).
  private static func temporaryFiles(in directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { name in
      name.hasPrefix(".report.json.") || (name.hasPrefix("dpacheck-") && name.hasSuffix(".part"))
    }
  }

  /// The bytes the run's temporary files in `directory` hold together. Sections are written as
  /// each batch of declarations is done, so bytes here mean that the run is part-way through
  /// writing its report.
  private static func temporaryBytes(in directory: URL) throws -> Int {
    try temporaryFiles(in: directory).reduce(0) { total, name in
      // A file may go between listing and reading; it then counts as empty.
      var status = stat()
      guard stat(directory.appendingPathComponent(name).path, &status) == 0 else { return total }
      return total + Int(status.st_size)
    }
  }

  struct Interrupted {
    var reason: Process.TerminationReason
    var status: Int32
    /// The target's contents after the run.
    var target: String?
    /// Everything in the folder besides the portfolio and the target.
    var leftovers: [String]
  }

  /// Starts a run writing `report.json` (which holds an old report) in `directory`, with TMPDIR set
  /// to `directory` so that all its temporary files are there; waits until they hold part of the
  /// report (so its handler is installed, and the run is in the middle of writing), then sends
  /// `signal`. Waiting is polling for that event, never a fixed sleep.
  private func interrupt(with signal: Int32, in directory: URL) throws -> Interrupted {
    try writePortfolio(Self.interruptedPortfolio, in: directory)
    let target = directory.appendingPathComponent("report.json")
    try "OLD REPORT\n".write(to: target, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = ["check", "vendors", "--format", "json", "-o", "report.json"] + Self.asOf
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["TMPDIR"] = directory.path
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      // Whatever went wrong, leave no child running.
      if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
      }
    }

    let clock = ContinuousClock()
    let deadline = clock.now + Self.timeout
    while try Self.temporaryBytes(in: directory) == 0 {
      try #require(
        process.isRunning,
        "the run ended (status \(process.terminationStatus)) before its temporary files held any of the report")
      try #require(clock.now < deadline, "no temporary file held any of the report within \(Self.timeout)")
      usleep(1000)
    }
    // The run must still be going, or the signal proves nothing.
    try #require(process.isRunning, "the run ended before it could be interrupted; enlarge the portfolio")
    kill(process.processIdentifier, signal)
    while process.isRunning {
      try #require(clock.now < deadline + Self.timeout, "the run did not end within \(Self.timeout) of the signal")
      usleep(1000)
    }
    process.waitUntilExit()
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0 != "vendors" && $0 != "report.json"
    }
    return Interrupted(
      reason: process.terminationReason, status: process.terminationStatus,
      target: try? String(contentsOf: target, encoding: .utf8), leftovers: leftovers)
  }

  @Test func terminatedRunLeavesTheOldReportAndNoTemporaryFile() throws {
    try withTemporaryDirectory(prefix: "dpacheck-atomic") { directory in
      let result = try interrupt(with: SIGTERM, in: directory)
      // The handler removes the temporary files and exits 128 + the signal's number.
      #expect(result.reason == .exit, "not ended by the handler (status \(result.status))")
      #expect(result.status == 128 + SIGTERM)
      #expect(result.target == "OLD REPORT\n", "the target was replaced by a partial report")
      #expect(result.leftovers.isEmpty, "left behind: \(result.leftovers)")
    }
  }

  @Test func userSignalLeavesTheOldReportAndNoTemporaryFile() throws {
    try withTemporaryDirectory(prefix: "dpacheck-atomic") { directory in
      let result = try interrupt(with: SIGUSR1, in: directory)
      #expect(result.reason == .exit, "not ended by the handler (status \(result.status))")
      #expect(result.status == 128 + SIGUSR1)
      #expect(result.target == "OLD REPORT\n", "the target was replaced by a partial report")
      #expect(result.leftovers.isEmpty, "left behind: \(result.leftovers)")
    }
  }

  @Test func fileSizeLimitLeavesNoTemporaryFile() throws {
    try withTemporaryDirectory(prefix: "dpacheck-atomic") { directory in
      try "OLD REPORT\n".write(to: directory.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
      let declaration = Package.path("Examples/declarations/nordlys-cloud.yaml")
      // A limit of 1 block (512 bytes) on files this process writes: the report passes it, and the
      // kernel sends SIGXFSZ.
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = [
        "-c", "ulimit -f 1; exec \"$0\" check \"$1\" --as-of 2026-11-26 --format json -o report.json",
        CLI.binary, declaration,
      ]
      process.currentDirectoryURL = directory
      process.environment = ["TMPDIR": directory.path, "PATH": "/usr/bin:/bin"]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationReason == .exit, "not ended by the handler (status \(process.terminationStatus))")
      #expect(process.terminationStatus == 128 + SIGXFSZ)
      #expect(
        try String(contentsOf: directory.appendingPathComponent("report.json"), encoding: .utf8) == "OLD REPORT\n")
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
    }
  }

  @Test func killedRunLeavesTheOldReport() throws {
    try withTemporaryDirectory(prefix: "dpacheck-atomic") { directory in
      let result = try interrupt(with: SIGKILL, in: directory)
      #expect(result.reason == .uncaughtSignal)
      #expect(result.status == SIGKILL)
      // SIGKILL cannot be handled: temporary files may remain, but the target is never partial.
      #expect(result.target == "OLD REPORT\n", "the target was replaced by a partial report")
    }
  }

  @Test func completedRunReplacesTheReportWhole() throws {
    try withTemporaryDirectory(prefix: "dpacheck-atomic") { directory in
      try writePortfolio(20, in: directory)
      try "OLD REPORT\n".write(to: directory.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
      let result = try CLI.run(
        ["check", "vendors", "--format", "json", "-o", "report.json"] + Self.asOf, in: directory.path,
        environment: ["TMPDIR": directory.path])
      #expect(result.status == 0)
      let json =
        try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("report.json")))
        as? [String: Any]
      #expect((json?["declarations"] as? [Any])?.count == 20)
      // No temporary file is left, neither beside the target nor the section buffer (in TMPDIR).
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["report.json", "vendors"])
    }
  }

  @Test func deviceTargetIsWrittenThroughNotReplaced() throws {
    let result = try CLI.run([
      "check", "Examples/declarations/nordlys-cloud.yaml", "--as-of", "2026-11-26", "-o", "/dev/null",
    ])
    #expect(result.status == 0)
    var status = stat()
    #expect(stat("/dev/null", &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR, "/dev/null is no longer a device")
  }

  @Test func targetInAMissingFolderExitsTwoAndLeavesNoFile() throws {
    try withTemporaryDirectory(prefix: "dpacheck-atomic") { directory in
      let target = directory.appendingPathComponent("missing/report.txt").path
      let result = try CLI.run(
        ["check", "Examples/declarations/nordlys-cloud.yaml", "-o", target] + Self.asOf,
        environment: ["TMPDIR": directory.path])
      #expect(result.status == 2)
      #expect(result.stderr.contains("cannot write the report to '\(target)'"), "\(result.stderr)")
      // Neither the target's folder nor any temporary file (the section buffer goes to TMPDIR) is made.
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
  }

  /// Root may write to a folder of mode 555, so as root the run goes as nobody (through setpriv).
  static let canBeDeniedWriting = Testing.ConditionTrait.enabled(
    if: geteuid() != 0 || CLI.nobodyCanRun,
    """
    running as root, and the binary cannot be run as nobody \
    (no /usr/bin/setpriv, or the package is in a folder nobody cannot enter)
    """
  )

  @Test(Self.canBeDeniedWriting) func unwritableTargetFolderExitsTwoWithoutPartialFiles() throws {
    try withTemporaryDirectory(prefix: "dpacheck-atomic") { directory in
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
      let folder = directory.appendingPathComponent("out")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try "OLD REPORT\n".write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
      defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
      let target = folder.appendingPathComponent("report.txt").path
      let arguments = ["check", "Examples/declarations/nordlys-cloud.yaml", "-o", target] + Self.asOf
      let user: CLI.User? = geteuid() == 0 ? .nobody : nil
      let result = try CLI.run(arguments, environment: ["TMPDIR": directory.path], as: user)
      #expect(result.status == 2)
      #expect(result.stderr.contains("cannot write the report to '\(target)'"), "\(result.stderr)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
      #expect(try String(contentsOfFile: target, encoding: .utf8) == "OLD REPORT\n")
    }
  }
}
