import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import Spreadsheets
import YAMLSupport

extension DPACheck {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Read a filled questionnaire workbook (XLSX) into a declaration.",
      discussion: """
        FILE is a workbook written by 'dpacheck template --format xlsx' and filled in by a vendor \
        (docs/spreadsheets.md). The answers are written as a declaration (format \
        dpacheck/declaration/v1), each under its question as a comment, and checked as 'check' reads \
        a declaration. Every problem is reported by sheet and cell, and nothing is written:

          Underdatabehandlere!F3: 'Danmark' is not an ISO 3166-1 alpha-2
          country code (such as DK, DE or US); use the code 'DK' for Denmark

        Exit codes:
          0   the declaration was written
          2   invalid input: not an XLSX workbook, not a questionnaire
              workbook, a wrong answer, a file too large
          64  bad usage

        Examples:
          dpacheck template --format xlsx --lang da -o spoergeskema.xlsx
          dpacheck import besvaret.xlsx -o declaration.yaml
          dpacheck check declaration.yaml
        """)

    @Argument(help: ArgumentHelp("The filled workbook.", valueName: "FILE"), completion: .file(extensions: ["xlsx"]))
    var file: String

    @OptionGroup var rulesOptions: RulesOptions

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write the declaration to FILE (atomically) instead of stdout.", valueName: "FILE"),
      completion: .file(extensions: ["yaml"]))
    var output: String?

    @Option(name: .long, help: "The language of the messages (default: the workbook's).")
    var lang: Language?

    func run() throws {
      let early = lang ?? .en
      try ReportOutput.refuseOverwriting([file], with: output, language: early)
      let bytes = try Diagnostics.exitOnError(language: early) { () throws(Diagnostic) -> [UInt8] in
        try InputFile.read(file, limit: WorkbookReader.maxFileBytes)
      }
      let workbook: ReadWorkbook
      do {
        workbook = try WorkbookReader.read(bytes, name: file)
      } catch {
        Diagnostics.emitError(error.message, language: early)
        throw ExitCode(2)
      }
      let catalog = try rulesOptions.catalog(language: early)
      let (reader, workbookLanguage): (WorkbookImport, Language)
      do {
        (reader, workbookLanguage) = try WorkbookImport.reading(workbook, questionnaire: catalog.questionnaire)
      } catch {
        Diagnostics.emitError(
          DiagnosticMessage(.importNotTemplate, .text(file), .message(error.reason)), language: early)
        throw ExitCode(2)
      }
      let language = lang ?? workbookLanguage
      let name = PathName.lastComponent(of: file)
      let imported = reader.declaration(from: workbook, source: name)
      let problems = WorkbookImport.problems(
        of: imported, loader: catalog.declarationLoader, name: output ?? "<stdout>")
      if !problems.isEmpty {
        for problem in problems {
          let message = DiagnosticMessage(.importCell, .text(problem.cell), .message(problem.message))
          var text = "\(file): \(Diagnostic.Severity.error.label(language)): \(message.text(language))"
          for note in problem.notes {
            text += "\n  \(Diagnostic.Severity.note.label(language)): \(note.text(language))"
          }
          Diagnostics.emit(text)
        }
        throw ExitCode(2)
      }
      try ReportOutput.write(to: output, language: language) { sink in
        try sink.write(imported.yaml)
        try sink.finish()
      }
    }
  }
}
