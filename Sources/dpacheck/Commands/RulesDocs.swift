import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend

extension DPACheck.Rules {
  struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "docs",
      abstract: "Write the Markdown reference of every requirement (docs/rules.md).",
      discussion: """
        Every requirement of every pack, grouped by pack and clause, with the criterion in English \
        and Danish and the parameters' defaults, after a table of the clauses each requirement \
        covers. The repository's docs/rules.md is this output; a test fails when it is stale.

        Example:
          swift run dpacheck rules docs -o docs/rules.md
        """)

    @OptionGroup var rulesOptions: RulesOptions

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write to FILE (atomically) instead of stdout.", valueName: "FILE"), completion: .file())
    var output: String?

    func run() throws {
      let catalog = try rulesOptions.catalog()
      let text = RulesReference().render(catalog)
      guard let output else {
        print(text, terminator: "")
        return
      }
      try ReportOutput.write(to: output) { sink in
        try sink.write(text)
        try sink.finish()
      }
    }
  }
}
