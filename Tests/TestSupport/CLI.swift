package import Foundation

/// Runs the built `dpacheck` binary for end-to-end tests.
package enum CLI {
  /// The outcome of one run.
  package struct Result: Sendable {
    package var stdout: String
    package var stderr: String
    package var status: Int32
  }

  /// The binary: beside the test bundle, or in the package's debug build folder.
  package static var binary: String {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [besideTests, besideTests.deletingLastPathComponent()] {
      let path = candidate.appendingPathComponent("dpacheck").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return Package.path(".build/debug/dpacheck")
  }

  /// Runs `dpacheck` with `arguments` in `directory` (default: the package root).
  package static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
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
    // Drain stderr on another thread while reading stdout, so neither pipe can fill and block the child.
    let errBox = DataBox()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errBox.data, as: UTF8.self), status: process.terminationStatus)
  }
}

private final class DataBox: @unchecked Sendable {
  var data = Data()
}
