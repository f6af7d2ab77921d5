public import YAMLSupport

/// A check in the predicate language of rule packs, evaluated with three values.
///
/// See `docs/rule-language.md` for the YAML form. Every node keeps the position of its definition in
/// the rule file, so errors in a check name their line.
public indirect enum Check: Sendable {
  case all([Check])
  case any([Check])
  case not(Check)
  /// `when` → `then`: true when `when` is false, otherwise `then`.
  case implies(when: Check, then: Check)
  case quantifier(Quantifier)
  case leaf(Leaf)

  /// The schema paths of every field the check reads.
  public var fieldsRead: [String] {
    switch self {
    case .all(let checks), .any(let checks): checks.flatMap(\.fieldsRead)
    case .not(let check): check.fieldsRead
    case .implies(let when, let then): when.fieldsRead + then.fieldsRead
    case .quantifier(let quantifier):
      [quantifier.list.schemaPath] + (quantifier.filter?.fieldsRead ?? []) + quantifier.body.fieldsRead
    case .leaf(let leaf):
      [leaf.subject.schemaPath] + (leaf.other.map { [$0.schemaPath] } ?? [])
        + (leaf.operation.boundField.map { [$0.schemaPath] } ?? [])
    }
  }

  /// Whether the check can evaluate to false on some declaration, judged from its form alone.
  ///
  /// Only `answered` leaves are known never to be false (absent is unknown); every other leaf, a
  /// `not` and a `some` (false over an empty list) are taken to be able to fail. `all` and `each`
  /// fail when a part can; `any` only when every part can (or it has none); `when`/`then` when
  /// its consequent can.
  var canBeFalse: Bool {
    switch self {
    case .all(let checks): checks.contains { $0.canBeFalse }
    case .any(let checks): checks.allSatisfy { $0.canBeFalse }
    case .not: true
    case .implies(_, let then): then.canBeFalse
    case .quantifier(let quantifier): !quantifier.isUniversal || quantifier.body.canBeFalse
    case .leaf(let leaf): leaf.operation.operator.canBeFalse
    }
  }

  /// The parameters the check refers to.
  public var parametersUsed: [String] {
    switch self {
    case .all(let checks), .any(let checks): checks.flatMap(\.parametersUsed)
    case .not(let check): check.parametersUsed
    case .implies(let when, let then): when.parametersUsed + then.parametersUsed
    case .quantifier(let quantifier):
      (quantifier.filter?.parametersUsed ?? []) + quantifier.body.parametersUsed
    case .leaf(let leaf): leaf.operation.parameter.map { [$0] } ?? []
    }
  }
}

/// `each` or `some` over a list.
///
/// A class, so that evaluating a check shares it instead of copying its fields.
public final class Quantifier: Sendable {
  /// Every item must pass (`each`), or at least one (`some`).
  public let isUniversal: Bool
  /// The list to iterate.
  public let list: Subject
  /// The name items are bound to (`as: site`), for joins.
  public let name: String?
  /// Only items passing the filter are considered.
  public let filter: Check?
  /// The check for each item; paths are relative to the item.
  public let body: Check
  /// Where the quantifier is defined.
  public let location: SourceLocation

  init(isUniversal: Bool, list: Subject, name: String?, filter: Check?, body: Check, location: SourceLocation) {
    self.isUniversal = isUniversal
    self.list = list
    self.name = name
    self.filter = filter
    self.body = body
    self.location = location
  }
}

/// What a leaf reads: a path relative to the current item or the root, or a bound item's path.
public struct Subject: Sendable, Hashable {
  /// Where the path starts.
  public enum Base: Sendable, Hashable {
    case current
    case root
    case bound(String)
  }

  /// The base.
  public var base: Base
  /// Object keys below the base; empty means the base itself (`field: .`).
  public var keys: [String]
  /// The absolute schema path (`processing.locations[].country`), resolved when parsed.
  public var schemaPath: String
  /// The keys joined with dots (`transfer.mechanism`), made once: the data path of a value read
  /// from the root, and the tail of one read from a list item.
  let dottedKeys: String

  init(base: Base, keys: [String], schemaPath: String) {
    self.base = base
    self.keys = keys
    self.schemaPath = schemaPath
    dottedKeys = keys.joined(separator: ".")
  }
}

/// A literal in a check: the value compared with.
public enum Literal: Sendable, Hashable {
  case bool(Bool)
  case number(Double)
  case string(String)

  /// As shown in messages.
  public var display: String {
    switch self {
    case .bool(let value): String(value)
    case .number(let value): Value.format(value)
    case .string(let value): value
    }
  }

  func matches(_ value: Value) -> Bool {
    switch (self, value) {
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), _): value.numeric == a
    case (.string(let a), .string(let b)): a == b
    case (.string(let a), .date(let b)): a == b.description
    default: false
    }
  }
}

/// A bound for numeric and date comparisons: a literal, a parameter of the requirement, or a
/// number read from the declaration (`min_items: {field: exceptions}`).
public enum Operand: Sendable, Hashable {
  case literal(Double)
  case parameter(String)
  case field(Subject)
}

/// The test a leaf applies to its subject: an operator of the table (`Operator.all`) and its
/// operand.
public struct Operation: Sendable, Hashable {
  /// The operator.
  public let `operator`: Operator
  /// Its operand, as parsed.
  public let argument: OperatorArgument

  /// The parameter the operand refers to, if any.
  var parameter: String? {
    if case .bound(.parameter(let name)) = argument { return name }
    return nil
  }

  /// The field the operand's bound is read from, if any.
  var boundField: Subject? {
    if case .bound(.field(let subject)) = argument { return subject }
    return nil
  }

  /// The field the value is compared with (`same_as: PATH`), if any.
  var other: Subject? {
    if case .path(let subject) = argument { return subject }
    return nil
  }
}

/// A test of one field.
///
/// A class, so that evaluating a check shares it instead of copying its fields.
public final class Leaf: Sendable {
  /// The value tested.
  public let subject: Subject
  /// The test.
  public let operation: Operation
  /// Where the leaf is defined.
  public let location: SourceLocation
  /// What a failure of this test means, in the domain's words (`says`), with `{label}` and
  /// `{value}` for the list item's name and the value read; nil to describe it generically.
  public let says: LocalizedText?

  init(subject: Subject, operation: Operation, location: SourceLocation, says: LocalizedText? = nil) {
    self.subject = subject
    self.operation = operation
    self.location = location
    self.says = says
  }

  /// For `same_as` / `different_from`: the value compared with.
  public var other: Subject? { operation.other }
}
