import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import Spreadsheets
import YAMLSupport

extension DPACheck {
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules",
      abstract: "Inspect, test and document the rule packs and profiles.",
      subcommands: [Docs.self, Lint.self, List.self, Show.self, Test.self])
  }
}

extension DPACheck.Rules {
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test",
      abstract: "Run every requirement's examples and report example coverage per pack.",
      discussion:
        "Fails (exit 1) when an example does not come out as it says, or a requirement lacks a met or a gap example.")

    @OptionGroup var rulesOptions: RulesOptions

    func run() throws {
      let catalog = try rulesOptions.catalog()
      let results = ExampleRunner.run(catalog)
      var failed = 0
      for result in results where !result.passed {
        failed += 1
        let outcome: [MessageArgument] = [
          .text(result.rule), .text(result.expected.rawValue), .text(result.actual.rawValue), .text(result.message),
        ]
        let message =
          result.name.map { DiagnosticMessage(.exampleFailedNamed, arguments: [.text($0)] + outcome) }
          ?? DiagnosticMessage(.exampleFailed, arguments: outcome)
        Diagnostics.emit(Diagnostic(message, at: result.location))
      }
      var incomplete = 0
      print("pack                  requirements  met  gap  unanswered")
      for coverage in ExampleRunner.coverage(catalog) {
        let pack = coverage.pack.rightPadded(22)
        let requirements = String(coverage.requirements).leftPadded(12)
        let met = String(coverage.withMet).leftPadded(3)
        let gap = String(coverage.withGap).leftPadded(3)
        let unanswered = String(coverage.withUnanswered).leftPadded(10)
        print("\(pack)\(requirements)  \(met)  \(gap)  \(unanswered)")
        for id in coverage.incomplete {
          incomplete += 1
          Diagnostics.emitError(DiagnosticMessage(.exampleIncomplete, .text(id), .text(coverage.pack)), language: .en)
        }
      }
      print("\(results.count - failed) passed, \(failed) failed")
      if failed > 0 || incomplete > 0 { throw ExitCode(1) }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the requirements of a profile: id, severity, clause and title, by pack.",
      discussion: """
        A severity marked '*' was set by the profile (or one it extends); 'dpacheck rules show' says which.

        --format html or csv gives the requirements as a municipality attaches them to a tender (a \
        kravbank): id, requirement, criterion for met, legal basis, must or should (must: a gap fails the \
        profile's fail_on), severity, and the declaration fields that answer it, in --lang. The CSV is \
        RFC 4180, UTF-8 with a byte order mark, its header row in --lang. --format xlsx writes the same \
        columns as a workbook (to a file given with -o), with a frozen header and an autofilter.
        """)

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: "The language of the titles and headings.")
    var lang: Language = .en

    @Option(name: .long, help: "The output format: the text table, or the kravbank for a tender (html, csv, xlsx).")
    var format: RulesListFormat = .text

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write to FILE (atomically) instead of stdout.", valueName: "FILE"), completion: .file())
    var output: String?

    func validate() throws {
      if format == .xlsx && (output == nil || output == "-") {
        throw ValidationError(DiagnosticMessage(.usageXLSXNeedsFile).text(lang))
      }
    }

    func run() throws {
      let catalog = try rulesOptions.catalog()
      let ruleSet = try profileOptions.ruleSet(in: catalog)
      let text: String
      switch format {
      case .text: text = RuleTable.render(ruleSet, lang)
      case .html: text = KravbankWriter.html(Kravbank(ruleSet, language: lang), toolVersion: DPACheckVersion.current)
      case .csv: text = KravbankWriter.csv(Kravbank(ruleSet, language: lang))
      case .xlsx:
        let stream = WorkbookInstruction.stream(KravbankWorkbook.instructions(Kravbank(ruleSet, language: lang)))
        // A fixed creation date: the same rules give the same bytes whatever the day.
        try ReportOutput.write(to: output, language: lang) { sink in
          try ReportWorkbook.write(stream, to: sink, created: Day(year: 2026, month: 1, day: 1) ?? .earliest)
        }
        return
      }
      guard let output, output != "-" else {
        print(text, terminator: "")
        return
      }
      try ReportOutput.write(to: output, language: lang) { sink in
        try sink.write(text)
        try sink.finish()
      }
    }
  }
}

extension String {
  func rightPadded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
