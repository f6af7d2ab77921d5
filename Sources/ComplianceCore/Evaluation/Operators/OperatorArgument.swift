/// An operator's operand as parsed, typed by its `OperandKind`.
public enum OperatorArgument: Sendable, Hashable {
  /// A flag operator's `true`.
  case none
  /// One value.
  case value(Literal)
  /// A list of values (of the field's type, or of its items').
  case values([Literal])
  /// A country set's name.
  case countrySet(String)
  /// A number: literal, parameter or field.
  case bound(Operand)
  /// Another field, compared with.
  case path(Subject)
  /// Another date field, and the days added to it.
  case dateOffset(Subject, days: Operand)
}
