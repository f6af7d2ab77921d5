import YAMLSupport

/// A bound for numeric and date comparisons: a literal, a parameter of the requirement, or a
/// number read from the declaration (`min_items: {field: exceptions}`).
public enum Operand: Sendable, Hashable {
  case literal(Double)
  case parameter(String)
  case field(Subject)
}
