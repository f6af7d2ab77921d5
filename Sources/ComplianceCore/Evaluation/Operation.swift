import YAMLSupport

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
    if case .dateOffset(_, .parameter(let name)) = argument { return name }
    return nil
  }

  /// The field the operand's bound is read from, if any.
  var boundField: Subject? {
    if case .bound(.field(let subject)) = argument { return subject }
    if case .dateOffset(_, .field(let subject)) = argument { return subject }
    return nil
  }

  /// The field the value is compared with (`same_as: PATH`), if any.
  var other: Subject? {
    if case .path(let subject) = argument { return subject }
    if case .dateOffset(let subject, _) = argument { return subject }
    return nil
  }
}
