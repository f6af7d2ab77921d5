import YAMLSupport

/// A calendar date (proleptic Gregorian, no time zone), as written `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  // Stored in four bytes, so that a declaration's values (`Value.date` among them) stay small.
  private let storedYear: Int16
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The year, 1 to 9999.
  public var year: Int { Int(storedYear) }
  /// The month, 1 to 12.
  public var month: Int { Int(storedMonth) }
  /// The day of the month.
  public var day: Int { Int(storedDay) }

  /// Creates a date if it exists (2026-02-30 does not).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.init(valid: year, month, day)
  }

  /// A date known to exist.
  private init(valid year: Int, _ month: Int, _ day: Int) {
    storedYear = Int16(truncatingIfNeeded: year)
    storedMonth = UInt8(truncatingIfNeeded: month)
    storedDay = UInt8(truncatingIfNeeded: day)
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  /// What is wrong with `text`, which is not a date, as the value of `key`: an impossible date
  /// (`2026-02-30`), or not a date at all, with the date written as it should be when `text` is a
  /// date in another order (`15-11-2026` → `2026-11-15`, `suggestion(for:)`).
  static func problem(with text: String, key: String) -> DiagnosticMessage {
    if looksLikeDate(text) { return DiagnosticMessage(.dateInvalid, .text(text)) }
    return DiagnosticMessage(.dateFormat, .text(key), .text(text.truncatedForMessage)).adding(suggestion(for: text))
  }

  /// Whether the text has the shape `YYYY-MM-DD`, valid date or not.
  public static func looksLikeDate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10 else { return false }
    return bytes.enumerated().allSatisfy { index, byte in
      index == 4 || index == 7
        ? byte == UInt8(ascii: "-") : (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 0000-03-01 (a continuous count for arithmetic).
  public var ordinal: Int { Self.ordinal(year: year, month: month, day: day) }

  private static func ordinal(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let m = month <= 2 ? month + 9 : month - 3
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
  }

  /// The ordinals of 0001-01-01 and 9999-12-31.
  private static let ordinals = ordinal(year: 1, month: 1, day: 1)...ordinal(year: 9999, month: 12, day: 31)

  /// The first date there is, 0001-01-01: date arithmetic stops there.
  public static let earliest = Day(ordinal: ordinals.lowerBound)
  /// The last date there is, 9999-12-31: date arithmetic stops there.
  public static let latest = Day(ordinal: ordinals.upperBound)

  /// The date `ordinal` days after 0000-03-01; an ordinal before `earliest` or after `latest` gives
  /// that date.
  public init(ordinal: Int) {
    let ordinal = min(max(ordinal, Day.ordinals.lowerBound), Day.ordinals.upperBound)
    var y = (10000 * ordinal + 14780) / 3_652_425
    var dayOfYear = ordinal - (365 * y + y / 4 - y / 100 + y / 400)
    if dayOfYear < 0 {
      y -= 1
      dayOfYear = ordinal - (365 * y + y / 4 - y / 100 + y / 400)
    }
    let mi = (100 * dayOfYear + 52) / 3060
    let month = (mi + 2) % 12 + 1
    let year = y + (mi + 2) / 12
    let day = dayOfYear - (mi * 306 + 5) / 10 + 1
    // The ordinal is within 0001-01-01...9999-12-31, so every part fits.
    self.init(valid: year, month, day)
  }

  /// The date `count` days later (earlier when negative), no earlier than `earliest` and no later
  /// than `latest`.
  public func adding(days count: Int) -> Day {
    let (sum, overflow) = ordinal.addingReportingOverflow(count)
    return Day(ordinal: overflow ? (count < 0 ? Int.min : Int.max) : sum)
  }

  /// The date `count` months later (earlier when negative), clamped to the month's last day, no
  /// earlier than `earliest` and no later than `latest`.
  public func adding(months count: Int) -> Day {
    // 120,000 months (10,000 years) either way reaches past both ends from any date.
    let total = year * 12 + (month - 1) + min(max(count, -120_000), 120_000)
    if total < 12 { return .earliest }
    if total >= 10_000 * 12 { return .latest }
    let newYear = total / 12
    let newMonth = total % 12 + 1
    let newDay = min(day, Day.daysIn(month: newMonth, year: newYear))
    return Day(year: newYear, month: newMonth, day: newDay) ?? self
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date"))
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
