import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import Spreadsheets
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

        Exit codes:
          0   the gate passed
          1   the gate failed
          2   invalid input (wins over 1)
          64  bad usage
        """)

    @Argument(
      help: ArgumentHelp("Declaration files or folders of them.", valueName: "PATH"),
      completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var settings: SettingsOptions

    @Option(
      name: .long,
      help: ArgumentHelp("The evaluation date for freshness and expiry (default: today, UTC).", valueName: "YYYY-MM-DD")
    )
    var asOf: String?

    @Option(name: .long, help: "The report format (xlsx: a workbook, to a file given with -o).")
    var format: ReportFormat = .text

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write the report to FILE (atomically) instead of stdout.", valueName: "FILE"),
      completion: .file())
    var output: String?

    @Flag(
      name: [.short, .long],
      help: "Print only the findings that fail the gate and the problems of invalid files, a line each (text).")
    var quiet = false

    @Flag(
      name: .long,
      help: ArgumentHelp(
        "Skip YAML files that are not declarations (no 'format: dpacheck/declaration/v1'), with a note; "
          + "for hooks that are given every changed YAML file."))
    var skipNonDeclarations = false

    func validate() throws {
      if paths.filter({ $0 == "-" }).count > 1 {
        throw ValidationError(DiagnosticMessage(.usageStandardInputTwice).text(settings.earlyLanguage))
      }
      if format.needsFile && (output == nil || output == "-") {
        throw ValidationError(DiagnosticMessage(.usageXLSXNeedsFile).text(settings.earlyLanguage))
      }
      if let asOf, Day(asOf) == nil {
        throw ValidationError(DiagnosticMessage(.usageAsOf, .text(asOf)).text(settings.earlyLanguage))
      }
    }

    func run() throws {
      let settings = try self.settings.resolve()
      let lang = settings.language.value
      let waivers = settings.waivers.value
      let catalog = try rulesOptions.catalog(forEvaluation: true, language: lang)
      let ruleSet = try ProfileOptions.ruleSet(settings.profile.value, in: catalog, language: lang)
      let waiverSet = try waivers.map { path in
        try Diagnostics.exitOnError(language: lang) { () throws(Diagnostic) -> WaiverSet in
          try WaiverSet.load(
            InputFile.source(path), knownRules: Set(catalog.allRequirements.map(\.id)),
            workingDirectory: FileSystem.currentDirectory)
        }
      }
      let baselineReport = try settings.baseline.value.map { path in
        try Diagnostics.exitOnError(language: lang) { () throws(Diagnostic) -> Baseline in
          try Baseline.load(InputFile.source(path), workingDirectory: FileSystem.currentDirectory)
        }
      }
      let checker = Checker(
        ruleSet: ruleSet, asOf: asOf.flatMap(Day.init) ?? Today.utc, waivers: waiverSet, failOn: settings.failOn.value,
        baseline: baselineReport)
      let profileMap = try settings.profileMap.value.map { path in
        try Diagnostics.exitOnError(language: lang) { () throws(Diagnostic) -> ProfileMap in
          try ProfileMap.load(
            InputFile.source(path), knownProfiles: catalog.profileIDs, workingDirectory: FileSystem.currentDirectory)
        }
      }
      var otherCheckers: [String: Checker] = [:]
      for id in profileMap?.profiles ?? [] where id != ruleSet.profileID {
        otherCheckers[id] = Checker(
          ruleSet: try ProfileOptions.ruleSet(id, in: catalog, language: lang), asOf: checker.asOf, waivers: waiverSet,
          failOn: settings.failOn.value, baseline: baselineReport)
      }
      let colored = (output == nil || output == "-") && format == .text && Terminal.isColorTerminal(STDOUT_FILENO)
      let reporter = quiet && format == .text ? QuietReporter() : format.reporter
      var run = CheckRun(
        checker: checker, reporter: reporter, options: RenderOptions(language: lang, colored: colored))
      run.profileMap = profileMap
      run.otherCheckers = otherCheckers
      var files = CheckRun.expand(paths, excluding: settings.exclude.value)
      // The profile map may live in the folder of declarations it maps: it is not one of them.
      if let map = settings.profileMap.value {
        let mapPath = PathName.normalised(map, workingDirectory: FileSystem.currentDirectory)
        files.removeAll { $0 == mapPath }
      }
      if skipNonDeclarations {
        let skipped = files.filter { !DeclarationFilter.isDeclaration($0) }
        for file in skipped {
          Diagnostics.emitNote(DiagnosticMessage(.noteSkippedNotDeclaration, .text(file)), language: lang)
        }
        files.removeAll { skipped.contains($0) }
      }
      let inputs = files + [waivers, settings.profileMap.value].compactMap { $0 }
      try ReportOutput.refuseOverwriting(inputs, with: output, language: lang)
      let summary = try ReportOutput.write(to: output, language: lang) { sink in
        let progress = Progress.reporter(total: files.count, language: lang)
        if format == .xlsx {
          return try ReportWorkbook.check(run, files: files, to: sink, created: checker.asOf, progress: progress)
        }
        return try run.run(files: files, to: sink, progress: progress)
      }
      // The problems of invalid files go to stderr too, for logs that keep only it, but not when
      // the report itself is on the terminal: there they would show twice.
      let reportOnTerminal = (output == nil || output == "-") && Terminal.isTerminal(STDOUT_FILENO)
      for declaration in summary.declarations where !declaration.valid && !reportOnTerminal {
        for diagnostic in declaration.diagnostics { Diagnostics.emit(diagnostic, language: lang) }
      }
      if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
  }
}
