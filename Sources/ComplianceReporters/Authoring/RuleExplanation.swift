public import ComplianceCore
public import YAMLSupport

/// One requirement in full, as a profile tailors it: what `dpacheck explain RULE-ID` prints.
///
/// Shows the texts (title, rationale, criterion, remediation) with the profile's parameter values
/// filled in, the legal references, the severity and each parameter with who set it, the check in
/// the rule language, the questions of the fields it reads, and its examples.
public struct RuleExplanation: Sendable {
  /// The requirement as its pack defines it.
  public let requirement: Requirement
  /// Its pack.
  public let pack: Pack
  /// The profile it is explained in.
  public let ruleSet: RuleSet
  /// The requirement as the profile resolves it; nil when excluded or its pack is not evaluated.
  public let resolved: ResolvedRequirement?
  /// `resolved`, or the pack's defaults: the values the texts are filled in with.
  private let effective: ResolvedRequirement

  /// Finds requirement `id` in the catalog of `ruleSet`.
  ///
  /// - Throws: `AuthoringError.unknownRequirement` with the closest id, for a "did you mean".
  public init(id: String, in ruleSet: RuleSet) throws(AuthoringError) {
    for pack in ruleSet.catalog.packs {
      if let requirement = pack.requirements.first(where: { $0.id == id }) {
        self.requirement = requirement
        self.pack = pack
        self.ruleSet = ruleSet
        resolved = ruleSet.requirements.first { $0.id == id }
        effective = resolved ?? .defaults(requirement)
        return
      }
    }
    let known = ruleSet.catalog.allRequirements.map(\.id)
    throw .unknownRequirement(id, suggestion: Suggestion.closest(to: id, in: known))
  }

  /// The effective parameter values: the profile's, else the pack's defaults.
  public var parameterValues: [String: ParameterValue] { effective.parameters }

  /// The explanation as text in `language`.
  public func render(_ language: Language) -> String {
    var lines = [requirement.id + ": " + text(\.title, language), ""]
    lines += Wrap.labelled(facts(language))
    lines += parameters(language)
    lines += paragraph(Phrase.rationale.text(language), text(\.rationale, language))
    lines += paragraph(Phrase.criterion.text(language), text(\.metIf, language))
    lines += applicability(language)
    lines += section(AuthoringPhrase.checkLabel.text(language), Self.lines(requirement.check, indent: 2))
    lines += fieldsRead(language)
    lines += paragraph(Phrase.remediation.text(language), text(\.remediation, language))
    lines += examples(language)
    return lines.joined(separator: "\n") + "\n"
  }

  /// A text of the requirement with `{parameter}` placeholders filled in with the effective values.
  public func text(_ keyPath: KeyPath<Requirement, LocalizedText>, _ language: Language) -> String {
    effective.text(keyPath, language)
  }

  private func facts(_ language: Language) -> [(label: String, value: String)] {
    let catalog = ruleSet.catalog
    var rows: [(label: String, value: String)] = [
      (AuthoringPhrase.packLabel.text(language), "\(pack.id) (\(pack.title.text(language)))"),
      (
        Phrase.clause.text(language),
        requirement.clause + (ClauseName.title(requirement.clause, in: catalog, language).map { " (\($0))" } ?? "")
      ),
      (Phrase.articles.text(language), LegalCitation.gdpr(requirement.gdpr, language)),
    ]
    if !requirement.mapsTo.isEmpty {
      rows.append(
        (
          Phrase.mapsTo.text(language),
          requirement.mapsTo.map { LegalCitation.mapping($0, language) }.joined(separator: ", ")
        ))
    }
    var profile = ruleSet.profileID
    if ruleSet.chain.count > 1 {
      profile +=
        " (" + AuthoringPhrase.extendsChain.format(language, ruleSet.chain.dropFirst().joined(separator: " → ")) + ")"
    }
    rows.append((Phrase.profile.text(language), profile))
    if let exclusion = ruleSet.exclusions.first(where: { $0.rule == requirement.id }) {
      rows.append(
        (
          AuthoringPhrase.inProfile.text(language),
          AuthoringPhrase.excludedBy.format(language, exclusion.setBy, exclusion.justification)
        ))
    } else if !ruleSet.packs.contains(where: { $0.id == pack.id }) {
      rows.append(
        (
          AuthoringPhrase.inProfile.text(language),
          AuthoringPhrase.notInProfile.format(language, ruleSet.profileID, pack.id)
        ))
    }
    let severity = resolved?.severity ?? requirement.severity
    let source = Provenance.describe(
      setBy: resolved?.severitySetBy, profile: ruleSet.profileID, packDefault: requirement.severity.name(language),
      language)
    let kind = requirement.isInformational ? "; " + AuthoringPhrase.informational.text(language) : ""
    rows.append((Phrase.severity.text(language), "\(severity.name(language)) (\(source))\(kind)"))
    return rows
  }

