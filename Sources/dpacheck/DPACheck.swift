import ArgumentParser
import ComplianceCore

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
        1   the gate failed: a gap or unanswered requirement at or above --fail-on, not waived
        2   invalid input: a YAML or questionnaire error, an unknown rule or profile, an unreadable file
        64  bad command-line usage

      Examples:
        dpacheck check Examples/declarations/nordlys-cloud.yaml
        dpacheck check vendors/ --format json -o report.json
        dpacheck rules test
      """,
    version: DPACheckVersion.current,
    subcommands: [Check.self, Rules.self],
    defaultSubcommand: nil
  )
}
