import ComplianceCore
import Foundation
import TestSupport
import Testing
import YAMLSupport

/// `dpacheck diff` in the engine: each kind of change, materiality, objection deadlines, and that
/// reordering a declaration is no change.
@Suite struct DeclarationDiffTests {
  static let asOf = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

  static func checker() throws -> Checker {
    let ruleSet = try RuleSet.resolve(profile: "kommune", in: try Package.catalog()) {
      (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
    return Checker(ruleSet: ruleSet, asOf: asOf)
  }

  /// Loads and evaluates a declaration body (without `format`).
  static func load(_ body: String, file: String, with checker: Checker) throws -> (Declaration, [Finding]) {
    let source = SourceFile(name: file, bytes: Array(("format: dpacheck/declaration/v1\n" + body).utf8))
    let declaration = try checker.ruleSet.catalog.declarationLoader.load(source)
    return (declaration, try checker.evaluate(declaration, source: source))
  }

  static func diff(_ old: String, _ new: String) throws -> DeclarationDiff {
    let checker = try checker()
    let (before, oldFindings) = try load(old, file: "old.yaml", with: checker)
    let (after, newFindings) = try load(new, file: "new.yaml", with: checker)
    return DeclarationDiff.compare(
      old: before, oldFindings: oldFindings, new: after, newFindings: newFindings, ruleSet: checker.ruleSet)
  }

  static let base = """
    declared_on: 2026-09-15
    vendor: {name: Nordlys Cloud ApS, country: DK}
    service: {name: Nordlys Sag}
    processing:
      locations:
        - {country: DK, role: storage}
    subprocessors:
      authorisation: general
      change_notice_days: 30
      list:
        - name: Hetzner Online GmbH
          registration_number: HRB 6089
          service: hosting of backups
          countries: [DE]
          flow_down: true
    breach_notification: {max_hours: 24, content: [nature, categories]}
    """

  /// `base` with its sub-processor list replaced.
  static func with(subprocessors items: String, notice: String = "30") -> String {
    let start = base.firstRange(of: "  list:\n")
    let end = base.firstRange(of: "breach_notification")
    guard let start, let end else { return base }
    return String(base[..<start.upperBound]) + items
      + String(base[end.lowerBound...])
      .replacingOccurrences(of: "change_notice_days: 30", with: "change_notice_days: \(notice)")
  }

  static let hetzner = """
        - name: Hetzner Online GmbH
          registration_number: HRB 6089
          service: hosting of backups
          countries: [DE]
          flow_down: true

    """

  static let support = """
        - name: Example Support Inc.
          registration_number: "5567"
          service: second-line support
          countries: [US]
          flow_down: true
          notified_on: 2026-08-10
          transfer: {mechanism: dpf, dpf_certified: true}

    """

  @Test func aDeclarationComparedWithItselfHasNoChanges() throws {
    let diff = try Self.diff(Self.base, Self.base)
    #expect(diff.changes.isEmpty)
    #expect(diff.materialCount == 0)
  }

  /// A' is A with every list and every mapping in another order: reordering is no change at all.
  @Test func reorderingListsAndKeysIsNoChange() throws {
    let original = """
      declared_on: 2026-09-15
      vendor: {name: Nordlys Cloud ApS, country: DK, parent_country: DK}
      processing:
        purposes: [case handling, archiving]
        locations:
          - {country: DK, role: storage, site: Aarhus}
          - {country: DE, role: backup}
      subprocessors:
        authorisation: general
        list:
          - {name: Hetzner Online GmbH, countries: [DE, FI], flow_down: true, subprocessors: []}
          - name: Example Support Inc.
            countries: [US]
            transfer: {mechanism: dpf, dpf_certified: true, supplementary_measures: [a, b]}
            subprocessors:
              - {name: Ledgerline UK Ltd, countries: [GB]}
              - {name: Deccan Support Services Pvt Ltd, countries: [IN]}
      transfers:
        - {country: IN, recipient: Nordlys India, mechanism: scc}
        - {country: GL, recipient: Nordlys Nuuk, mechanism: scc}
      """
    let shuffled = """
      transfers:
        - {mechanism: scc, recipient: Nordlys Nuuk, country: GL}
        - {recipient: Nordlys India, country: IN, mechanism: scc}
      subprocessors:
        list:
          - name: Example Support Inc.
            subprocessors:
              - {countries: [IN], name: Deccan Support Services Pvt Ltd}
              - {name: Ledgerline UK Ltd, countries: [GB]}
            transfer: {supplementary_measures: [b, a], dpf_certified: true, mechanism: dpf}
            countries: [US]
          - {subprocessors: [], flow_down: true, countries: [FI, DE], name: Hetzner Online GmbH}
        authorisation: general
      processing:
        locations:
          - {role: backup, country: DE}
          - {site: Aarhus, role: storage, country: DK}
        purposes: [archiving, case handling]
      vendor: {parent_country: DK, country: DK, name: Nordlys Cloud ApS}
      declared_on: 2026-09-15
      """
    let diff = try Self.diff(original, shuffled)
    #expect(diff.changes.isEmpty, "\(diff.changes.map { "\($0.kind.rawValue) \($0.path)" })")
    #expect(try Self.diff(shuffled, original).changes.isEmpty)
  }

  @Test func aNewSubprocessorIsMaterialWithItsObjectionDeadline() throws {
    let diff = try Self.diff(Self.base, Self.with(subprocessors: Self.hetzner + Self.support))
    let added = try #require(diff.changes.first { $0.kind == .subprocessorAdded })
    #expect(added.isMaterial)
    #expect(added.label == "Example Support Inc.")
    #expect(added.path == "subprocessors.list[1]")
    #expect(!added.isInOld)
    // Notified on 2026-08-10 with 30 days' notice: an objection on 2026-09-09 is in time.
    #expect(added.objectionDeadline?.description == "2026-09-09")
    let line = try #require(
      Self.with(subprocessors: Self.hetzner + Self.support).split(separator: "\n").firstIndex {
        $0.contains("- name: Example Support Inc.")
      })
    #expect(added.location.line == line + 2)  // the `format` line comes first
    // The US is a new country, material too; a new third country behind it.
    let country = try #require(diff.changes.first { $0.kind == .countryAdded })
    #expect(country.label == "US" && country.isMaterial)
  }

  @Test func withoutANoticeDateTheDeadlineCountsFromTheDeclaration() throws {
    let unnotified = Self.support.replacingOccurrences(of: "      notified_on: 2026-08-10\n", with: "")
    let diff = try Self.diff(Self.base, Self.with(subprocessors: Self.hetzner + unnotified))
    let added = try #require(diff.changes.first { $0.kind == .subprocessorAdded })
    // declared_on 2026-09-15 + 30 days.
    #expect(added.objectionDeadline?.description == "2026-10-15")
    #expect(
      DeclarationDiff.objectionDeadline(notifiedOn: nil, declaredOn: nil, noticeDays: 30) == nil)
    #expect(
      DeclarationDiff.objectionDeadline(notifiedOn: Self.asOf, declaredOn: nil, noticeDays: nil) == nil)
  }

  @Test func aRemovedSubprocessorIsMaterialAndPointsIntoOld() throws {
    let diff = try Self.diff(Self.with(subprocessors: Self.hetzner + Self.support), Self.base)
    let removed = try #require(diff.changes.first { $0.kind == .subprocessorRemoved })
    #expect(removed.isMaterial && removed.isInOld)
    #expect(removed.label == "Example Support Inc.")
    #expect(removed.objectionDeadline == nil)
    // The US is no longer named: reported, not material.
    let country = try #require(diff.changes.first { $0.kind == .countryRemoved })
    #expect(country.label == "US" && !country.isMaterial && country.isInOld)
  }

  @Test func aSubprocessorAddedDeepInTheChainIsFound() throws {
    let chained = Self.hetzner.replacingOccurrences(
      of: "      flow_down: true\n",
      with: "      flow_down: true\n      subprocessors:\n        - {name: Equinix Germany GmbH, countries: [DE]}\n")
    let diff = try Self.diff(Self.base, Self.with(subprocessors: chained))
    let added = try #require(diff.changes.first { $0.kind == .subprocessorAdded })
    #expect(added.label == "Equinix Germany GmbH")
    #expect(added.path == "subprocessors.list[0].subprocessors[0]")
    #expect(added.isMaterial)
  }

  @Test func aChangedTransferBasisIsMaterial() throws {
    let before = Self.with(subprocessors: Self.hetzner + Self.support)
    let after = before.replacingOccurrences(
      of: "transfer: {mechanism: dpf, dpf_certified: true}", with: "transfer: {mechanism: scc, dpf_certified: true}")
    let diff = try Self.diff(before, after)
    let change = try #require(diff.changes.first { $0.kind == .transferChanged })
    #expect(change.path == "subprocessors.list[1].transfer.mechanism")
    #expect(change.old == .string("dpf") && change.new == .string("scc"))
    #expect(change.isMaterial)
  }

  @Test func moreBreachHoursAreAWeakerAnswerFewerABetterOne() throws {
    let worse = try Self.diff(Self.base, Self.base.replacingOccurrences(of: "max_hours: 24", with: "max_hours: 36"))
    let change = try #require(worse.changes.first { $0.path == "breach_notification.max_hours" })
    #expect(change.kind == .answerChanged)
    #expect(change.reason == .worseValue(rule: "BR-01"))
    // Still within 48 hours: the finding does not change.
    #expect(!worse.changes.contains { $0.kind == .findingChanged && $0.rule == "BR-01" })
    let better = try Self.diff(Self.base.replacingOccurrences(of: "max_hours: 24", with: "max_hours: 36"), Self.base)
    #expect(better.changes.count == 1)
    #expect(better.materialCount == 0)
  }

  @Test func aFindingThatGetsWorseIsMaterialAndOneThatGetsBetterIsNot() throws {
    let late = Self.base.replacingOccurrences(of: "max_hours: 24", with: "max_hours: 72")
    let worse = try Self.diff(Self.base, late)
    let finding = try #require(worse.changes.first { $0.kind == .findingChanged && $0.rule == "BR-01" })
    #expect(finding.old == .string("met") && finding.new == .string("gap"))
    #expect(finding.isMaterial && finding.reason == .worseFinding)
    let better = try Self.diff(late, Self.base)
    let fixed = try #require(better.changes.first { $0.kind == .findingChanged && $0.rule == "BR-01" })
    #expect(fixed.old == .string("gap") && fixed.new == .string("met"))
    #expect(!fixed.isMaterial)
  }

  @Test func anAnswerRemovedIsNewUnansweredAndPointsIntoOld() throws {
    let without = Self.base.replacingOccurrences(
      of: "breach_notification: {max_hours: 24, content: [nature, categories]}",
      with: "breach_notification: {content: [nature, categories]}")
    let diff = try Self.diff(Self.base, without)
    let answer = try #require(diff.changes.first { $0.kind == .answerChanged })
    #expect(answer.path == "breach_notification.max_hours" && answer.isInOld && answer.new == nil)
    let finding = try #require(diff.changes.first { $0.kind == .findingChanged && $0.rule == "BR-01" })
    #expect(finding.new == .string("unanswered") && finding.isMaterial)
  }

  @Test func aNewLocationInANewCountryIsMaterial() throws {
    let moved = Self.base.replacingOccurrences(
      of: "    - {country: DK, role: storage}",
      with: "    - {country: DK, role: storage}\n    - {country: CH, role: backup}")
    let diff = try Self.diff(Self.base, moved)
    let country = try #require(diff.changes.first { $0.kind == .countryAdded })
    #expect(country.label == "CH" && country.path == "processing.locations[1].country")
    let location = try #require(
      diff.changes.first { $0.kind == .answerChanged && $0.path == "processing.locations[1]" })
    #expect(location.old == nil)
  }

  @Test func identityPairsByPathThenVendorAndService() {
    let old = [
      DeclarationIdentity(file: "a.yaml", vendor: "A", service: "S"),
      DeclarationIdentity(file: "b-2025.yaml", vendor: "B", service: "S"),
      DeclarationIdentity(file: "c1.yaml", vendor: "C", service: "S"),
      DeclarationIdentity(file: "c2.yaml", vendor: "C", service: "S"),
    ]
    let new = [
      DeclarationIdentity(file: "a.yaml", vendor: "A renamed", service: "S"),
      DeclarationIdentity(file: "b-2026.yaml", vendor: "B", service: "S"),
      DeclarationIdentity(file: "c3.yaml", vendor: "C", service: "S"),
    ]
    let paired = DeclarationIdentity.pair(old: old, new: new)
    #expect(paired.pairs.map { [$0.old, $0.new] } == [[0, 0], [1, 1]])
    // Two old files of vendor C and service S: the new one is ambiguous, so it is new.
    #expect(paired.newOnly == [2])
    #expect(paired.oldOnly == [2, 3])
  }
}
