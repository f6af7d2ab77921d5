import BundledRules
import ComplianceCore
import Frontend
import TestSupport
import Testing
import YAMLSupport

/// The shipped packs load, and every requirement's examples come out as they say.
@Suite struct ShippedRulesTests {
  @Test func everyExampleOfEveryPackPasses() throws {
    let catalog = try Package.catalog()
    let results = ExampleRunner.run(catalog)
    #expect(!results.isEmpty)
    for result in results where !result.passed {
      let outcome = "expected \(result.expected.rawValue), got \(result.actual.rawValue)"
      Issue.record("\(result.location): example of \(result.rule) \(outcome): \(result.message)")
    }
  }

  @Test func everyRequirementHasMetAndGapExamples() throws {
    let catalog = try Package.catalog()
    let coverage = ExampleRunner.coverage(catalog)
    // One entry for every pack, so that the loop below cannot pass by checking nothing.
    #expect(!catalog.packs.isEmpty)
    #expect(coverage.map(\.pack) == catalog.packs.map(\.id))
    #expect(coverage.map(\.requirements).reduce(0, +) == catalog.allRequirements.count)
    for coverage in coverage {
      #expect(coverage.requirements > 0, "\(coverage.pack) has no requirements")
      #expect(coverage.incomplete.isEmpty, "\(coverage.pack): \(coverage.incomplete)")
    }
  }

  @Test func bundledAndDirectoryRulesAgree() throws {
    let catalog = try Package.catalog()
    #expect(catalog.packs.map(\.id) == catalog.packs.map(\.id).sorted())
    #expect(catalog.profileIDs.contains("kommune"))
    let directory = try DirectoryRuleSource(root: Package.path("Rules"))
    #expect(BundledRules.files.map(\.path) == (try directory.paths()))
    for file in BundledRules.files {
      let onDisk = try directory.read(file.path)
      #expect(Array(file.contents.utf8) == onDisk.bytes, "\(file.path): the embedded text is stale")
    }
  }

  /// Each built-in file's tree, written when the binary was built, is exactly what parsing its text
  /// gives now: same nodes, same positions.
  @Test func everyBundledTreeIsTheParsedText() throws {
    #expect(BundledRules.files.count > 10)
    for file in BundledRules.files {
      let archive = try #require(file.tree, "\(file.path) has no archived tree")
      let parsed = try YAMLDocument.parse(SourceFile(name: "Rules/" + file.path, text: file.contents))
      let decoded = try #require(NodeArchive.decode(archive, file: "Rules/" + file.path))
      #expect(NodeDump.dump(decoded) == NodeDump.dump(parsed), "\(file.path)")
    }
  }

  /// Loading from the archived trees gives the same catalog as parsing the same files.
  @Test func theBundledCatalogIsTheParsedCatalog() throws {
    let archived = try RuleLoader(rules: EmbeddedRuleSource(files: BundledRules.files)).loadCatalog()
    let parsed = try RuleLoader(
      rules: EmbeddedRuleSource(files: BundledRules.files.map { ($0.path, $0.contents) })
    ).loadCatalog()
    func summary(_ catalog: Catalog) -> [String] {
      catalog.allRequirements.map { requirement in
        let parameters = requirement.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
        let examples = requirement.examples.map { "\($0.expect.rawValue)@\($0.location)" }.joined(separator: ",")
        let head = "\(requirement.id) \(requirement.definedAt) \(requirement.severity) \(requirement.clause)"
        return "\(head) [\(parameters)] [\(examples)] \(requirement.title.text(.en))"
      }
    }
    #expect(summary(archived).count == 116)
    #expect(summary(archived) == summary(parsed))
    #expect(archived.questionnaire.fields.map(\.path) == parsed.questionnaire.fields.map(\.path))
  }

  /// A file without an archived tree is parsed, with the same diagnostics as any rule file.
  @Test func aFileWithoutATreeIsParsedAndItsErrorsReported() throws {
    let source = EmbeddedRuleSource(files: [(path: "broken.yaml", contents: "a: [1, 2\n", tree: nil)])
    #expect(throws: Diagnostic.self) { try source.document("broken.yaml") }
    do {
      _ = try source.document("broken.yaml")
    } catch {
      #expect(error.location.file == "Rules/broken.yaml")
      #expect(error.location.line == 2)
    }
  }
}

/// Evaluating declarations does not need the requirements' examples: a loader told so skips them
/// and loads the same requirements otherwise.
@Suite struct ExampleSkippingTests {
  @Test func aCatalogWithoutExamplesHasTheSameRequirements() throws {
    let full = try RuleLoader(rules: EmbeddedRuleSource(files: BundledRules.files)).loadCatalog()
    let lean = try RuleLoader(rules: EmbeddedRuleSource(files: BundledRules.files), readsExamples: false).loadCatalog()
    // allSatisfy holds for an empty list: the shipped packs hold 116 requirements.
    #expect(full.allRequirements.count == 116)
    #expect(full.allRequirements.allSatisfy { !$0.examples.isEmpty })
    #expect(lean.allRequirements.allSatisfy { $0.examples.isEmpty })
    #expect(lean.allRequirements.map(\.id) == full.allRequirements.map(\.id))
    #expect(lean.allRequirements.map(\.definedAt) == full.allRequirements.map(\.definedAt))
  }

  @Test func aBrokenExampleFailsOnlyWhenExamplesAreRead() throws {
    let requirement =
      InlineRules.requirement(check: "{field: breach_notification.max_hours, max: 48}")
      + "    examples:\n      - {expect: met, declaration: {breach_notification: {max_hourz: 24}}}\n"
    #expect(throws: Diagnostic.self) { try InlineRules.catalog(requirements: requirement) }
    let lean = try InlineRules.catalog(requirements: requirement, readsExamples: false)
    #expect(lean.allRequirements.map(\.id) == ["T-01"])
  }
}
