import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

extension DPACheck {
  struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "template",
      abstract: "Print a blank declaration to fill in, with every question as a comment.",
      discussion: """
        The template holds every field of the questionnaire (all packs' questions), grouped by \
        section: null for every answer, lists included ([] would answer "none"), and a commented \
        example entry for each list of entries. Its first line points editors (yaml-language-server) \
        at the JSON Schema that 'dpacheck schema' writes, for completion and checks while typing.

        Examples:
          dpacheck template > declaration.yaml
          dpacheck schema > dpacheck-declaration.schema.json
          dpacheck template --lang da --with-examples
        """)

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: "The language of the questions and help.")
    var lang: Language = .en

    @Flag(name: .long, help: "Fill in the questionnaire's example answers: a worked example.")
    var withExamples = false

    @Option(name: .long, help: ArgumentHelp("The schema named in the first line, for editors.", valueName: "PATH|URL"))
    var schema: String = TemplateWriter.defaultSchemaPath

    func run() throws {
      let catalog = try rulesOptions.catalog(language: lang)
      let ruleSet = try profileOptions.ruleSet(in: catalog, language: lang)
      let writer = TemplateWriter(language: lang, filledWithExamples: withExamples, schemaPath: schema)
      print(writer.render(ruleSet), terminator: "")
    }
  }
}
