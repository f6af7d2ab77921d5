public import ComplianceCore
public import YAMLSupport

/// A resolved profile as text, for `dpacheck rules show`: its `extends` chain, packs, gate and
/// warning window with who set them, the requirements it tailors, every parameter with its value
/// and source, and its exclusions with their justification.
public struct ProfileView: Sendable {
  /// The resolved profile.
  public let ruleSet: RuleSet
  /// The profiles of the chain as written, the profile itself first.
  private var profiles: [Profile] { ruleSet.profiles }

  /// Creates a view of `ruleSet`.
  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
  }

  /// The view as text in `language`.
  public func render(_ language: Language) -> String {
    let profileID = ruleSet.profileID
    var lines = [
      Phrase.profile.text(language) + " " + profileID + (profiles.first?.title.map { ": " + $0.text(language) } ?? ""),
      "",
    ]
    lines += Wrap.labelled(settings(language))
    lines += ["", AuthoringPhrase.tailoredHeading.text(language) + ":"]
    let tailored = ruleSet.requirements.filter { $0.severitySetBy != nil || !$0.parameterSetBy.isEmpty }
    if tailored.isEmpty { lines += Wrap.prefixed(AuthoringPhrase.noneTailored.text(language), prefix: "  ") }
    for requirement in tailored {
      lines += Wrap.prefixed(requirement.id + "  " + requirement.text(\.title, language), prefix: "  ")
      var rows = [
        [
          Phrase.severity.text(language), requirement.severity.name(language),
          Provenance.describe(
            setBy: requirement.severitySetBy, profile: profileID,
            packDefault: requirement.requirement.severity.name(language), language),
        ]
      ]
      rows += parameterRows(requirement, language).map { Array($0.dropFirst()) }
      lines += Wrap.table(rows, indent: 4)
    }
    lines += ["", AuthoringPhrase.allParametersHeading.text(language) + ":"]
    let parameters = ruleSet.requirements.flatMap { parameterRows($0, language) }
    if parameters.isEmpty {
      lines += Wrap.prefixed(AuthoringPhrase.noParameters.text(language), prefix: "  ")
    } else {
      let header = [AuthoringPhrase.idColumn, .parameterColumn, .valueColumn, .sourceColumn].map { $0.text(language) }
      lines += Wrap.table([header] + parameters, indent: 2)
    }
    lines += ["", AuthoringPhrase.exclusionsHeading.text(language) + ":"]
    if ruleSet.exclusions.isEmpty { lines += Wrap.prefixed(AuthoringPhrase.noExclusions.text(language), prefix: "  ") }
    for exclusion in ruleSet.exclusions {
      let title = ruleSet.catalog.allRequirements.first { $0.id == exclusion.rule }?.title.text(language) ?? ""
      let source = Provenance.describe(setBy: exclusion.setBy, profile: profileID, language)
      lines += Wrap.prefixed("\(exclusion.rule)  \(title) (\(source))", prefix: "  ")
      lines += Wrap.prefixed(exclusion.justification, prefix: "    ")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func settings(_ language: Language) -> [(label: String, value: String)] {
    let profileID = ruleSet.profileID
    let packsSetBy = profiles.first { $0.packs != nil }?.id
    let packs = ruleSet.packs.map(\.id).joined(separator: ", ")
    let packsSource =
      packsSetBy.map { Provenance.describe(setBy: $0, profile: profileID, language) }
      ?? AuthoringPhrase.allPacks.text(language)
    let windowSetBy = profiles.first { $0.warningWindowDays != nil }?.id
    let excluded = ruleSet.exclusions.count
    return [
      (AuthoringPhrase.chainLabel.text(language), ruleSet.chain.joined(separator: " → ")),
      (AuthoringPhrase.packsLabel.text(language), "\(packs) (\(packsSource))"),
      (
        AuthoringPhrase.failOnLabel.text(language),
        "\(ruleSet.failOn.rawValue) (\(source(ruleSet.failOnSetBy, language)))"
      ),
      (
        AuthoringPhrase.warningWindowLabel.text(language),
        AuthoringPhrase.days.format(language, String(ruleSet.warningWindowDays)) + " (\(source(windowSetBy, language)))"
      ),
      (
        AuthoringPhrase.requirementsLabel.text(language),
        AuthoringPhrase.requirementsCount.format(language, String(ruleSet.requirements.count), String(excluded))
      ),
    ]
  }

  /// A setting's source: a profile of the chain, or the built-in default.
  private func source(_ setBy: String?, _ language: Language) -> String {
    guard let setBy else { return AuthoringPhrase.defaultSetting.text(language) }
    return Provenance.describe(setBy: setBy, profile: ruleSet.profileID, language)
  }

  /// One row per parameter of `requirement`: id, name, value, source.
  private func parameterRows(_ requirement: ResolvedRequirement, _ language: Language) -> [[String]] {
    requirement.requirement.parameters.map { spec in
      let value = requirement.parameters[spec.name] ?? spec.value
      let source = Provenance.describe(
        setBy: requirement.parameterSetBy[spec.name], profile: ruleSet.profileID, packDefault: spec.value.description,
        language)
      return [requirement.id, spec.name, value.description, source]
    }
  }
}
