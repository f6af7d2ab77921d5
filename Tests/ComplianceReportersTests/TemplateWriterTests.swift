import ComplianceCore
import ComplianceReporters
import Frontend
import TestSupport
import Testing
import YAMLSupport

/// `dpacheck template`: the blank template loads, covers the questionnaire, and filled with the
/// questionnaire's examples answers every requirement.
@Suite struct TemplateWriterTests {
  static let asOf = Day("2026-11-26") ?? Day(ordinal: 0)

  static func ruleSet(_ profile: String = "kommune", rules: String = "Rules") throws -> RuleSet {
    let catalog = try RuleLoader(rules: DirectoryRuleSource(root: Package.path(rules))).loadCatalog()
    return try RuleSet.resolve(profile: profile, in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
  }

  static func check(_ text: String, _ ruleSet: RuleSet) -> DeclarationReport {
    Checker(ruleSet: ruleSet, asOf: asOf).check(SourceFile(name: "template.yaml", text: text))
  }

  @Test(arguments: ["kommune", "kommune-sundhed"], Language.allCases)
  func filledWithExamplesAnswersEveryRequirement(profile: String, language: Language) throws {
    let ruleSet = try Self.ruleSet(profile)
    let text = TemplateWriter(language: language, filledWithExamples: true).render(ruleSet)
    let report = Self.check(text, ruleSet)
    #expect(report.valid, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
    let unanswered = report.findings.filter { $0.status == .unanswered }
    #expect(unanswered.isEmpty, "unanswered: \(unanswered.map { "\($0.rule) (\($0.path))" }.joined(separator: ", "))")
    #expect(!report.findings.isEmpty)
  }

  @Test(arguments: Language.allCases)
  func blankTemplateLoadsAndLeavesTheAnswersOpen(language: Language) throws {
    let ruleSet = try Self.ruleSet()
    let report = Self.check(TemplateWriter(language: language).render(ruleSet), ruleSet)
    #expect(report.valid, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
    #expect(report.findings.contains { $0.status == .unanswered })
  }

  @Test func blankTemplateHoldsEveryFieldOutsideListsOfEntries() throws {
    let ruleSet = try Self.ruleSet()
    let text = TemplateWriter().render(ruleSet)
    let root = try YAMLDocument.parseMapping(SourceFile(name: "template.yaml", text: text))
    let fields = ruleSet.catalog.questionnaire.fields.filter { !$0.path.contains("[]") }
    #expect(!fields.isEmpty, "no fields outside lists to look for")
    for field in fields {
      var node: Node? = .mapping(root)
      for key in field.path.split(separator: ".") {
        guard case .mapping(let mapping)? = node else {
          node = nil
          break
        }
        node = mapping[String(key)]
      }
      #expect(node != nil, "the template lacks '\(field.path)'")
    }
    #expect(root["format"].flatMap { if case .scalar(let s) = $0 { s.text } else { nil } } == "dpacheck/declaration/v1")
  }

  @Test func startsWithTheSchemaModelineAndNamesTheSchemaCommand() throws {
    let text = TemplateWriter(schemaPath: "./decl.schema.json").render(try Self.ruleSet())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "# yaml-language-server: $schema=./decl.schema.json")
    #expect(text.contains("dpacheck schema > decl.schema.json"))
    #expect(lines.contains("format: dpacheck/declaration/v1"))
  }

  @Test(arguments: Language.allCases)
  func sectionsAreHeadedWithTheirTitleAndClauseAndCommentsFitTheWidth(language: Language) throws {
    let text = TemplateWriter(language: language).render(try Self.ruleSet())
    let breach =
      language == .en
      ? "# ── Notification of personal data breaches · Clause 10: Notification of personal data breaches ─"
      : "# ── Underretning om brud på persondatasikkerheden " + String(repeating: "─", count: 49) + "\n"
        + "# Bestemmelse 10: Underretning om brud på persondatasikkerheden\n"
    #expect(text.contains(breach))
    let question =
      language == .en ? "# Within how many hours of becoming aware of a breach" : "# Inden for hvor mange timer"
    #expect(text.contains(question))
    for line in text.split(separator: "\n") {
      #expect(line.count <= 100, "too long: \(line)")
    }
  }

  @Test func listsAreUnansweredWithACommentedExampleEntry() throws {
    let text = TemplateWriter().render(try Self.ruleSet())
    #expect(text.contains("\n  locations: null\n  # An entry looks like this"))
    #expect(text.contains("\n  #   - country: DK\n"))
    #expect(text.contains("\n  purposes: null\n"))
    // [] would answer "none"; an untouched template answers nothing.
    #expect(text.contains("\n  special_categories: null\n"))
    // (A commented-out example entry may show [], as for a sub-processor's own sub-processors.)
    let answers = text.split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("#") }
    #expect(!answers.contains { $0.hasSuffix(": []") })
  }

  @Test func fieldsOutsideEverySectionComeUnderOtherQuestions() throws {
    let ruleSet = try Self.ruleSet("golden", rules: "Tests/Fixtures/rules")
    let text = TemplateWriter().render(ruleSet)
    #expect(text.contains("# ── The vendor · Appendix A"))
    #expect(text.contains("# ── Other questions ─"))
    #expect(Self.check(text, ruleSet).valid)
    let filled = Self.check(TemplateWriter(filledWithExamples: true).render(ruleSet), ruleSet)
    #expect(filled.valid)
    #expect(!filled.findings.contains { $0.status == .unanswered })
  }
}
