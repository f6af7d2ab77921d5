public import YAMLSupport

/// A waiver applied to a finding.
public struct AppliedWaiver: Sendable, Hashable {
  /// Why the gap is accepted.
  public var reason: String
  /// Who approved it.
  public var approvedBy: String
  /// The last day it applies.
  public var expires: Day
  /// Where the waiver is written.
  public var location: SourceLocation
}

/// The outcome of one requirement for one declaration, with the evidence behind it.
public struct Finding: Sendable {
  /// The requirement as the profile resolved it.
  public var requirement: ResolvedRequirement
  /// The status.
  public var status: Status
  /// The data path of the value the finding points at.
  public var path: String
  /// Where that value is (for unanswered fields: the nearest present ancestor).
  public var location: SourceLocation
  /// For a gap: what failed; for a met finding: what was read.
  public var evidence: [Evidence]
  /// Fields not answered.
  public var missing: [Missing]
  /// Dates that lapse within the warning window (warnings on a met finding).
  public var lapses: [Lapse]
  /// Other waiver-related warnings.
  public var extraWarnings: [LocalizedText] = []
  /// The waiver that applies, when the status is waived.
  public var waiver: AppliedWaiver?
  /// The status before a waiver applied.
  public var statusBeforeWaiver: Status?
  /// Where the waivers that matched this finding are written (live or expired).
  public var matchedWaivers: [SourceLocation] = []
  /// With a baseline: whether this open finding is new or worse since then (only those gate).
  public var isNewSinceBaseline: Bool?

  /// The values the requirement read: answered ones with their value, unanswered ones as nil.
  public var valuesRead: [(path: String, value: String?, location: SourceLocation)] {
    var seen = Set<String>()
    var result: [(String, String?, SourceLocation)] = []
    for evidence in evidence where evidence.actual != nil && seen.insert(evidence.path).inserted {
      result.append((evidence.path, evidence.actual, evidence.location))
    }
    for missing in missing where seen.insert(missing.path).inserted {
      result.append((missing.path, nil, missing.location))
    }
    return result
  }

  /// The requirement id.
  public var rule: String { requirement.id }

  /// Whether the finding fails the gate `failOn`: a gap or an unanswered requirement at or above
  /// the threshold that is not old news against a baseline.
  public func failsGate(_ failOn: FailOn) -> Bool {
    Self.failsGate(failOn, status: status, severity: severity, isNewSinceBaseline: isNewSinceBaseline)
  }

  /// `failsGate` from the fields it reads, for loops that must not copy whole findings.
  static func failsGate(_ failOn: FailOn, status: Status, severity: Severity, isNewSinceBaseline: Bool?) -> Bool {
    (status == .gap || status == .unanswered) && failOn.includes(severity) && isNewSinceBaseline != false
  }
  /// The effective severity.
  public var severity: Severity { requirement.severity }
  /// The clause.
  public var clause: String { requirement.requirement.clause }

  /// Other failing or missing places, besides `location` (SARIF `relatedLocations`): a failed
  /// search's list or enclosing item, other failing items; never the items a join compared with.
  public var relatedLocations: [(path: String, location: SourceLocation)] {
    var result: [(String, SourceLocation)] = []
    let status = statusBeforeWaiver ?? self.status
    if status == .gap {
      // Only places that fail: not the items a join compared with, which are context.
      for item in evidence where item.location != location && !item.isContext { result.append((item.path, item.location)) }
    } else if status == .unanswered {
      for item in missing.dropFirst() where item.location != location { result.append((item.path, item.location)) }
    }
    var seen = Set<SourceLocation>()
    return result.filter { seen.insert($0.1).inserted }
  }

