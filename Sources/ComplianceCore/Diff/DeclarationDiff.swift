public import YAMLSupport

/// What changed between two declarations of the same service: sub-processors, countries, transfer
/// bases, answers, and the findings that changed with them (design §11, `dpacheck/diff/v1`).
///
/// The comparison ignores order: lists of values are compared as collections, lists of objects
/// item by item, matched by what names an item (a sub-processor by its name, a transfer by its
/// country and recipient, other items by equal content, then by their label), and keys in any
/// order. Reordering a declaration is therefore no change at all.
public struct DeclarationDiff: Sendable {
  /// The older declaration's file.
  public var oldFile: String
  /// The newer declaration's file.
  public var newFile: String
  /// The changes, in the order of `DeclarationChange.Kind`, then by place.
  public var changes: [DeclarationChange]
  /// The newer declaration's `vendor.name`.
  public var vendor: String?
  /// The newer declaration's `service.name`.
  public var service: String?

  /// How many changes are material.
  public var materialCount: Int { changes.count { $0.isMaterial } }

  /// Creates a diff.
  public init(oldFile: String, newFile: String, changes: [DeclarationChange]) {
    self.oldFile = oldFile
    self.newFile = newFile
    self.changes = changes
  }

  /// Compares two valid declarations and their findings under one rule set.
  ///
  /// - Parameters:
  ///   - oldFindings: the older declaration's findings, evaluated as of the same date as
  ///     `newFindings`, so that a finding changes only because an answer did.
  ///   - ruleSet: the rules, whose comparisons say which way a value is worse.
  public static func compare(
    old: Declaration, oldFindings: [Finding], new: Declaration, newFindings: [Finding], ruleSet: RuleSet
  ) -> DeclarationDiff {
    var builder = DiffBuilder(
      old: old, new: new, questionnaire: ruleSet.catalog.questionnaire,
      preferences: Preference.table(for: ruleSet))
    builder.walk(old.root, new.root, DiffBuilder.Place(old: "", new: "", schema: ""))
    builder.compareCountries()
    builder.compareFindings(oldFindings, newFindings)
    let order = Dictionary(uniqueKeysWithValues: DeclarationChange.Kind.allCases.enumerated().map { ($1, $0) })
    let changes = builder.changes.enumerated().sorted { left, right in
      let (a, b) = (left.element, right.element)
      if a.kind != b.kind { return order[a.kind, default: 0] < order[b.kind, default: 0] }
      if a.isInOld != b.isInOld { return !a.isInOld }
      if a.location.line != b.location.line { return a.location.line < b.location.line }
      if a.location.column != b.location.column { return a.location.column < b.location.column }
      return left.offset < right.offset
    }.map(\.element)
    var diff = DeclarationDiff(oldFile: old.file, newFile: new.file, changes: changes)
    diff.vendor = new.vendorName
    diff.service = new.serviceName
    return diff
  }

  /// The last day on which an objection to a sub-processor is in time (design §11): the day it was
  /// notified plus the agreed notice period, or, when no notification date is given, the
  /// declaration's date plus that period. Nil when the period or both dates are unanswered.
  public static func objectionDeadline(notifiedOn: Day?, declaredOn: Day?, noticeDays: Int?) -> Day? {
    guard let noticeDays, let start = notifiedOn ?? declaredOn else { return nil }
    return start.adding(days: noticeDays)
  }
}

/// The walk that collects the changes.
struct DiffBuilder {
  /// Where the walk is: the data paths in each declaration and the schema path.
  struct Place {
    var old: String
    var new: String
    var schema: String

    func member(_ key: String) -> Place {
      Place(
        old: old.isEmpty ? key : "\(old).\(key)", new: new.isEmpty ? key : "\(new).\(key)",
        schema: schema.isEmpty ? key : "\(schema).\(key)")
    }

    func items(old oldIndex: Int?, new newIndex: Int?, schema itemSchema: String? = nil) -> Place {
      Place(
        old: oldIndex.map { "\(old)[\($0)]" } ?? old, new: newIndex.map { "\(new)[\($0)]" } ?? new,
        schema: itemSchema ?? schema + "[]")
    }
  }

