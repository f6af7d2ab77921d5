package import Foundation
import Testing

/// Standard validators run as external tools: `check-jsonschema` (PyPI) and `xmllint` (libxml2-utils).
///
/// When a tool is missing the check is skipped with a note, so `swift test` passes on a fresh
/// machine; CI installs the tools and sets `DPACHECK_REQUIRE_VALIDATORS=1`, which turns a missing
/// tool into a failure.
package enum Validators {
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
    package init(description: String) { self.description = description }
  }

  /// Whether a missing validator fails the tests instead of skipping them (CI sets it).
  package static var required: Bool { ProcessInfo.processInfo.environment["DPACHECK_REQUIRE_VALIDATORS"] == "1" }

  /// The output (stdout and stderr together) and exit status of one run of a tool.
  package struct Run: Sendable {
    package var output: String
    package var status: Int32
    package init(output: String, status: Int32) {
      self.output = output
      self.status = status
    }
  }

  /// Runs `tool` (found on PATH) with `arguments`; nil when the tool is not installed.
  package static func run(_ tool: String, _ arguments: [String]) throws -> Run? {
    guard let executable = find(tool) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return Run(output: output, status: process.terminationStatus)
  }

  /// The shared schemas folder: `../shared/schemas` beside the checkout (or `DPACHECK_SCHEMAS`).
  package static var schemas: String {
    ProcessInfo.processInfo.environment["DPACHECK_SCHEMAS"]
      ?? Package.root.deletingLastPathComponent().appendingPathComponent("shared/schemas").path
  }

  package static func find(_ tool: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(tool)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Validates a JSON document against a schema under `schemas`.
  package static func checkJSONSchema(schema: String, document: String, suffix: String) throws {
    try validate(tool: "check-jsonschema", document: document, suffix: suffix) { file in
      ["--schemafile", schemas + schema, file]
    }
  }

  /// Validates an XML document against an XSD under `schemas`.
  package static func xmllint(schema: String, document: String) throws {
    try validate(tool: "xmllint", document: document, suffix: ".xml") { file in
      ["--noout", "--schema", schemas + schema, file]
    }
  }

  private static func validate(tool: String, document: String, suffix: String, arguments: (String) -> [String]) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-validate-\(UUID().uuidString)\(suffix)")
    try document.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    guard let result = try run(tool, arguments(file.path)) else {
      if required { throw Failure(description: "\(tool) is required (DPACHECK_REQUIRE_VALIDATORS=1) but not on PATH") }
      print("note: \(tool) not found; skipping validation (CI installs it)")
      return
    }
    if result.status != 0 {
      throw Failure(description: "\(tool) rejected the document:\n\(result.output.prefix(4000))")
    }
  }
}
