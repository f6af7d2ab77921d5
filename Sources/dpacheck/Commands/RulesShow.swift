import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

extension DPACheck.Rules {
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show a resolved profile: its chain, packs, gate, tailoring and exclusions.",
      discussion: """
        For the profile and the profiles it extends: the packs and fail_on and which profile set \
        them, every requirement whose severity or parameters a profile set, every parameter's value \
        with its source (set in this profile, inherited from one it extends, or the pack default), \
        and the excluded requirements with their justification.
        """)

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: "The language of the output.")
    var lang: Language = .en

    func run() throws {
      let catalog = try rulesOptions.catalog()
      let ruleSet = try profileOptions.ruleSet(in: catalog)
      print(ProfileView(ruleSet: ruleSet).render(lang), terminator: "")
    }
  }
}
