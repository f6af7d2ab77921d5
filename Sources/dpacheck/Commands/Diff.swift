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
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Show what changed between two declarations of the same service.",
      discussion: """
        Compares a vendor's earlier declaration (OLD) with its newer one (NEW) and lists what changed \
        in the standard's terms: sub-processors added or removed (with their countries, service and \
        transfer basis, and the municipality's deadline for objecting to a new one), countries added \
        or removed, transfer bases changed, every answer changed, and every requirement whose finding \
        changed. Both declarations are evaluated as of --as-of. Reordering lists or keys is no change.

        A change is material when it needs the municipality's attention: a sub-processor added or \
        removed, a new country, a changed transfer basis, a finding that got worse, or an answer \
        that moved the way a requirement disfavours (more breach hours). Each change names its \
        file:line:column in NEW (in OLD for what was removed).

        OLD and NEW may be folders: their declarations are paired by the identity --baseline uses \
        (the path below the folder, else the same vendor and service name); a declaration in only \
        one of them is listed and counts as material.

        The objection deadline of a new sub-processor is its notified_on plus \
        subprocessors.change_notice_days, or NEW's declared_on plus that period when notified_on is \
        not given; an objection on that day is in time.

        Exit codes:
          0   nothing material changed
          1   something material changed
          2   invalid input (a YAML or questionnaire error, an unreadable file)
          64  bad usage

        Examples:
          dpacheck diff nordlys-2025.yaml nordlys-2026.yaml
          dpacheck diff vendors-2025/ vendors-2026/ --format json -o changes.json
          dpacheck diff old.yaml new.yaml --format html --lang da -o aendringer.html
        """)

    @Argument(help: "The earlier declaration, or a folder of them.", completion: .file(extensions: ["yaml", "yml"]))
    var old: String

    @Argument(help: "The newer declaration, or a folder of them.", completion: .file(extensions: ["yaml", "yml"]))
    var new: String

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(
      name: .long,
      help: ArgumentHelp(
        "The evaluation date of both declarations' findings (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: "The report format.")
    var format: DiffFormat = .text

    @Option(name: .long, help: "The report language.")
    var lang: Language = .en

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write the report to FILE (atomically) instead of stdout.", valueName: "FILE"),
      completion: .file())
    var output: String?

    func validate() throws {
      if let asOf, Day(asOf) == nil {
        throw ValidationError(DiagnosticMessage(.usageAsOf, .text(asOf)).text(lang))
      }
      if DiffRun.isFolder(old) != DiffRun.isFolder(new) {
        throw ValidationError(DiagnosticMessage(.usageDiffMixed, .text(old), .text(new)).text(lang))
      }
    }

    func run() throws {
      let catalog = try rulesOptions.catalog(forEvaluation: true, language: lang)
      let ruleSet = try profileOptions.ruleSet(in: catalog, language: lang)
      let checker = Checker(ruleSet: ruleSet, asOf: asOf.flatMap(Day.init) ?? Today.utc)
      let report: DiffReport
      do {
        report = try DiffRun(checker: checker).run(old: old, new: new)
      } catch {
        for diagnostic in error.diagnostics { Diagnostics.emit(diagnostic, language: lang) }
        throw ExitCode(2)
      }
      try ReportOutput.refuseOverwriting([old, new], with: output, language: lang)
      let colored = (output == nil || output == "-") && format == .text && Terminal.isColorTerminal(STDOUT_FILENO)
      let text = try format.render(report, options: RenderOptions(language: lang, colored: colored))
      try ReportOutput.write(to: output, language: lang) { sink in
        try sink.write(text)
        try sink.finish()
      }
      if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
  }
}
