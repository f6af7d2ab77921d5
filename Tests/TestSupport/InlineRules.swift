package import ComplianceCore
package import Foundation
package import YAMLSupport

/// Builds catalogs from inline rule files on top of the package's questionnaire and country data,
/// for testing the engine without depending on the shipped packs.
package enum InlineRules {
  private static func shipped(_ path: String) -> String {
    (try? String(contentsOfFile: Package.path("Rules/\(path)"), encoding: .utf8)) ?? ""
  }

  /// A catalog with one pack `t` holding `requirements` (the body after `requirements:`), and
  /// profiles given as `[id: text]`.
  package static func catalog(
    requirements: String, packAppliesWhen: String? = nil, profiles: [String: String] = [:], readsExamples: Bool = true
  ) throws -> Catalog {
    var files: [(String, String)] = [
      ("data/countries.yaml", shipped("data/countries.yaml")),
      ("t/questionnaire.yaml", shipped("dk-dpa/questionnaire.yaml")),
      (
        "t/pack.yaml",
        "format: dpacheck/pack/v1\nid: t\ntitle: {da: T, en: T}\nversion: \"1\"\nexamples_as_of: 2026-11-26\n"
          + (packAppliesWhen.map { "applies_when: \($0)\n" } ?? "")
      ),
      ("t/r.yaml", "format: dpacheck/requirements/v1\nrequirements:\n" + requirements),
      ("profiles/p.yaml", "format: dpacheck/profile/v1\npacks: [t]\nfail_on: high\n"),
    ]
    for (id, text) in profiles { files.append(("profiles/\(id).yaml", text)) }
    return try RuleLoader(rules: EmbeddedRuleSource(files: files, prefix: ""), readsExamples: readsExamples)
      .loadCatalog()
  }

  /// A requirement with the given check, in the YAML form `catalog(requirements:)` takes.
  package static func requirement(
    id: String = "T-01", check: String, parameters: String = "", severity: String = "high", appliesWhen: String? = nil,
    informational: Bool = false
  ) -> String {
    let informationalLine = informational ? "    informational: true\n" : ""
    let parametersLine = parameters.isEmpty ? "" : "    parameters: \(parameters)\n"
    let appliesWhenLine = appliesWhen.map { "    applies_when: \($0)\n" } ?? ""
    return """
        - id: \(id)
          title: {da: "Titel", en: "Title"}
          rationale: {da: "Begrundelse", en: "Rationale"}
          met_if: {da: "Kravet er opfyldt, hvis x.", en: "The requirement is met if x."}
          clause: "10"
          gdpr: ["Art. 33(2)"]
          severity: \(severity)
      \(informationalLine)\(parametersLine)\(appliesWhenLine)    check: \(check)
          remediation: {da: "Gør x.", en: "Do x."}

      """
  }

  /// Evaluates the single requirement of `catalog` against a declaration body (without `format`).
  package static func evaluate(
    _ catalog: Catalog, declaration body: String, asOf: String = "2026-11-26", file: String = "d.yaml"
  ) throws -> Finding {
    let ruleSet = try RuleSet.resolve(profile: "p", in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
    let checker = Checker(ruleSet: ruleSet, asOf: Day(asOf) ?? Day(ordinal: 0))
    let report = checker.check(SourceFile(name: file, text: "format: dpacheck/declaration/v1\n" + body))
    if !report.valid { throw DiagnosticList(report.diagnostics) }
    guard let finding = report.findings.first else { throw DiagnosticList([]) }
    return finding
  }

  /// The status of a one-requirement catalog with `check` on `body`.
  package static func status(check: String, parameters: String = "", _ body: String, asOf: String = "2026-11-26") throws
    -> Status
  {
    try evaluate(
      catalog(requirements: requirement(check: check, parameters: parameters)), declaration: body, asOf: asOf
    ).status
  }
}
