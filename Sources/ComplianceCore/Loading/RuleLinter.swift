public import YAMLSupport

/// Checks a rules folder beyond what loading requires: every profile resolves, texts are complete
/// in both languages, criteria are phrased as criteria, and parameters are used.
///
/// Loading already rejects unknown fields, operators that do not fit a field's type, unknown
/// parameters and country sets, duplicate ids and invalid severities; the linter collects the
/// remaining problems of the whole folder instead of stopping at the first.
public enum RuleLinter {
  /// Every problem the type comment lists, across all profiles and requirements, sorted by place.
  public static func lint(_ catalog: Catalog) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for id in catalog.profileIDs {
      do {
        _ = try RuleSet.resolve(profile: id, in: catalog) { (path) throws(Diagnostic) -> SourceFile in
          try catalog.rules.read(path)
        }
      } catch {
        found.append(error)
      }
    }
    for pack in catalog.packs {
      for requirement in pack.requirements {
        found += lint(requirement)
      }
    }
    return found.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
  }

  static let metIfPrefix = LocalizedText(da: "Kravet er opfyldt, hvis", en: "The requirement is met if")

  private static func lint(_ requirement: Requirement) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let at = requirement.definedAt
    func report(_ kind: DiagnosticKind, _ arguments: MessageArgument...) {
      found.append(Diagnostic(DiagnosticMessage(kind, arguments: arguments), at: at))
    }
    let id = MessageArgument.text(requirement.id)
    let texts: [(String, LocalizedText)] = [
      ("title", requirement.title), ("rationale", requirement.rationale), ("met_if", requirement.metIf),
      ("remediation", requirement.remediation),
    ]
    for (key, text) in texts {
      for language in Language.allCases where text.text(language).trimmingWhitespace.isEmpty {
        report(language == .da ? .lintNoDanish : .lintNoEnglish, id, .text(key))
      }
      if !text.da.isEmpty && text.da == text.en && key != "title" {
        report(.lintUntranslated, id, .text(key))
      }
    }
    for language in Language.allCases where !requirement.metIf.text(language).hasPrefix(metIfPrefix.text(language)) {
      report(.lintMetIf, id, .text(language.rawValue), .text(metIfPrefix.text(language)))
    }
    if requirement.gdpr.isEmpty {
      report(.lintNoArticle, id)
    }
    let used = Set(requirement.check.parametersUsed + (requirement.appliesWhen?.parametersUsed ?? []))
      .union(texts.flatMap { _, text in Language.allCases.flatMap { Interpolation.placeholders(in: text.text($0)) } })
    for parameter in requirement.parameters where !used.contains(parameter.name) {
      report(.lintUnusedParameter, id, .text(parameter.name))
    }
    let expectations = Set(requirement.examples.map(\.expect))
    // An informational requirement is never a gap, so it has no gap example to give.
    for status in requirement.isInformational ? [Status.met] : [.met, .gap] where !expectations.contains(status) {
      report(.lintNoExample, id, .text(status.rawValue))
    }
    return found
  }
}
