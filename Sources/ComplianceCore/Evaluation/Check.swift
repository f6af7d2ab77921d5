import YAMLSupport

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
