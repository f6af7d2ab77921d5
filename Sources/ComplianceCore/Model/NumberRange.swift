public import YAMLSupport

/// The numbers a value in a rule file or a profile may take: inclusive bounds, and whether only
/// whole numbers are allowed.
///
/// A number that a check uses is held to the range of its use: a day count (`max_age_days`), a
/// month count (`max_age_months`), a number of list items (`min_items`), or the range the
/// questionnaire declares for the field it is compared with (`min`, `max`, `equals`, `in`).
public struct NumberRange: Sendable, Hashable, CustomStringConvertible {
  /// The least value; `-infinity` when there is none.
  public let lower: Double
  /// The greatest value; `infinity` when there is none.
  public let upper: Double
  /// Whether the value must be a whole number, written as one.
  public let isWhole: Bool
  /// What the number counts, for messages (`days`), when the use says it.
  public let unit: String?

  /// Creates a range.
  public init(lower: Double, upper: Double, isWhole: Bool, unit: String? = nil) {
    self.lower = lower
    self.upper = upper
    self.isWhole = isWhole
    self.unit = unit
  }

  /// A number of days, for date freshness: at most 100 years.
  public static let days = NumberRange(lower: 0, upper: 36_500, isWhole: true, unit: "days")
  /// A number of months, for date freshness: at most 100 years.
  public static let months = NumberRange(lower: 0, upper: 1_200, isWhole: true, unit: "months")
  /// A number of list items: at most as many nodes as a YAML document may hold.
  public static let items = NumberRange(
    lower: 0, upper: Double(YAMLLimits.default.maxNodes), isWhole: true, unit: "items")

  /// The range of the values of a questionnaire field of type `int` or `number`: the bounds it
  /// declares; an `int` is at least 0 unless it says otherwise.
  public init(field: FieldSpec, type: FieldType) {
    let isWhole = type == .int
    self.init(
      lower: field.minimum ?? (isWhole ? 0 : -.infinity), upper: field.maximum ?? .infinity,
      isWhole: isWhole)
  }

  /// The numbers in both ranges.
  public func intersection(_ other: NumberRange) -> NumberRange {
    NumberRange(
      lower: max(lower, other.lower), upper: min(upper, other.upper), isWhole: isWhole || other.isWhole,
      unit: unit ?? other.unit)
  }

  /// Whether the scalar is a number in the range. A whole number is read exactly as written (an
  /// integer of the core schema); a float is never whole.
  public func admits(_ scalar: Scalar) -> Bool {
    switch scalar.value {
    case .int(let value): contains(Double(value))
    case .float(let value): !isWhole && value.isFinite && contains(value)
    default: false
    }
  }

  /// Whether a whole number is in the range.
  public func contains(_ value: Int) -> Bool { contains(Double(value)) }

  private func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

  /// As in messages, in English: `a whole number of days from 0 to 36500`.
  public var description: String { message.text(.en) }

  /// The range as a phrase of the message table: `a whole number of days from 0 to 36500` /
  /// `et helt antal dage fra 0 til 36500`.
  public var message: DiagnosticMessage {
    let noun: DiagnosticMessage
    if let unit {
      let unitKind: DiagnosticKind? = ["days": .unitDays, "months": .unitMonths, "items": .unitItems][unit]
      let unitText = unitKind.map { MessageArgument.phrase($0) } ?? .text(unit)
      noun = DiagnosticMessage(isWhole ? .nounWholeNumberOf : .nounNumberOf, unitText)
    } else {
      noun = DiagnosticMessage(isWhole ? .expectWholeNumber : .expectNumber)
    }
    let lowerText = MessageArgument.text(Value.format(lower))
    let upperText = MessageArgument.text(Value.format(upper))
    switch (lower.isFinite, upper.isFinite) {
    case (true, true): return DiagnosticMessage(.rangeNounFromTo, .message(noun), lowerText, upperText)
    case (true, false): return DiagnosticMessage(.rangeNounAtLeast, .message(noun), lowerText)
    case (false, true): return DiagnosticMessage(.rangeNounAtMost, .message(noun), upperText)
    case (false, false): return isWhole ? noun : DiagnosticMessage(.rangeFinite)
    }
  }
}
