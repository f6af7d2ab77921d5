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
    func report(_ code: String, _ message: String, severity: Diagnostic.Severity = .error) {
      found.append(Diagnostic(code, message, at: at, severity: severity))
    }
    let texts: [(String, LocalizedText)] = [
      ("title", requirement.title), ("rationale", requirement.rationale), ("met_if", requirement.metIf),
      ("remediation", requirement.remediation),
    ]
    for (key, text) in texts {
      for language in Language.allCases where text.text(language).trimmingWhitespace.isEmpty {
        report("lint.text", "\(requirement.id): '\(key)' has no \(language == .da ? "Danish" : "English") text")
      }
      if !text.da.isEmpty && text.da == text.en && key != "title" {
        report("lint.text", "\(requirement.id): '\(key)' is the same in Danish and English; translate it", severity: .warning)
      }
    }
    for language in Language.allCases where !requirement.metIf.text(language).hasPrefix(metIfPrefix.text(language)) {
      report("lint.met-if", "\(requirement.id): 'met_if' (\(language.rawValue)) should start \"\(metIfPrefix.text(language)) …\"")
    }
    if requirement.gdpr.isEmpty {
      report("lint.gdpr", "\(requirement.id): no GDPR article is cited")
    }
    let used = Set(requirement.check.parametersUsed + (requirement.appliesWhen?.parametersUsed ?? []))
      .union(texts.flatMap { _, text in Language.allCases.flatMap { Interpolation.placeholders(in: text.text($0)) } })
    for parameter in requirement.parameters where !used.contains(parameter.name) {
      report("lint.parameter", "\(requirement.id): parameter '\(parameter.name)' is used neither by the check nor in a text", severity: .warning)
    }
    let expectations = Set(requirement.examples.map(\.expect))
    // An informational requirement is never a gap, so it has no gap example to give.
    for status in requirement.isInformational ? [Status.met] : [.met, .gap] where !expectations.contains(status) {
      report("lint.examples", "\(requirement.id): no '\(status.rawValue)' example")
    }
    return found
  }
}
