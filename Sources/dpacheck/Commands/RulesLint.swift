import ArgumentParser
import ComplianceCore
import Frontend
import YAMLSupport

extension DPACheck.Rules {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check the rule packs and profiles for mistakes, listing all of them.",
      discussion: """
        Loading a rules folder already rejects checks that read unknown fields or misuse a field's \
        type, unknown parameters, country sets and severities, and duplicate ids (the first such \
        error stops the load). Lint then resolves every profile and checks every requirement's texts \
        in both languages, its criterion, its GDPR citations, its parameters and its examples.

        Exit codes:
          0   no errors (warnings are printed)
          2   errors found, each with file:line:column
        """)

    @OptionGroup var rulesOptions: RulesOptions

    func run() throws {
      let catalog = try rulesOptions.catalog()
      let found = RuleLinter.lint(catalog)
      for diagnostic in found { Diagnostics.emit(diagnostic) }
      let errors = found.filter { $0.severity == .error }.count
      let requirements = catalog.allRequirements.count
      let counts = "\(catalog.packs.count) packs, \(requirements) requirements, \(catalog.profileIDs.count) profiles"
      print("\(counts): \(errors) errors, \(found.count - errors) warnings")
      if errors > 0 { throw ExitCode(2) }
    }
  }
}
