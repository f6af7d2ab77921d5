import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

extension DPACheck {
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "explain",
      abstract: "Explain one requirement in full, as a profile tailors it.",
      discussion: """
        Prints the requirement's title, rationale and criterion, its clause and GDPR articles, its \
        severity and parameters in the profile (and which profile set them), when it applies, the \
        check and the questions of the fields it reads, the remediation, and its examples.

        Exit codes:
          0   explained
          2   unknown requirement (with a suggestion) or invalid rules
        """)

    @Argument(help: ArgumentHelp("The requirement's id, such as BR-01.", valueName: "RULE-ID"))
    var id: String

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: "The language of the explanation.")
    var lang: Language = .en

    func run() throws {
      let catalog = try rulesOptions.catalog(language: lang)
      let ruleSet = try profileOptions.ruleSet(in: catalog, language: lang)
      do {
        print(try RuleExplanation(id: id, in: ruleSet).render(lang), terminator: "")
      } catch {
        Diagnostics.emitError(error.message, language: lang)
        throw ExitCode(2)
      }
    }
  }
}
