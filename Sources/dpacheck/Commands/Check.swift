import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Foundation
import YAMLSupport

extension DPACheck {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check declarations and write a gap report.",
      discussion: """
        PATH is a declaration file or a folder; a folder means every *.yaml and *.yml file below it, \
        sorted. Every requirement of the profile gives one finding: met, gap, unanswered (the field \
        is missing or null), not_applicable or waived. Unanswered counts like a gap for the gate.

        Exit codes: 0 gate passed, 1 gate failed, 2 invalid input (2 wins over 1), 64 bad usage.
        """)

    @Argument(help: ArgumentHelp("Declaration files or folders of them.", valueName: "PATH"))
    var paths: [String]

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: ArgumentHelp("The evaluation date for freshness and expiry (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("A waivers file (format dpacheck/waivers/v1).", valueName: "FILE"))
    var waivers: String?

    @Option(name: .long, help: "The report format.")
    var format: OutputFormat = .text

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to FILE (atomically) instead of stdout.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: "The report language.")
    var lang: LanguageOption = .en

    @Option(name: .long, help: ArgumentHelp("The lowest severity whose gaps fail the run (default: the profile's fail_on).", valueName: "critical|high|medium|low|none"))
    var failOn: FailOnOption?

    func validate() throws {
      if let asOf, Day(asOf) == nil {
        throw ValidationError("--as-of takes a date written YYYY-MM-DD; '\(asOf)' is not one")
      }
    }

    func run() throws {
      let catalog = try rulesOptions.catalog()
      let ruleSet = try profileOptions.ruleSet(in: catalog)
      let waiverSet = try waivers.map { path in
        try Diagnostics.exitOnError { () throws(Diagnostic) -> WaiverSet in
          try WaiverSet.load(SourceFile(name: path, bytes: InputFile.read(path)), knownRules: Set(catalog.allRequirements.map(\.id)))
        }
      }
      let day = asOf.flatMap(Day.init) ?? Today.utc
      let checker = Checker(ruleSet: ruleSet, asOf: day, waivers: waiverSet, failOn: failOn?.value)
      let report = CheckRun(checker: checker).run(files: CheckRun.expand(paths))
      for declaration in report.declarations where !declaration.valid {
        declaration.diagnostics.forEach(Diagnostics.emit)
      }
      let colored = output == nil && format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      let text = try format.value.reporter.render(report, options: RenderOptions(language: lang.language, colored: colored))
      try ReportOutput.write(text, to: output)
      if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
  }
}

/// `--format`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
  var value: ReportFormat { ReportFormat(rawValue: rawValue) ?? .text }
}

/// `--fail-on`.
enum FailOnOption: String, ExpressibleByArgument, CaseIterable {
  case critical, high, medium, low, none
  var value: FailOn { FailOn(rawValue: rawValue) ?? .high }
}
