import YAMLSupport

/// The fields an operator tests: the types it accepts, as the documentation lists them, and the
/// error for a field of another type.
public struct FieldRequirement: Sendable {
  /// The types as the documentation lists them: `int, number`.
  public let description: String
  /// The error for the operator `op` on the field `path` of type `type`; nil when it can be tested.
  let error: @Sendable (_ op: String, _ path: String, _ type: FieldType) -> DiagnosticMessage?

  init(
    _ description: String,
    error: @escaping @Sendable (_ op: String, _ path: String, _ type: FieldType) -> DiagnosticMessage?
  ) {
    self.description = description
    self.error = error
  }

  /// Fields of the `types` listed; any other is the error `kind` ("'op' tests dates; 'path' is
  /// string").
  init(_ types: [FieldType], description: String? = nil, _ kind: DiagnosticKind) {
    self.init(description ?? types.map(\.rawValue).joined(separator: ", ")) { op, path, type in
      types.contains(type) ? nil : DiagnosticMessage(kind, .text(op), .text(path), .text(type.rawValue))
    }
  }

  /// Every field: the operator asks whether there is an answer, not what it is.
  static let anyType = FieldRequirement("any") { _, _, _ in nil }

  /// Fields of a single value: not objects, not lists.
  static let singleValue = FieldRequirement("any single value") { op, path, type in
    type.isScalar ? nil : DiagnosticMessage(.checkComparesSingle, .text(op), .text(path), .text(type.rawValue))
  }

  /// A single value that the value of another field is compared with. The types are checked with
  /// the operand (`OperandKind.path`), which must name a field of the same single-value type.
  static let sameTypeAsPath = FieldRequirement("any single value") { _, _, _ in nil }
}
