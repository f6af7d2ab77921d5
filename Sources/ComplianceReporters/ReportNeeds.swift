/// What a report shows of each declaration beyond its summary, so that a run keeps no more.
public struct ReportNeeds: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Findings in detail: their evidence, field paths and locations. Without it the checker records
  /// none (`Checker.recordsEvidence`): a quarter of a text portfolio's instructions.
  public static let evidence = ReportNeeds(rawValue: 1 << 0)
  /// Findings counted per clause for every declaration (the portfolio matrix). Without it a
  /// portfolio's summaries hold no per-clause counts: an eighth of the peak memory of 10,000.
  public static let clauseCounts = ReportNeeds(rawValue: 1 << 1)
  /// Every declaration's gaps and unanswered requirements, by id and severity (the portfolio's
  /// roll-up of the requirements most often failed). Without it summaries hold none.
  public static let openFindings = ReportNeeds(rawValue: 1 << 2)
}
