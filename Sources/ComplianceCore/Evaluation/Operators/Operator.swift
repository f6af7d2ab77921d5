import YAMLSupport

/// One operator of the check language (`equals`, `max_age_months`, …): everything about it in one
/// place.
///
/// A descriptor gives the operator's name as written in a rule file, the operand it takes and the
/// fields it tests (which the parser reads and checks), how it evaluates a value, the wordings its
/// evidence is shown in, and one line of documentation. The parser, the evaluator, `explain` and
/// the operator table of `docs/rule-language.md` all read the descriptors in `Operator.all`
/// (`Operators.swift`), so that an operator is described once.
///
/// A class, so that a leaf refers to its operator instead of copying it.
public final class Operator: Sendable {
  /// The operator as written in a rule file: `equals`.
  public let name: String
  /// What follows the colon, and how the parser reads it.
  public let operand: OperandKind
  /// The fields the operator tests, checked when a pack loads.
  public let fields: FieldRequirement
  /// One line of documentation: when the test is true (`the value is V`), in Markdown.
  public let summary: String
  /// The wordings of the evidence the operator records (their texts in Danish and English are
  /// `Wording.texts`).
  public let wordings: [Wording]
  /// For an operator whose question is whether the field is there (`exists`): the wording of the
  /// failure an absent or null field is. Nil for every other operator: absence makes it unknown.
  let whenAbsent: Wording?
  /// Whether the test can be false at all (`answered` cannot: absent is unknown).
  let canBeFalse: Bool
  /// Whether the test holds exactly when the value equals the value at its path (`same_as`), so
  /// that a `some` over it can be answered from an index of the list instead of item by item.
  let isEqualityWithPath: Bool
  /// The test of a value that was read (`value`), with the operand as parsed (`argument`) and what
  /// the evaluator read for it (`reading`). The value and the operand are passed apart, as the
  /// evaluator holds them, so that a test copies neither.
  let evaluate:
    @Sendable (_ value: Value, _ argument: OperatorArgument, _ reading: Reading, _ context: Context) -> Result

  init(
    name: String, operand: OperandKind, fields: FieldRequirement, summary: String, wordings: [Wording],
    whenAbsent: Wording? = nil, canBeFalse: Bool = true, isEqualityWithPath: Bool = false,
    evaluate: @escaping @Sendable (Value, OperatorArgument, Reading, Context) -> Result
  ) {
    self.name = name
    self.operand = operand
    self.fields = fields
    self.summary = summary
    self.wordings = wordings
    self.whenAbsent = whenAbsent
    self.canBeFalse = canBeFalse
    self.isEqualityWithPath = isEqualityWithPath
    self.evaluate = evaluate
  }

  /// The operator named `name`, if there is one.
  public static func named(_ name: String) -> Operator? {
    all.first { $0.name == name }
  }

  /// The names of all operators, in the order of `all`.
  public static var names: [String] { all.map(\.name) }

  /// What the evaluator read for a test's operand, besides the operand itself.
  struct Reading {
    /// For a number operand (`OperandKind.number`): its value, from the literal, the parameter or
    /// the field it names.
    var bound: Double = 0
    /// For a path operand (`OperandKind.path`): the value there.
    var other: Comparand?
  }

  /// The value at a path operand, and its data path.
  struct Comparand {
    /// The data path, as reports show it.
    var path: String
    /// The value.
    var value: Value
  }

  /// What every test of one declaration shares: the evaluation date and the country data.
  struct Context: Sendable {
    /// The evaluation date.
    var asOf: Day
    /// The country sets.
    var countries: Countries
  }

  /// What a test found.
  enum Result {
    /// The value cannot be tested (a date operator on a value that is no date): unknown.
    case unknown
    /// The test passed or failed; what it expected, in `wording` with the operands `expected`;
    /// whether that expectation is negated (`not_equals` expects the opposite of `equals`); and,
    /// for a date test that passed, the day it stops passing.
    case tested(Bool, Wording, ExpectedValue, negated: Bool = false, lapse: Day? = nil)
  }
}

extension Operator: Hashable {
  /// Operators are the same when they are one descriptor.
  public static func == (lhs: Operator, rhs: Operator) -> Bool { lhs === rhs }

  /// Hashes the descriptor's identity.
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
