import Foundation
import TestSupport
import Testing

/// `dpacheck schema`: a deterministic draft 2020-12 schema that accepts every example declaration
/// and refuses the invalid fixtures, checked with check-jsonschema (which reads YAML as YAML 1.2,
/// with dates left as strings, like dpacheck).
@Suite(.serialized) struct SchemaCommandTests {
  static let validatorTrait = Validators.jsonSchemaTool

  /// Writes the schema of `arguments` to a file in a temporary folder, and runs `body` with it; the
  /// folder (where `body` may write more files) is removed afterwards.
  static func withSchemaFile<T>(_ arguments: [String] = [], _ body: (URL) throws -> T) throws -> T {
    let result = try CLI.run(["schema"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return try withTemporaryDirectory(prefix: "dpacheck-schema") { folder in
      let url = folder.appendingPathComponent("schema.json")
      try result.stdout.write(to: url, atomically: true, encoding: .utf8)
      return try body(url)
    }
  }

  static var exampleDeclarations: [String] {
    let folder = Package.path("Examples/declarations")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/declarations/\($0)" }
  }

  @Test func schemaIsDeterministicJSONWithTheDraftAndTheFormatConstant() throws {
    let first = try CLI.run(["schema"])
    let second = try CLI.run(["schema"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(json["required"] as? [String] == ["format"])
    #expect(json["additionalProperties"] as? Bool == false)
    #expect((json["patternProperties"] as? [String: Any])?["^x-"] != nil)
    let properties = try #require(json["properties"] as? [String: Any])
    #expect((properties["format"] as? [String: Any])?["const"] as? String == "dpacheck/declaration/v1")
    let breach = try #require((properties["breach_notification"] as? [String: Any])?["properties"] as? [String: Any])
    let hours = try #require(breach["max_hours"] as? [String: Any])
    #expect(hours["type"] as? [String] == ["integer", "null"])
    #expect(hours["minimum"] as? Int == 0)
    #expect((hours["description"] as? String)?.hasPrefix("Within how many hours") == true)
    let countries = try #require(
      ((json["$defs"] as? [String: Any])?["country"] as? [String: Any])?["enum"] as? [String])
    #expect(countries.contains("NO") && countries.contains("EL") && countries.contains("DK"))
    let danish = try CLI.run(["schema", "--lang", "da"])
    #expect(danish.stdout.contains("\"description\" : \"Inden for hvor mange timer"))
  }

  @Test(Self.validatorTrait) func schemaIsAValidDraft202012Schema() throws {
    try Self.withSchemaFile { schema in
      let result = try Validator.run(["--check-metaschema", schema.path])
      #expect(result.status == 0, "\(result.output)")
    }
  }

  @Test(Self.validatorTrait) func everyExampleDeclarationValidates() throws {
    #expect(Self.exampleDeclarations.count >= 5)
    try Self.withSchemaFile { schema in
      let result = try Validator.run(["--schemafile", schema.path] + Self.exampleDeclarations.map(Package.path))
      #expect(result.status == 0, "\(result.output)")
    }
  }

  @Test(Self.validatorTrait) func theTemplateFilledWithExamplesValidates() throws {
    let template = try CLI.run(["template", "--with-examples"])
    #expect(template.status == 0, "\(template.stderr)")
    try Self.withSchemaFile { schema in
      let file = schema.deletingLastPathComponent().appendingPathComponent("filled.yaml")
      try template.stdout.write(to: file, atomically: true, encoding: .utf8)
      let result = try Validator.run(["--schemafile", schema.path, file.path])
      #expect(result.status == 0, "\(result.output)")
    }
  }

  struct Invalid: Sendable, CustomTestStringConvertible {
    var file: String
    var rules: [String]
    var complaint: String
    var testDescription: String { file }
  }

  static let invalid: [Invalid] = [
    Invalid(file: "Tests/Fixtures/declarations/typo-key.yaml", rules: [], complaint: "phased_update"),
    Invalid(
      file: "Tests/Fixtures/golden/broken.yaml", rules: ["--rules", "Tests/Fixtures/rules", "--profile", "golden"],
      complaint: "nmae"),
  ]

  @Test(Self.validatorTrait, arguments: invalid)
  func invalidFixturesAreRefused(_ fixture: Invalid) throws {
    try Self.withSchemaFile(fixture.rules) { schema in
      let result = try Validator.run(["--schemafile", schema.path, Package.path(fixture.file)])
      #expect(result.status == 1, "\(result.output)")
      #expect(result.output.contains(fixture.complaint), "\(result.output)")
    }
  }

  @Test(Self.validatorTrait) func goldenFixturesValidateAgainstTheirOwnSchema() throws {
    let files = ["Tests/Fixtures/golden/acme.yaml", "Tests/Fixtures/golden/nordic.yaml"].map(Package.path)
    try Self.withSchemaFile(["--rules", "Tests/Fixtures/rules", "--profile", "golden"]) { schema in
      let result = try Validator.run(["--schemafile", schema.path] + files)
      #expect(result.status == 0, "\(result.output)")
    }
  }

  @Test(Self.validatorTrait) func aValueOfTheWrongTypeIsRefused() throws {
    try Self.withSchemaFile { schema in
      let file = schema.deletingLastPathComponent().appendingPathComponent("wrong.yaml")
      let text = """
        format: dpacheck/declaration/v1
        breach_notification:
          max_hours: yes
        vendor:
          country: NO
          x-internal-id: 7

        """
      try text.write(to: file, atomically: true, encoding: .utf8)
      let result = try Validator.run(["--schemafile", schema.path, file.path])
      #expect(result.status == 1)
      #expect(result.output.contains("max_hours"), "\(result.output)")
      #expect(!result.output.contains("country"), "NO is read as the country code, as dpacheck reads it")
    }
  }
}

/// The external JSON Schema validator, `check-jsonschema`, through the shared test helper.
enum Validator {
  typealias Result = Validators.Run

  /// Runs check-jsonschema; throws when it is missing (tests that call this carry
  /// `Validators.jsonSchemaTool`, so they only run without it when DPACHECK_REQUIRE_VALIDATORS=1).
  static func run(_ arguments: [String]) throws -> Result {
    guard let result = try Validators.run("check-jsonschema", ["--color", "never"] + arguments) else {
      throw Validators.Failure(
        description: "check-jsonschema is not on PATH but DPACHECK_REQUIRE_VALIDATORS=1 requires it")
    }
    return result
  }
}