  private func parameters(_ language: Language) -> [String] {
    guard !requirement.parameters.isEmpty else { return [] }
    let values = parameterValues
    var lines = ["", AuthoringPhrase.parametersLabel.text(language) + ":"]
    for spec in requirement.parameters {
      let value = values[spec.name] ?? spec.value
      let source = Provenance.describe(
        setBy: resolved?.parameterSetBy[spec.name], profile: ruleSet.profileID, packDefault: spec.value.description,
        language)
      lines += Wrap.prefixed("\(spec.name) = \(value) (\(source))", prefix: "  ")
      if let description = spec.description?.text(language) {
        lines += Wrap.prefixed(description, prefix: "    ")
      }
    }
    return lines
  }

  private func applicability(_ language: Language) -> [String] {
    var body: [String] = []
    if let check = pack.appliesWhen {
      body += Wrap.prefixed(AuthoringPhrase.packAppliesWhen.format(language, pack.id), prefix: "  ")
      body += Self.lines(check, indent: 4)
    }
    if let check = requirement.appliesWhen {
      if !body.isEmpty { body += Wrap.prefixed(AuthoringPhrase.requirementAppliesWhen.text(language), prefix: "  ") }
      body += Self.lines(check, indent: body.isEmpty ? 2 : 4)
    }
    if body.isEmpty { body = Wrap.prefixed(AuthoringPhrase.alwaysApplies.text(language), prefix: "  ") }
    return section(AuthoringPhrase.appliesWhen.text(language), body)
  }

  private func fieldsRead(_ language: Language) -> [String] {
    let checks = [pack.appliesWhen, requirement.appliesWhen, requirement.check].compactMap { $0 }
    var seen: Set<String> = []
    let paths = checks.flatMap(\.fieldsRead).filter { seen.insert($0).inserted }
    let questionnaire = ruleSet.catalog.questionnaire
    var body: [String] = []
    for path in paths {
      body.append("  " + path)
      let spec =
        questionnaire.field(path) ?? (path.hasSuffix("[]") ? questionnaire.field(String(path.dropLast(2))) : nil)
      if let spec {
        body += Wrap.prefixed(spec.question.text(language), prefix: "    ")
      }
    }
    return section(AuthoringPhrase.fieldsRead.text(language), body)
  }

  private func examples(_ language: Language) -> [String] {
    guard !requirement.examples.isEmpty else { return [] }
    var body: [String] = []
    for (index, example) in requirement.examples.enumerated() {
      if index > 0 { body.append("") }
      var head =
        "  " + example.expect.name(language) + ": " + (example.name ?? AuthoringPhrase.unnamedExample.text(language))
      if let asOf = example.asOf ?? pack.examplesAsOf {
        head += " (" + AuthoringPhrase.asOfDate.format(language, asOf.description) + ")"
      }
      body.append(head)
      let fragment = YAMLTree(example.declaration.root.value)
      if case .mapping(let entries) = fragment, entries.isEmpty {
        body += Wrap.prefixed(AuthoringPhrase.emptyFragment.text(language), prefix: "    ")
      } else {
        body += fragment.blockLines(indent: 4)
      }
    }
    return section(AuthoringPhrase.examplesLabel.text(language), body)
  }

  /// A check in the rule language: on one line when it is short, else as block YAML.
  private static func lines(_ check: Check, indent: Int) -> [String] {
    let tree = CheckText.tree(check)
    let pad = String(repeating: " ", count: indent)
    return tree.inlineForm().map { [pad + $0] } ?? tree.blockLines(indent: indent)
  }

  private func paragraph(_ title: String, _ text: String) -> [String] {
    section(title, Wrap.prefixed(text, prefix: "  "))
  }

  private func section(_ title: String, _ body: [String]) -> [String] {
    ["", title + ":"] + body
  }
}
