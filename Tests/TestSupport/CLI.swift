package import Foundation

/// Runs the built `dpacheck` binary for end-to-end tests.
package enum CLI {
  /// The outcome of one run.
  package struct Result: Sendable {
    package var stdout: String
    package var stderr: String
    package var status: Int32
    /// Whether the run was killed because it passed its `timeout`.
    package var timedOut = false
    /// Standard output as written, byte for byte (`stdout` shows invalid UTF-8 as U+FFFD).
    package var stdoutBytes: [UInt8] = []
    /// Standard error as written, byte for byte.
    package var stderrBytes: [UInt8] = []
  }

  /// The binary: `DPACHECK_BINARY` if set (CI runs the corpus through a sanitizer build), else the
  /// one beside the test bundle, or in the package's debug build folder.
  package static var binary: String {
    if let override = ProcessInfo.processInfo.environment["DPACHECK_BINARY"], !override.isEmpty {
      return override.hasPrefix("/") ? override : Package.path(override)
    }
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [besideTests, besideTests.deletingLastPathComponent()] {
      let path = candidate.appendingPathComponent("dpacheck").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return Package.path(".build/debug/dpacheck")
  }

  /// A user to run the binary as (through `setpriv`), for tests that need a process without root's
  /// powers, such as reading a file of mode 000.
  package struct User: Sendable {
    package var uid: UInt32
    package var gid: UInt32
    package init(uid: UInt32, gid: UInt32) {
      self.uid = uid
      self.gid = gid
    }

    /// `nobody` (uid and gid 65534).
    package static let nobody = User(uid: 65534, gid: 65534)
  }

  /// A run as another `User` was asked for, but `setpriv` is not installed.
  package struct SetprivMissing: Error, CustomStringConvertible {
    package var description: String { "running as another user needs /usr/bin/setpriv (util-linux)" }
  }

  /// `/usr/bin/setpriv` (util-linux), which runs a program with another user and group id; nil
  /// when it is not installed.
  package static var setpriv: String? {
    let path = "/usr/bin/setpriv"
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  /// Whether the tests may run the binary as `nobody`: `setpriv` is installed, and nobody can
  /// execute the binary and read the package (a clone in a private folder such as /root cannot be
  /// entered by nobody). Checked once, by running `dpacheck --version` and reading Package.swift as
  /// nobody.
  package static let nobodyCanRun: Bool = {
    guard let setpriv else { return false }
    func succeeds(_ arguments: [String]) -> Bool {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: setpriv)
      process.arguments = ["--reuid=\(User.nobody.uid)", "--regid=\(User.nobody.gid)", "--clear-groups"] + arguments
      process.currentDirectoryURL = URL(fileURLWithPath: "/")
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      guard (try? process.run()) != nil else { return false }
      process.waitUntilExit()
      return process.terminationReason == .exit && process.terminationStatus == 0
    }
    return succeeds([binary, "--version"]) && succeeds(["/usr/bin/test", "-r", Package.path("Package.swift")])
  }()

  /// Runs `dpacheck` with `arguments` in `directory` (default: the package root).
  ///
  /// With a `timeout` (in seconds), a run that is still going when it passes is killed (SIGKILL)
  /// and its result has `timedOut` set, so that a hang fails a test instead of stalling the suite.
  /// With a `user`, the binary runs as that user (with no supplementary groups) through `setpriv`,
  /// which must then be installed (`SetprivMissing` otherwise); that needs the test to run as root.
  package static func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], timeout: Double? = nil,
    as user: User? = nil
  ) throws -> Result {
    let process = Process()
    if let user {
      guard let setpriv else { throw SetprivMissing() }
      process.executableURL = URL(fileURLWithPath: setpriv)
      process.arguments = ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", binary] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
    }
    process.currentDirectoryURL = URL(fileURLWithPath: directory ?? Package.root.path)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = Watchdog(pid: process.processIdentifier)
    if let timeout {
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watchdog.fire() }
    }
    // Drain stderr on another thread while reading stdout, so neither pipe can fill and block the child.
    let errBox = DataBox()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    let timedOut = watchdog.finish()
    return Result(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errBox.data, as: UTF8.self),
      status: process.terminationStatus, timedOut: timedOut,
      stdoutBytes: Array(outData), stderrBytes: Array(errBox.data))
  }
}

private final class DataBox: @unchecked Sendable {
  var data = Data()
}

/// Kills a child process that is still running when its timeout passes.
private final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private let pid: Int32
  private var finished = false
  private var fired = false

  init(pid: Int32) { self.pid = pid }

  /// The timeout passed: kill the process unless it has been waited for.
  func fire() {
    lock.lock()
    defer { lock.unlock() }
    guard !finished else { return }
    fired = true
    kill(pid, SIGKILL)
  }

  /// The process was waited for; returns whether the watchdog killed it.
  func finish() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    finished = true
    return fired
  }
}