  /// The schema path of a sub-processor, at every level of the chain.
  static let subprocessorItem = "subprocessors.list[]"
  /// The key of a sub-processor's own sub-processors.
  static let chainKey = "subprocessors"

  let old: Declaration
  let new: Declaration
  let questionnaire: Questionnaire
  let preferences: [String: [Preference]]
  var changes: [DeclarationChange] = []

  init(old: Declaration, new: Declaration, questionnaire: Questionnaire, preferences: [String: [Preference]]) {
    self.old = old
    self.new = new
    self.questionnaire = questionnaire
    self.preferences = preferences
  }

  private static func present(_ value: Located?) -> Located? {
    guard let value, !value.isNull else { return nil }
    return value
  }

  private static func members(_ value: Located?) -> Members? {
    if case .object(let members)? = value?.value { return members }
    return nil
  }

  mutating func walk(_ oldValue: Located?, _ newValue: Located?, _ place: Place) {
    let (before, after) = (Self.present(oldValue), Self.present(newValue))
    if before == nil && after == nil { return }
    if let before, let after, before.value.canonical == after.value.canonical { return }
    if place.schema == "subprocessors.list[].transfer", before == nil || after == nil {
      record(.transferChanged, place, before, after, reason: .kind)
      return
    }
    if case .object = (after ?? before)?.value {
      let oldMembers = Self.members(before)
      let newMembers = Self.members(after)
      var keys: [String] = newMembers.map { $0.map(\.key) } ?? []
      for key in oldMembers.map({ $0.map(\.key) }) ?? [] where !keys.contains(key) { keys.append(key) }
      for key in keys {
        walk(oldMembers?[key], newMembers?[key], place.member(key))
      }
      return
    }
    if case .list = (after ?? before)?.value, isListOfObjects(place.schema) {
      walkItems(before, after, place)
      return
    }
    let kind: DeclarationChange.Kind =
      place.schema == "transfers[].mechanism" || place.schema == "subprocessors.list[].transfer.mechanism"
      ? .transferChanged : .answerChanged
    let reason: DeclarationChange.Reason? = kind == .transferChanged ? .kind : worseValue(place.schema, before, after)
    record(kind, place, before, after, reason: reason)
  }

  private func isListOfObjects(_ schema: String) -> Bool {
    guard let field = questionnaire.field(questionnaire.outermost(schema)) else { return false }
    return field.type == .list && field.itemType == .object
  }

  /// Records a change at the newer value, or at the older one when there is no newer.
  private mutating func record(
    _ kind: DeclarationChange.Kind, _ place: Place, _ before: Located?, _ after: Located?,
    reason: DeclarationChange.Reason?, deadline: Day? = nil, label: String? = nil
  ) {
    let inOld = after == nil
    let location =
      inOld
      ? (before?.keyLocation(in: old.file) ?? .start(of: old.file))
      : (after?.keyLocation(in: new.file) ?? .start(of: new.file))
    changes.append(
      DeclarationChange(
        kind: kind, path: inOld ? place.old : place.new, old: before?.value, new: after?.value, reason: reason,
        location: location, isInOld: inOld, objectionDeadline: deadline, label: label))
  }

  // MARK: - Lists of objects

  private mutating func walkItems(_ before: Located?, _ after: Located?, _ place: Place) {
    let oldItems = Self.items(before)
    let newItems = Self.items(after)
    // The items of a recursive list have the shape of the outermost list's items.
    let itemSchema = questionnaire.outermost(place.schema + "[]")
    let isChain = itemSchema == Self.subprocessorItem
    let key: (Located) -> String? =
      isChain
      ? { Self.text(Self.members($0)?["name"]) }
      : place.schema == "transfers"
        ? { item in
          let members = Self.members(item)
          return "\(Self.text(members?["country"]) ?? "")\u{1F}\(Self.text(members?["recipient"]) ?? "")"
        }
        : { _ in nil }
    let pairs = Self.match(oldItems, newItems, key: key)
    for pair in pairs {
      let itemPlace = place.items(old: pair.old, new: pair.new, schema: itemSchema)
      let before = pair.old.map { oldItems[$0] }
      let after = pair.new.map { newItems[$0] }
      if before != nil && after != nil {
        walk(before, after, itemPlace)
      } else if isChain {
        recordSubprocessor(before, after, itemPlace)
      } else if place.schema == "transfers" {
        record(
          .transferChanged, itemPlace, before, after, reason: .kind, label: (after ?? before).flatMap(Evaluator.label))
      } else {
        let reason = worseValue(place.schema, Self.present(before), Self.present(after))
        record(
          .answerChanged, itemPlace, before, after, reason: reason, label: (after ?? before).flatMap(Evaluator.label))
      }
    }
  }

