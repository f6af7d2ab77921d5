public import YAMLSupport

/// One difference between two declarations of the same service, in the domain's words.
///
/// `path` and `location` are in the newer declaration, except for a removal (a sub-processor, a
/// country or an answer that the newer declaration no longer has): then they are in the older one
/// and `isInOld` is true (design §11).
public struct DeclarationChange: Sendable {
  /// What changed (the `kind` of `dpacheck/diff/v1`).
  public enum Kind: String, Sendable, CaseIterable {
    case subprocessorAdded = "subprocessor_added"
    case subprocessorRemoved = "subprocessor_removed"
    case countryAdded = "country_added"
    case countryRemoved = "country_removed"
    case transferChanged = "transfer_changed"
    case answerChanged = "answer_changed"
    case findingChanged = "finding_changed"
  }

  /// Why a change needs the municipality's attention.
  public enum Reason: Sendable, Hashable {
    /// A sub-processor was added or removed, a country added, a transfer basis changed: material by
    /// its kind.
    case kind
    /// The requirement's finding became worse (met → gap or unanswered).
    case worseFinding
    /// The value moved the way the requirement's comparison disfavours (more breach hours).
    case worseValue(rule: String)
  }

  /// The kind.
  public var kind: Kind
  /// The data path (`subprocessors.list[2]`, `breach_notification.max_hours`), or for a finding
  /// the path of the field it points at.
  public var path: String
  /// The value before; nil when there was none.
  public var old: Value?
  /// The value after; nil when there is none.
  public var new: Value?
  /// Why the change is material, or nil when it is not.
  public var reason: Reason?
  /// Where the change is: in the newer declaration, or the older one for a removal.
  public var location: SourceLocation
  /// Whether `location` is in the older declaration.
  public var isInOld: Bool
  /// For a sub-processor added: the last day on which the municipality's objection is in time.
  public var objectionDeadline: Day?
  /// For a finding: the requirement's id.
  public var rule: String?
  /// A name for what changed: the sub-processor's, the country code, the list item's label.
  public var label: String?
  /// For a finding: the requirement's title.
  public var title: LocalizedText?

  /// Whether the change needs the municipality's attention.
  public var isMaterial: Bool { reason != nil }

  /// Creates a change.
  public init(
    kind: Kind, path: String, old: Value?, new: Value?, reason: Reason?, location: SourceLocation,
    isInOld: Bool = false, objectionDeadline: Day? = nil, rule: String? = nil, label: String? = nil,
    title: LocalizedText? = nil
  ) {
    self.title = title
    self.kind = kind
    self.path = path
    self.old = old
    self.new = new
    self.reason = reason
    self.location = location
    self.isInOld = isInOld
    self.objectionDeadline = objectionDeadline
    self.rule = rule
    self.label = label
  }
}
