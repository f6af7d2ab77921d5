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
  /// Whether findings carry their evidence and data paths: the values read, what was expected,
  /// the paths of findings and missing fields, and the location of a met or failed finding (its
  /// first evidence's). A report that shows no finding in detail (the text summary table of a
  /// portfolio) does not need them; statuses, severities, waivers and the gate are the same either
  /// way. With a baseline they are recorded whatever this says: changed answers are read from the
  /// evidence.
  public var recordsEvidence = true
  private let loader: DeclarationLoader

  /// Creates a checker.
  public init(
    ruleSet: RuleSet, asOf: Day, waivers: WaiverSet? = nil, failOn: FailOn? = nil, baseline: Baseline? = nil,
    limits: YAMLLimits = .default
  ) {
    self.baseline = baseline
    self.ruleSet = ruleSet
    self.asOf = asOf
    self.waivers = waivers
    self.failOn = failOn ?? ruleSet.failOn
    loader = ruleSet.catalog.declarationLoader.with(limits: limits)
  }

  /// Loads, validates and evaluates one declaration; an invalid file yields a report with its
  /// diagnostics and no findings.
  public func check(_ source: SourceFile) -> DeclarationReport {
    var report = checkUnlabelled(source)
    report.profile = ruleSet.profileID
    return report
  }

  private func checkUnlabelled(_ source: SourceFile) -> DeclarationReport {
    do {
      let declaration = try loader.load(source)
      var report = DeclarationReport(
        file: source.name, vendor: declaration.vendorName, service: declaration.serviceName, valid: true,
        diagnostics: [], findings: try evaluate(declaration, source: source))
      report.cvr = declaration.vendorCVR
      report.declaredOn = declaration.declaredOn
      if let baseline {
        let entries = baseline.entries(file: report.file, vendor: report.vendor, service: report.service)
        report.baseline = BaselineDelta.compare(&report.findings, with: entries)
      }
      return report
    } catch let error as Diagnostic {
      return DeclarationReport(file: source.name, vendor: nil, valid: false, diagnostics: [error], findings: [])
    } catch let error as DiagnosticList {
      return DeclarationReport(
        file: source.name, vendor: nil, valid: false, diagnostics: error.diagnostics, findings: [])
    } catch {
      let diagnostic = Diagnostic(.ioUnexpected, .text("\(error)"), at: .start(of: source.name))
      return DeclarationReport(file: source.name, vendor: nil, valid: false, diagnostics: [diagnostic], findings: [])
    }
  }

  /// A report for a file that could not be read at all.
  public func unreadable(_ file: String, _ diagnostic: Diagnostic) -> DeclarationReport {
    var report = DeclarationReport(file: file, vendor: nil, valid: false, diagnostics: [diagnostic], findings: [])
    report.profile = ruleSet.profileID
    return report
  }

  /// Every requirement's finding for a valid declaration, sorted.
  ///
  /// - Throws: a diagnostic when a requirement would take more evaluation steps than the budget
  ///   allows (`Evaluator.stepBudget`): a check that multiplies the sizes of lists in a hostile
  ///   declaration, or nests quantifiers deeply. The diagnostic points at the list being walked and
  ///   names the requirement.
  public func evaluate(_ declaration: Declaration, source: SourceFile? = nil) throws(Diagnostic) -> [Finding] {
    // One evaluator for the whole declaration: only the parameters change between requirements.
    var evaluator = Evaluator(
      declaration: declaration, asOf: asOf, countries: ruleSet.catalog.countries, parameters: [:],
      warningWindowDays: ruleSet.warningWindowDays, recordsEvidence: recordsEvidence || baseline != nil)
    // A pack's applicability is the same for each of its requirements: evaluated once. A run has
    // a handful of packs, so they are found by a scan.
    var packApplicability: [(pack: String, outcome: Outcome)] = []
    for pack in ruleSet.packs {
      if let outcome = Self.applicability(of: pack, evaluator: &evaluator) {
        packApplicability.append((pack.id, outcome))
      }
      if evaluator.isExhausted {
        throw Self.exhausted(
          evaluator, what: .phrase(.thingPackApplicability, .text(pack.id)), at: nil, source: source)
      }
    }
    let relativePath = waivers?.relativePath(of: declaration.file)
    var findings: [Finding] = []
    findings.reserveCapacity(ruleSet.requirements.count)
    // The rule set's requirements are already in report order.
    for resolved in ruleSet.requirements {
      let pack = packApplicability.indices.first { packApplicability[$0].pack == resolved.requirement.pack }
      findings.append(
        Self.evaluate(resolved, packApplicability: pack.map { packApplicability[$0].outcome }, evaluator: &evaluator))
      if evaluator.isExhausted {
        let requirement = resolved.requirement
        let what = MessageArgument.phrase(.thingRequirementID, .text(requirement.id))
        throw Self.exhausted(evaluator, what: what, at: requirement.definedAt, source: source)
      }
      if let relativePath {
        applyWaivers(to: &findings[findings.count - 1], declaration: declaration, relativePath: relativePath)
      }
    }
    return findings
  }

  /// The error for a declaration whose evaluation ran out of steps while checking `what`.
  private static func exhausted(
    _ evaluator: Evaluator, what: MessageArgument, at definition: SourceLocation?, source: SourceFile?
  ) -> Diagnostic {
    let file = evaluator.declaration.file
    let budget = Evaluator.stepBudget(nodes: evaluator.declaration.nodeCount)
    var notes = [Diagnostic.Note(.noteBudget, .number(budget))]
    if let definition { notes.append(Diagnostic.Note(.noteDefinedHere, what, at: definition)) }
    return Diagnostic(
      .evaluationBudget, what, at: evaluator.exhaustedAt ?? .start(of: file), in: source, notes: notes)
  }

  /// Evaluates one requirement: applicability first, then its check.
  public static func evaluate(
    _ resolved: ResolvedRequirement, pack: Pack?, declaration: Declaration, asOf: Day, countries: Countries,
    warningWindowDays: Int
  ) -> Finding {
    var evaluator = Evaluator(
      declaration: declaration, asOf: asOf, countries: countries, parameters: [:], warningWindowDays: warningWindowDays)
    let packApplicability = pack.flatMap { applicability(of: $0, evaluator: &evaluator) }
    return evaluate(resolved, packApplicability: packApplicability, evaluator: &evaluator)
  }

  /// The outcome of a pack's `applies_when`, or nil when it has none.
  private static func applicability(of pack: Pack, evaluator: inout Evaluator) -> Outcome? {
    guard let condition = pack.appliesWhen else { return nil }
    // Pack conditions take no parameters (they are parsed without any).
    evaluator.parameters = [:]
    return evaluator.evaluate(condition)
  }

  private static func evaluate(_ resolved: ResolvedRequirement, packApplicability: Outcome?, evaluator: inout Evaluator)
    -> Finding
  {
    let origin = SourceLocation.start(of: evaluator.declaration.file)
    /// A finding that points at the first piece of its evidence (or at the file's start).
    func finding(
      _ status: Status, at lead: (path: String, location: SourceLocation)?, evidence: [Evidence] = [],
      missing: [Missing] = [], lapses: [Lapse] = []
    ) -> Finding {
      Finding(
        requirement: resolved, status: status, path: lead?.path ?? "", location: lead?.location ?? origin,
        evidence: evidence, missing: missing, lapses: lapses)
    }
    func notApplicable(_ outcome: Outcome) -> Finding {
      finding(.notApplicable, at: outcome.failures.first.map { ($0.path, $0.location) }, evidence: outcome.failures)
    }
    if let packApplicability, packApplicability.truth == .no { return notApplicable(packApplicability) }
    evaluator.parameters = resolved.parameters
    if let condition = resolved.requirement.appliesWhen {
      let applicability = evaluator.evaluate(condition)
      if applicability.truth == .no { return notApplicable(applicability) }
    }
    let outcome = evaluator.evaluate(resolved.requirement.check)
    switch outcome.truth {
    case .yes:
      return finding(
        .met, at: outcome.supports.first.map { ($0.path, $0.location) }, evidence: outcome.supports,
        lapses: outcome.lapses)
    case .no:
      // The finding points at the field that decided it: the first failure that is neither a
      // search's summary nor context, else the first (the enclosing item of a failed join).
      let lead = outcome.failures.first { !$0.isSearchSummary && !$0.isContext } ?? outcome.failures.first
      return finding(
        .gap, at: lead.map { ($0.path, $0.location) }, evidence: outcome.failures, missing: outcome.missing)
    case .unknown:
      return finding(.unanswered, at: outcome.missing.first.map { ($0.path, $0.location) }, missing: outcome.missing)
    }
  }

  /// Waives a gap or unanswered finding by the latest live waiver that matches it.
  ///
  /// - Parameter relativePath: the declaration's path relative to the waivers file's folder.
  private func applyWaivers(to finding: inout Finding, declaration: Declaration, relativePath: String) {
    guard let waivers, finding.status == .gap || finding.status == .unanswered else { return }
    let matching = waivers.matching(rule: finding.rule, vendor: declaration.vendorName, relativePath: relativePath)
    finding.matchedWaivers = matching.map(\.location)
    func warning(_ phrase: Phrase, _ waiver: Waiver) -> LocalizedText {
      LocalizedText(
        da: phrase.format(.da, waiver.rule, waiver.target, waiver.expires.description),
        en: phrase.format(.en, waiver.rule, waiver.target, waiver.expires.description))
    }
    if let live = matching.filter({ $0.expires >= asOf }).max(by: { $0.expires < $1.expires }) {
      finding.statusBeforeWaiver = finding.status
      finding.status = .waived
      finding.waiver = AppliedWaiver(
        reason: live.reason, approvedBy: live.approvedBy, expires: live.expires, location: live.location)
      if live.isExpiringSoon(asOf: asOf) { finding.extraWarnings.append(warning(.expiringWaiver, live)) }
    } else if let expired = matching.max(by: { $0.expires < $1.expires }) {
      finding.extraWarnings.append(warning(.expiredWaiver, expired))
    }
  }

  /// How each waiver fared over a run, from the waivers each declaration matched.
  ///
  /// - Parameter only: when given, only the waivers that target this declaration (its vendor, or
  ///   a path glob matching its file): a run of one file from a shared waivers file says nothing
  ///   about the other vendors' waivers.
  public func waiverUses(_ matchCounts: [SourceLocation: Int], only declaration: DeclarationSummary? = nil)
    -> [WaiverUse]
  {
    guard let waivers else { return [] }
    let relevant = waivers.waivers.filter { waiver in
      guard let declaration else { return true }
      return waiver.targets(vendor: declaration.vendor, relativePath: waivers.relativePath(of: declaration.file))
    }
    return relevant.map { waiver in
      let matches = matchCounts[waiver.location] ?? 0
      let state: WaiverUse.State
      if waiver.expires < asOf {
        state = .expired
      } else if matches == 0 {
        state = .unused
      } else {
        state = waiver.isExpiringSoon(asOf: asOf) ? .expiring : .live
      }
      return WaiverUse(waiver: waiver, state: state, matches: matches)
    }
  }
}

