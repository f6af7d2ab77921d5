import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

extension DPACheck {
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Print the JSON Schema of a declaration, for editors and validators.",
      discussion: """
        A JSON Schema (draft 2020-12) generated from the questionnaire: each field's type, allowed \
        values and question. Every field also accepts null (unanswered); only 'format' is required. \
        Keys starting with 'x-' are allowed everywhere; any other unknown key is refused.

        The schema reads YAML as YAML 1.2 does (so does check-jsonschema): write text that looks \
        like a number in quotes, such as min_tls_version: "1.2" or cvr: "01234567".

        Examples:
          dpacheck schema > dpacheck-declaration.schema.json
          check-jsonschema --schemafile dpacheck-declaration.schema.json declaration.yaml
        """)

    @OptionGroup var rulesOptions: RulesOptions
    @OptionGroup var profileOptions: ProfileOptions

    @Option(name: .long, help: "The language of the descriptions (the questions and help).")
    var lang: Language = .en

    func run() throws {
      let catalog = try rulesOptions.catalog()
      let ruleSet = try profileOptions.ruleSet(in: catalog)
      print(try DeclarationSchema(language: lang).render(ruleSet.catalog), terminator: "")
    }
  }
}
