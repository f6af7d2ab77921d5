/// The operands of an expectation, as read: formatted only when a report shows them.
public enum ExpectedValue: Sendable, Hashable {
  /// No operand (`expected an answer that is not empty`).
  case none
  /// A value: `%1` is its display.
  case literal(Literal)
  /// Values: `%1` lists them.
  case literals([Literal])
  /// A number: `%1`.
  case number(Double)
  /// A date: `%1`.
  case day(Day)
  /// A name, such as a country set's: `%1`.
  case name(String)
  /// The value at another path: `%1` is the path, `%2` the value.
  case comparison(path: String, value: Value)
  /// A day reached from another date: `%1` is the day, `%2` the other date's path, `%3` its value,
  /// `%4` the days added.
  case offset(day: Day, path: String, from: Day, days: Int)
  /// Values of which some were missing from a list: `%1` lists the missing ones, or all of them in
  /// the negated wording (a negated test failed because none was missing).
  case selection(all: [Literal], missing: [Literal])

  /// The texts of `%1`, `%2`, … for the plain wording, or the negated one.
  func arguments(negated: Bool) -> [String] {
    switch self {
    case .none: []
    case .literal(let literal): [literal.display]
    case .literals(let literals): [Self.list(literals)]
    case .number(let number): [Value.format(number)]
    case .day(let day): [day.description]
    case .name(let name): [name]
    case .comparison(let path, let value): [path, value.display]
    case .offset(let day, let path, let from, let days): [day.description, path, from.description, String(days)]
    case .selection(let all, let missing): [Self.list(negated ? all : missing)]
    }
  }

  private static func list(_ literals: [Literal]) -> String {
    literals.map(\.display).joined(separator: ", ")
  }
}
