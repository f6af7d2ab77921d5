public import YAMLSupport

/// A date that satisfies its requirement now but lapses within the warning window.
public struct Lapse: Sendable, Hashable {
  /// The data path of the date.
  public var path: String
  /// A label for the list item the date is in.
  public var label: String?
  /// Where the date is.
  public var location: SourceLocation
  /// The day the requirement stops being met.
  public var lapsesOn: Day
  /// Days from the evaluation date to the last day it is met.
  public var daysLeft: Int
}
