/// What an operator takes after its colon, and so how the parser reads it and `explain` writes it
/// back.
public enum OperandKind: Sendable, Hashable {
  /// `true`, and nothing else: the operator has no operand (`non_empty: true`).
  case flag
  /// One value of the field's type (`equals: V`).
  case value
  /// A list of values of the field's type (`in: [V, …]`).
  case values
  /// A list of values of the type of the list's items (`contains_all: [V, …]`).
  case itemValues
  /// The name of a country set (`in_set: S`).
  case countrySet
  /// A number: a literal, `{param: name}` or `{field: path}`, held to `range`, or to the range of
  /// the field tested when `range` is nil (`max: N`).
  case number(NumberRange?)
  /// The path of another field of the same type (`same_as: PATH`).
  case path
  /// The path of another date, and a number of days added to it: `PATH`, or
  /// `{field: PATH, plus_days: N}` with N a literal, `{param: name}` or `{field: path}`
  /// (`after: …`).
  case dateOffset

  /// The operand as the documentation writes it: `true`, `V`, `[V, …]`, `S`, `N`, `PATH`.
  public var placeholder: String {
    switch self {
    case .flag: "true"
    case .value: "V"
    case .values, .itemValues: "[V, …]"
    case .countrySet: "S"
    case .number: "N"
    case .path: "PATH"
    case .dateOffset: "{field: PATH, plus_days: N}"
    }
  }
}
