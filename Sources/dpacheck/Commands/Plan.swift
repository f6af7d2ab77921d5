import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

extension DPACheck {
  struct Plan: ParsableCommand {
    /// The formats of the plan.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case text, json, markdown, html, csv, ics
    }

    static let configuration = CommandConfiguration(
      commandName: "plan",
      abstract: "Write the supervision plan (the annual calendar) of a supervision register.",
      discussion: """
        REGISTER is a supervision register (format: dpacheck/register/v1): the municipality's \
        processors, their declarations, the chosen supervision concepts and the supervisions made. \
        For each processor the plan gives the risk points and band under the supervision model \
        (Datatilsynet's 2021 guidance by default), the concepts the band allows, whether the chosen \
        concept is allowed, the last supervision and the next due date, overdue remarks, whether the \
        declaration holds the evidence the concept is built on, and the declaration's own verdict \
        (evaluated as 'check' evaluates it, with the processor's profile or the register's).

        Status, the first that applies: invalid, concept_not_allowed, never_supervised, overdue, \
        due_soon (within the profile's warning window), ok. The ics format is an iCalendar file \
        with one event per due supervision and per open remark, to subscribe to in a calendar.

        Examples:
          dpacheck plan Examples/register/register.yaml --as-of 2026-12-01
          dpacheck plan register.yaml --format html --lang da -o tilsynsplan.html
          dpacheck plan register.yaml --format ics -o tilsyn.ics
          dpacheck plan register.yaml --format json |
            jq '.processors[] | select(.status != "ok")'

        Exit codes:
          0   nothing overdue
          1   a processor is overdue, never supervised or has a concept its
              band does not allow, or a remark is overdue
          2   invalid input: the register, the model, a declaration, an
              evidence file whose SHA-256 differs from the one recorded (the
              plan is still written, with the processor marked invalid; 2 wins
              over 1)
          64  bad usage

        See docs/supervision.md.
        """)

    @Argument(
      help: ArgumentHelp("The supervision register.", valueName: "REGISTER"),
      completion: .file(extensions: ["yaml", "yml"]))
    var register: String

    @OptionGroup var rulesOptions: RulesOptions

    @Option(
      name: .long, help: ArgumentHelp("The date the plan is made as of (default: today, UTC).", valueName: "YYYY-MM-DD")
    )
    var asOf: String?

    @Option(name: .long, help: "The format.")
    var format: Format = .text

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write the plan to FILE (atomically) instead of stdout.", valueName: "FILE"),
      completion: .file())
    var output: String?

    @Option(name: .long, help: "The language of the plan and of the messages.")
    var lang: Language = .en

    func validate() throws {
      if let asOf, Day(asOf) == nil {
        throw ValidationError(DiagnosticMessage(.usageAsOf, .text(asOf)).text(lang))
      }
    }

    func run() throws {
      let day = asOf.flatMap(Day.init) ?? Today.utc
      let catalog = try rulesOptions.catalog(forEvaluation: true, language: lang)
      let run = try Diagnostics.exitOnError(language: lang) { () throws(Diagnostic) -> SupervisionRun in
        try SupervisionRun(registerPath: register, catalog: catalog)
      }
      let plan = run.plan(asOf: day)
      try ReportOutput.refuseOverwriting([register], with: output, language: lang)
      try ReportOutput.write(to: output, language: lang) { sink in
        try sink.write(try render(plan))
        try sink.finish()
      }
      for entry in plan.entries {
        for diagnostic in entry.diagnostics { Diagnostics.emit(diagnostic, language: lang) }
      }
      if plan.exitCode != 0 { throw ExitCode(plan.exitCode) }
    }

    private func render(_ plan: SupervisionPlan) throws -> String {
      switch format {
      case .text: PlanText.render(plan, language: lang)
      case .json: try PlanJSON.render(plan, language: lang)
      case .markdown: PlanMarkdown.render(plan, language: lang)
      case .html: PlanHTML.render(plan, language: lang)
      case .csv: PlanCSV.render(plan)
      case .ics: PlanCalendar.render(plan, language: lang)
      }
    }
  }
}