  /// A sub-processor added or removed, and the ones below it in its chain.
  private mutating func recordSubprocessor(_ before: Located?, _ after: Located?, _ place: Place) {
    let item = after ?? before
    let name = Self.text(Self.members(item)?["name"])
    var deadline: Day?
    if let after {
      deadline = DeclarationDiff.objectionDeadline(
        notifiedOn: Self.day(Self.members(after)?["notified_on"]), declaredOn: Self.day(new.value(at: "declared_on")),
        noticeDays: Self.int(new.value(at: "subprocessors.change_notice_days")))
    }
    record(
      after == nil ? .subprocessorRemoved : .subprocessorAdded, place, before, after, reason: .kind, deadline: deadline,
      label: name)
    let below = Self.items(Self.members(item)?[Self.chainKey])
    for index in below.indices {
      let chainPlace = place.member(Self.chainKey)
      let itemPlace =
        after == nil
        ? chainPlace.items(old: index, new: nil, schema: Self.subprocessorItem)
        : chainPlace.items(old: nil, new: index, schema: Self.subprocessorItem)
      recordSubprocessor(after == nil ? below[index] : nil, after == nil ? nil : below[index], itemPlace)
    }
  }

  /// Pairs the items of two lists: by key where `key` gives one (first come, first paired), then
  /// items of equal content, then items with the same label, then the rest in order.
  static func match(_ oldItems: [Located], _ newItems: [Located], key: (Located) -> String?) -> [(old: Int?, new: Int?)]
  {
    var pairs: [(old: Int?, new: Int?)] = []
    var oldLeft = Array(oldItems.indices)
    var newLeft = Array(newItems.indices)
    func pairUp(_ identity: (Located) -> String?) {
      var waiting: [String: [Int]] = [:]
      for index in oldLeft { if let id = identity(oldItems[index]) { waiting[id, default: []].append(index) } }
      var pairedOld: Set<Int> = []
      var remaining: [Int] = []
      for index in newLeft {
        if let id = identity(newItems[index]), var candidates = waiting[id], !candidates.isEmpty {
          let partner = candidates.removeFirst()
          waiting[id] = candidates
          pairedOld.insert(partner)
          pairs.append((partner, index))
        } else {
          remaining.append(index)
        }
      }
      oldLeft.removeAll { pairedOld.contains($0) }
      newLeft = remaining
    }
    pairUp(key)
    pairUp { $0.value.canonical }
    if (oldItems + newItems).contains(where: { key($0) != nil }) {
      // A keyed list (sub-processors, transfers): an item whose key changed is another item.
      for index in oldLeft { pairs.append((index, nil)) }
      for index in newLeft { pairs.append((nil, index)) }
      return pairs
    }
    pairUp(Evaluator.label)
    for index in newLeft { pairs.append((nil, index)) }
    for index in oldLeft { pairs.append((index, nil)) }
    return pairs
  }

  // MARK: - Values

  static func items(_ value: Located?) -> [Located] {
    if case .list(let items)? = value?.value { return items }
    return []
  }

  static func text(_ value: Located?) -> String? {
    if case .string(let text)? = value?.value { return text }
    return nil
  }

  static func day(_ value: Located?) -> Day? {
    if case .date(let day)? = value?.value { return day }
    return nil
  }

  static func int(_ value: Located?) -> Int? {
    if case .int(let number)? = value?.value { return number }
    return nil
  }

  /// The first requirement whose comparison the move from `before` to `after` goes against.
  private func worseValue(_ schema: String, _ before: Located?, _ after: Located?) -> DeclarationChange.Reason? {
    guard let before, let after else { return nil }
    for preference in preferences[schema] ?? [] where preference.isWorse(from: before.value, to: after.value) {
      return .worseValue(rule: preference.rule)
    }
    return nil
  }
}
