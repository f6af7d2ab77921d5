import YAMLSupport

extension Day {
  /// `; write it as '2026-11-15' (15 November 2026)` for a date written in another order or with
  /// other separators: `15-11-2026`, `15.11.2026` and `15/11/2026` (day first, as dates are written
  /// in Denmark), `11/15/2026` (month first, where only that order gives a date), `2026/11/15`,
  /// `2026.11.15` and `2026-1-5`. Nil for anything else.
  ///
  /// The date is spelled out as well, so a reader sees which date the suggestion takes the text for.
  static func suggestion(for text: String) -> DiagnosticMessage? {
    guard let day = reading(of: text) else { return nil }
    let spelled = MessageArgument.localized(da: day.spelled(.da), en: day.spelled(.en))
    return DiagnosticMessage(.suggestDate, .text(day.description), spelled)
  }

  /// The date `text` means, if it is three numbers separated by one of `-`, `.` or `/`: a year of
  /// four digits first or last, and a day and a month of one or two digits.
  static func reading(of text: String) -> Day? {
    guard text.utf8.count <= 10, let separator = text.first(where: { $0 == "-" || $0 == "." || $0 == "/" }) else {
      return nil
    }
    let parts = text.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return nil }
    let numbers = parts.compactMap { part in part.allSatisfy(\.isWholeNumber) ? Int(part) : nil }
    guard numbers.count == 3 else { return nil }
    if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
      return Day(year: numbers[0], month: numbers[1], day: numbers[2])
    }
    guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
    // Day first, as in Denmark, unless only month first makes a date (11/15/2026).
    return Day(year: numbers[2], month: numbers[1], day: numbers[0])
      ?? Day(year: numbers[2], month: numbers[0], day: numbers[1])
  }

  /// The date in words: `15 November 2026` / `15. november 2026`.
  func spelled(_ language: Language) -> String {
    let names = language == .da ? Self.danishMonths : Self.englishMonths
    let name = names[(month - 1) % 12]
    return language == .da ? "\(day). \(name) \(year)" : "\(day) \(name) \(year)"
  }

  private static let danishMonths = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
    "december",
  ]
  private static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
}
