import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension DPACheck {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check declarations and write a gap report.",
      discussion: """
        PATH is a declaration file or a folder; a folder means every *.yaml and *.yml file below it, \
        sorted (files and folders whose names start with '.' are skipped). Every requirement of the \
        profile gives one finding: met, gap, unanswered (the field is missing or null), not_applicable \
        or waived. Unanswered counts like a gap for the gate.

        Exit codes: 0 gate passed, 1 gate failed, 2 invalid input (2 wins over 1), 64 bad usage.
        """)

    @Argument(
      help: ArgumentHelp("Declaration files or folders of them.", valueName: "PATH"),
      completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(
      name: .long,
      help: ArgumentHelp("The evaluation date for freshness and expiry (default: today, UTC).", valueName: "YYYY-MM-DD")
    )
    var asOf: String?

    @Option(
      name: .long, help: ArgumentHelp("A waivers file (format dpacheck/waivers/v1).", valueName: "FILE"),
      completion: .file())
    var waivers: String?

    @Option(
      name: .long,
      help: ArgumentHelp(
        "An earlier JSON report: fail only on gaps that are new or worse since then, and list what changed.",
        valueName: "REPORT.json"), completion: .file())
    var baseline: String?

    @Option(name: .long, help: "The report format.")
    var format: ReportFormat = .text

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write the report to FILE (atomically) instead of stdout.", valueName: "FILE"),
      completion: .file())
    var output: String?

    @Option(name: .long, help: "The report language.")
    var lang: Language = .en

    @Option(
      name: .long,
      help: ArgumentHelp(
        "The lowest severity whose gaps fail the run (default: the profile's fail_on).",
        valueName: "critical|high|medium|low|none"))
    var failOn: FailOn?

    func validate() throws {
      if let asOf, Day(asOf) == nil {
        throw ValidationError(DiagnosticMessage(.usageAsOf, .text(asOf)).text(lang))
      }
    }

    func run() throws {
      let catalog = try rulesOptions.catalog(forEvaluation: true, language: lang)
      let ruleSet = try profileOptions.ruleSet(in: catalog, language: lang)
      let waiverSet = try waivers.map { path in
        try Diagnostics.exitOnError(language: lang) { () throws(Diagnostic) -> WaiverSet in
          try WaiverSet.load(
            InputFile.source(path), knownRules: Set(catalog.allRequirements.map(\.id)),
            workingDirectory: FileSystem.currentDirectory)
        }
      }
      let baselineReport = try baseline.map { path in
        try Diagnostics.exitOnError(language: lang) { () throws(Diagnostic) -> Baseline in
          try Baseline.load(InputFile.source(path), workingDirectory: FileSystem.currentDirectory)
        }
      }
      let checker = Checker(
        ruleSet: ruleSet, asOf: asOf.flatMap(Day.init) ?? Today.utc, waivers: waiverSet, failOn: failOn,
        baseline: baselineReport)
      let colored = output == nil && format == .text && Terminal.isColorTerminal(STDOUT_FILENO)
      let run = CheckRun(
        checker: checker, reporter: format.reporter, options: RenderOptions(language: lang, colored: colored))
      let files = CheckRun.expand(paths)
      try ReportOutput.refuseOverwriting(files + (waivers.map { [$0] } ?? []), with: output, language: lang)
      let summary = try ReportOutput.write(to: output, language: lang) { sink in
        try run.run(files: files, to: sink, progress: Progress.reporter(total: files.count, language: lang))
      }
      for declaration in summary.declarations where !declaration.valid {
        for diagnostic in declaration.diagnostics { Diagnostics.emit(diagnostic, language: lang) }
      }
      if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
  }
}