extension Checker {
  /// The summary of one declaration's report, as a run keeps it.
  ///
  /// - Parameter clauseCounts: whether to count its findings per clause (the portfolio matrix);
  ///   a portfolio that shows no matrix keeps less.
  public func summary(of report: DeclarationReport, clauseCounts: Bool = true) -> DeclarationSummary {
    DeclarationSummary(report, failOn: failOn, clauses: clauseCounts ? ruleSet.clauseIndex : [:])
  }

  /// The summary of a run that checked `declarations` (in that order): the gate, the profile's
  /// exclusions and how each waiver was used.
  public func summary(of declarations: [DeclarationSummary]) -> RunSummary {
    var waiverCounts: [SourceLocation: Int] = [:]
    for declaration in declarations {
      for (location, count) in declaration.waiverMatches { waiverCounts[location, default: 0] += count }
    }
    return RunSummary(
      toolVersion: DPACheckVersion.current, asOf: asOf, profile: ruleSet.profileID, failOn: failOn,
      countriesReviewed: ruleSet.catalog.countries.reviewed, declarations: declarations,
      exclusions: ruleSet.exclusions,
      waivers: waiverUses(waiverCounts, only: declarations.count == 1 ? declarations.first : nil),
      clauses: ruleSet.clauses)
  }
}