  /// The one-line explanation: what failed and why, or what is unanswered.
  public func message(_ language: Language) -> String {
    switch statusBeforeWaiver ?? status {
    case .gap:
      // Failed alternatives of an `any` read "…; or …": any one of them would have been enough.
      var text = ""
      for (index, item) in evidence.enumerated() {
        if index > 0 {
          text += item.isAlternative && evidence[index - 1].isAlternative ? "; \(Phrase.or.text(language)) " : "; "
        }
        text += EvidenceText.render(item, language)
      }
      return text
    case .unanswered:
      let paths = missing.map(\.path)
      let shown = paths.prefix(5).joined(separator: ", ")
      let more = paths.count > 5 ? " " + Phrase.andMore.format(language, String(paths.count - 5)) : ""
      return Phrase.missingPrefix.format(language, shown + more)
    case .met, .waived:
      // An informational requirement reports the answer it read.
      if requirement.requirement.isInformational {
        let answers = evidence.compactMap { item in
          item.actual.map { actual in
            Phrase.isValue.format(language, EvidenceText.subject(item.path, item.label, actual: actual), actual)
          }
        }
        if !answers.isEmpty { return answers.joined(separator: "; ") }
      }
      return requirement.text(\.metIf, language)
    case .notApplicable:
      return Phrase.notApplicable.text(language)
    }
  }

  /// Warnings in `language`: dates about to lapse, waivers about to expire.
  public func warnings(_ language: Language) -> [String] {
    lapses.map { lapse in
      let subject = EvidenceText.subject(lapse.path, lapse.label)
      let lastDay = lapse.lapsesOn.adding(days: -1)
      return Phrase.lapseWarning.format(language, subject, lastDay.description, String(lapse.daysLeft))
    } + extraWarnings.map { $0.text(language) }
  }

  /// What to do: for a gap, the requirement's remediation with parameters filled in; for an
  /// unanswered requirement, to give the answers it lacks (it is not yet known to be a gap, so the
  /// remediation does not presume one).
  public func remediation(_ language: Language) -> String {
    if (statusBeforeWaiver ?? status) == .unanswered, !missing.isEmpty {
      let paths = missing.map(\.path)
      let shown = paths.prefix(5).joined(separator: ", ")
      let more = paths.count > 5 ? " " + Phrase.andMore.format(language, String(paths.count - 5)) : ""
      return Phrase.answerRemediation.format(language, shown + more)
    }
    return requirement.text(\.remediation, language)
  }

  /// The title with parameters filled in.
  public func title(_ language: Language) -> String {
    requirement.text(\.title, language)
  }
}

/// Renders evidence as text.
public enum EvidenceText {
  /// The path with the list item's label after the item: `subprocessors.list[1] ('Acme').countries[0]`.
  static func subject(_ path: String, _ label: String?, actual: String? = nil) -> String {
    guard let label, actual != "'\(label.truncatedForMessage)'" else { return path }
    let tag = " ('\(label.truncatedForMessage)')"
    // The label names the outermost list item (lists of objects are not nested in a declaration).
    guard let bracket = path.firstIndex(of: "]") else { return path + tag }
    let after = path.index(after: bracket)
    return String(path[..<after]) + tag + String(path[after...])
  }

  /// `subprocessors.list[1].transfer.mechanism ('Example Inc.') is 'scc'; expected one of: dpf`.
  public static func render(_ evidence: Evidence, _ language: Language) -> String {
    // A sentence describes the failure its author foresaw, such as a date that is too old; a date
    // after the evaluation date is another failure and keeps its own wording.
    if let says = evidence.says, !evidence.replacesSays {
      let item = evidence.label ?? evidence.path
      return Interpolation.fill(
        says.text(language), with: ["label": item, "value": evidence.actualValue?.plainDisplay ?? evidence.actual ?? ""])
    }
    let subject = subject(evidence.path, evidence.label, actual: evidence.actual)
    switch evidence.expectation {
    case .test(let wording, let value):
      // A test that read no value failed because the field is absent (`exists`).
      guard let actual = evidence.actual else { return Phrase.notGiven.format(language, subject) }
      let expectation = wording.texts.text(value, negated: evidence.negated, language)
      return Phrase.isValue.format(language, subject, actual) + "; " + expectation
    case .someItem(let list):
      if evidence.negated { return Phrase.listIsEmpty.format(language, list) }
      return (evidence.path == list ? "" : subject + ": ") + Phrase.noMatchingItem.format(language, list)
    }
  }
}
