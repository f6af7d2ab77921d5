import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import Spreadsheets
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
          dpacheck template --format xlsx --lang da -o spoergeskema.xlsx

        With --format xlsx the questionnaire is a workbook a vendor fills in without knowing YAML \
        (docs/spreadsheets.md): a row per question with its guidance, typed answer cells (dropdowns, \
        dates, numbers), a sheet per list of entries (sub-processors, locations, transfers, …). \
        'dpacheck import' reads it back into a declaration.
        """)

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: "The language of the questions and help.")
    var lang: Language = .en

    @Flag(name: .long, help: "Fill in the questionnaire's example answers: a worked example.")
    var withExamples = false

    @Option(name: .long, help: ArgumentHelp("The schema named in the first line, for editors.", valueName: "PATH|URL"))
    var schema: String = TemplateWriter.defaultSchemaPath

    @Option(name: .long, help: "yaml (a declaration to fill in) or xlsx (a workbook, to a file given with -o).")
    var format: TemplateFormat = .yaml

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write the template to FILE (atomically) instead of stdout.", valueName: "FILE"),
      completion: .file())
    var output: String?

    @Option(
      name: .long,
      help: ArgumentHelp("The workbook's creation date (xlsx; default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    enum TemplateFormat: String, ExpressibleByArgument, CaseIterable {
      case yaml, xlsx
    }

    func validate() throws {
      if format == .xlsx && (output == nil || output == "-") {
        throw ValidationError(DiagnosticMessage(.usageXLSXNeedsFile).text(lang))
      }
      if format == .xlsx && withExamples {
        throw ValidationError(DiagnosticMessage(.usageExamplesNeedYAML).text(lang))
      }
      if let asOf, Day(asOf) == nil {
        throw ValidationError(DiagnosticMessage(.usageAsOf, .text(asOf)).text(lang))
      }
    }

    func run() throws {
      let catalog = try rulesOptions.catalog(language: lang)
      let ruleSet = try profileOptions.ruleSet(in: catalog, language: lang)
      switch format {
      case .yaml:
        let writer = TemplateWriter(language: lang, filledWithExamples: withExamples, schemaPath: schema)
        let text = writer.render(ruleSet)
        guard let output else { return print(text, terminator: "") }
        try ReportOutput.write(to: output, language: lang) { sink in
          try sink.write(text)
          try sink.finish()
        }
      case .xlsx:
        let layout = QuestionnaireWorkbook(questionnaire: catalog.questionnaire, language: lang)
        let stream = WorkbookInstruction.stream(layout.template(profile: ruleSet.profileID))
        try ReportOutput.write(to: output, language: lang) { sink in
          try ReportWorkbook.write(stream, to: sink, created: asOf.flatMap(Day.init) ?? Today.utc)
        }
      }
    }
  }
}
