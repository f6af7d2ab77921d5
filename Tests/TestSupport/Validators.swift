package import Foundation
package import Testing

/// Standard validators run as external tools: `check-jsonschema` (PyPI) and `xmllint` (libxml2-utils),
/// and the tools that render HTML to PDF (Chromium, poppler-utils).
///
/// A test that needs a tool carries its trait (`jsonSchemaTool`, `xmllintTool`, `pdfRenderingTools`):
/// when the tool is missing the test is reported as skipped, so `swift test` passes on a fresh
/// machine without pretending the check ran; CI installs the tools and sets
/// `DPACHECK_REQUIRE_VALIDATORS=1`, which runs the tests anyway, so that a missing tool fails them.
package enum Validators {
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
    package init(description: String) { self.description = description }
  }

  /// Whether a missing validator fails the tests instead of skipping them (CI sets it).
  package static var required: Bool { ProcessInfo.processInfo.environment["DPACHECK_REQUIRE_VALIDATORS"] == "1" }

  /// Enables a test when every one of `tools` is on PATH (a tool written `a|b` is found as either
  /// name), or when `required`; otherwise the test is skipped, with a comment naming what is missing.
  package static func trait(needing tools: [String], install: String) -> ConditionTrait {
    let missing = tools.filter { tool in tool.split(separator: "|").allSatisfy { find(String($0)) == nil } }
    return .enabled(
      if: missing.isEmpty || required,
      Comment(
        rawValue: "not on PATH: \(missing.joined(separator: ", ")) (\(install); CI sets DPACHECK_REQUIRE_VALIDATORS=1)")
    )
  }

  /// For tests that run `check-jsonschema`.
  package static var jsonSchemaTool: ConditionTrait {
    trait(needing: ["check-jsonschema"], install: "pip install check-jsonschema")
  }

  /// For tests that run `xmllint`.
  package static var xmllintTool: ConditionTrait {
    trait(needing: ["xmllint"], install: "apt-get install libxml2-utils")
  }

  /// For tests that print HTML to PDF with Chromium and read it back with poppler-utils.
  package static var pdfRenderingTools: ConditionTrait {
    trait(
      needing: ["chromium|chromium-browser", "pdfinfo", "pdftotext"], install: "apt-get install chromium poppler-utils")
  }

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

  /// The folder of the schemas reports are validated against: `Tests/Schemas` in the package (see
  /// its README for their origin), or `DPACHECK_SCHEMAS` when set and not empty.
  package static var schemas: String {
    if let folder = ProcessInfo.processInfo.environment["DPACHECK_SCHEMAS"], !folder.isEmpty {
      return folder
    }
    return Package.path("Tests/Schemas")
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

  /// Runs `tool` on `document`; throws when it rejects the document or is not installed (a test
  /// that calls this carries the tool's trait, so it only runs without the tool when `required`).
  private static func validate(tool: String, document: String, suffix: String, arguments: (String) -> [String]) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dpacheck-validate-\(UUID().uuidString)\(suffix)")
    try document.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    guard let result = try run(tool, arguments(file.path)) else {
      throw Failure(
        description: "\(tool) is not on PATH\(required ? " but DPACHECK_REQUIRE_VALIDATORS=1 requires it" : "")")
    }
    if result.status != 0 {
      throw Failure(description: "\(tool) rejected the document:\n\(result.output.prefix(4000))")
    }
  }
}
