import ArgumentParser
import ComplianceCore
import Frontend
import YAMLSupport

/// The `dpacheck` command.
@main
struct DPACheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dpacheck",
    abstract: "Check data processors' self-declarations against the Danish standard DPA (GDPR Art. 28).",
    discussion: """
      A vendor answers the questionnaire in a YAML declaration; dpacheck evaluates it against the \
      requirement packs of a profile and reports every requirement as met, gap, unanswered, not \
      applicable or waived, with the line of the declaration it concerns.

      Exit codes:
        0   evaluated, and the gate passed
        1   the gate failed: a gap or unanswered requirement at or above
            --fail-on, not waived
        2   invalid input: a YAML or questionnaire error, an unknown rule or
            profile, an unreadable file
        64  bad command-line usage

      Examples:
        dpacheck check Examples/declarations/nordlys-cloud.yaml
        dpacheck check vendors/ --format json -o report.json
        dpacheck diff nordlys-2025.yaml nordlys-2026.yaml
        dpacheck template > declaration.yaml
        dpacheck schema > dpacheck-declaration.schema.json
        dpacheck template --format xlsx --lang da -o spoergeskema.xlsx
        dpacheck import besvaret.xlsx -o declaration.yaml
        dpacheck explain BR-01 --lang da
        dpacheck rules show --profile kommune-sundhed
        dpacheck rules test
        dpacheck plan Examples/register/register.yaml --format ics -o tilsyn.ics
        dpacheck record Examples/register/register.yaml --processor sag-nordlys --lang da -o notat.html

      Shell completions: dpacheck --generate-completion-script bash|zsh|fish (see docs/completions.md).
      """,
    version: DPACheckVersion.current,
    subcommands: [
      Check.self, Config.self, Diff.self, Explain.self, Import.self, Plan.self, Record.self, Rules.self,
      Schema.self, Template.self,
    ],
    defaultSubcommand: nil
  )

  /// Runs the command; an unknown subcommand close to a known one gets a suggestion first.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let first = arguments.first, !first.hasPrefix("-") {
      let names = configuration.subcommands.compactMap { $0.configuration.commandName }
      if !names.contains(first) && first != "help" {
        var message = DiagnosticMessage(.usageUnknownCommand, .text(first), .list(names))
        if let suggestion = Suggestion.closest(to: first, in: names) {
          message = DiagnosticMessage(.usageUnknownCommandSuggested, .text(first), .text(suggestion), .list(names))
        }
        Diagnostics.emitError(message, language: .en)
        exit(withError: ExitCode(64))
      }
    }
    main(arguments)
  }
}
