public import YAMLSupport

/// Checks declarations against a rule set: the engine's entry point.
public struct Checker: Sendable {
  /// The rules.
  public let ruleSet: RuleSet
  /// The evaluation date.
  public let asOf: Day
  /// Waivers, if any.
  public let waivers: WaiverSet?
  /// The gate threshold.
  public let failOn: FailOn
  /// An earlier report: the gate then fails only on what is new or worse.
  public let baseline: Baseline?
  private let loader: DeclarationLoader
  private let packs: [String: Pack]

  /// Creates a checker.
  public init(ruleSet: RuleSet, asOf: Day, waivers: WaiverSet? = nil, failOn: FailOn? = nil, baseline: Baseline? = nil, limits: YAMLLimits = .default) {
    self.baseline = baseline
    self.ruleSet = ruleSet
    self.asOf = asOf
    self.waivers = waivers
    self.failOn = failOn ?? ruleSet.failOn
    loader = ruleSet.catalog.declarationLoader.with(limits: limits)
    packs = Dictionary(ruleSet.packs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Loads, validates and evaluates one declaration; an invalid file yields a report with its
  /// diagnostics and no findings.
  public func check(_ source: SourceFile) -> DeclarationReport {
    do {
      let declaration = try loader.load(source)
      var report = DeclarationReport(
        file: source.name, vendor: declaration.vendorName, valid: true, diagnostics: [],
        findings: evaluate(declaration))
      if let baseline {
        report.baseline = BaselineDelta.compare(&report.findings, with: baseline.entries(file: report.file, vendor: report.vendor))
      }
      return report
    } catch {
      return DeclarationReport(file: source.name, vendor: nil, valid: false, diagnostics: error.diagnostics, findings: [])
    }
  }

  /// A report for a file that could not be read at all.
  public func unreadable(_ file: String, _ diagnostic: Diagnostic) -> DeclarationReport {
    DeclarationReport(file: file, vendor: nil, valid: false, diagnostics: [diagnostic], findings: [])
  }

  /// Every requirement's finding for a valid declaration, sorted.
  public func evaluate(_ declaration: Declaration) -> [Finding] {
    var findings: [Finding] = []
    findings.reserveCapacity(ruleSet.requirements.count)
    // The rule set's requirements are already in report order.
    for resolved in ruleSet.requirements {
      var finding = Self.evaluate(resolved, pack: packs[resolved.requirement.pack], declaration: declaration, asOf: asOf, countries: ruleSet.catalog.countries, warningWindowDays: ruleSet.warningWindowDays)
      applyWaivers(to: &finding, declaration: declaration)
      findings.append(finding)
    }
    return findings
  }

  /// Evaluates one requirement: applicability first, then its check.
  public static func evaluate(
    _ resolved: ResolvedRequirement, pack: Pack?, declaration: Declaration, asOf: Day, countries: Countries, warningWindowDays: Int
  ) -> Finding {
    var evaluator = Evaluator(declaration: declaration, asOf: asOf, countries: countries, parameters: resolved.parameters, warningWindowDays: warningWindowDays)
    let origin = SourceLocation.start(of: declaration.file)
    let conditions = [pack?.appliesWhen, resolved.requirement.appliesWhen].compactMap { $0 }
    for condition in conditions {
      let applicability = evaluator.evaluate(condition)
      if applicability.truth == .no {
        let first = applicability.failures.first
        return Finding(requirement: resolved, status: .notApplicable, path: first?.path ?? "", location: first?.location ?? origin, evidence: applicability.failures, missing: [], lapses: [])
      }
    }
    let outcome = evaluator.evaluate(resolved.requirement.check)
    switch outcome.truth {
    case .yes:
      let first = outcome.supports.first
      return Finding(requirement: resolved, status: .met, path: first?.path ?? "", location: first?.location ?? origin, evidence: outcome.supports, missing: [], lapses: outcome.lapses)
    case .no:
      let first = outcome.failures.first
      return Finding(requirement: resolved, status: .gap, path: first?.path ?? "", location: first?.location ?? origin, evidence: outcome.failures, missing: outcome.missing, lapses: [])
    case .unknown:
      let first = outcome.missing.first
      return Finding(requirement: resolved, status: .unanswered, path: first?.path ?? "", location: first?.location ?? origin, evidence: [], missing: outcome.missing, lapses: [])
    }
  }

  private func applyWaivers(to finding: inout Finding, declaration: Declaration) {
    guard let waivers, finding.status == .gap || finding.status == .unanswered else { return }
    let matching = waivers.matching(rule: finding.rule, vendor: declaration.vendorName, file: declaration.file)
    finding.matchedWaivers = matching.map(\.location)
    if let live = matching.filter({ $0.expires >= asOf }).max(by: { $0.expires < $1.expires }) {
      finding.statusBeforeWaiver = finding.status
      finding.status = .waived
      finding.waiver = AppliedWaiver(reason: live.reason, approvedBy: live.approvedBy, expires: live.expires, location: live.location)
      if live.expires.ordinal - asOf.ordinal <= WaiverSet.warningWindowDays {
        finding.extraWarnings.append(LocalizedText(
          da: Phrase.expiringWaiver.format(.da, live.rule, live.target, live.expires.description),
          en: Phrase.expiringWaiver.format(.en, live.rule, live.target, live.expires.description)))
      }
    } else if let expired = matching.max(by: { $0.expires < $1.expires }) {
      finding.extraWarnings.append(LocalizedText(
        da: Phrase.expiredWaiver.format(.da, expired.rule, expired.target, expired.expires.description),
        en: Phrase.expiredWaiver.format(.en, expired.rule, expired.target, expired.expires.description)))
    }
  }

  /// How each waiver fared over a run, from the waivers each declaration matched.
  public func waiverUses(_ matchCounts: [SourceLocation: Int]) -> [WaiverUse] {
    guard let waivers else { return [] }
    return waivers.waivers.map { waiver in
      let matches = matchCounts[waiver.location] ?? 0
      let state: WaiverUse.State
      if waiver.expires < asOf {
        state = .expired
      } else if matches == 0 {
        state = .unused
      } else {
        state = waiver.expires.ordinal - asOf.ordinal <= WaiverSet.warningWindowDays ? .expiring : .live
      }
      return WaiverUse(waiver: waiver, state: state, matches: matches)
    }
  }
}
