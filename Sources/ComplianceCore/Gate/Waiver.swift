public import YAMLSupport

/// A municipality's acceptance of a gap for a time (design §6).
public struct Waiver: Sendable {
  /// The requirement id.
  public var rule: String
  /// The vendor name it applies to (exact match with `vendor.name`).
  public var vendor: String?
  /// A glob, relative to the waivers file's folder, of declaration paths it applies to.
  public var path: String?
  /// Why the gap is accepted.
  public var reason: String
  /// Who approved it.
  public var approvedBy: String
  /// The last day it applies.
  public var expires: Day
  /// Where it is written.
  public var location: SourceLocation

  /// `vendor` or `path`, as shown in messages.
  public var target: String { vendor ?? path ?? "" }

  /// Whether the waiver targets a declaration of `vendor` at `relativePath` (relative to the
  /// waivers file's folder): by the vendor's name, or by a path glob.
  func targets(vendor: String?, relativePath: String) -> Bool {
    if let name = self.vendor { return name == vendor }
    guard let pattern = path else { return false }
    return Glob.matches(pattern, relativePath)
  }

  /// Whether the waiver ends within `WaiverSet.warningWindowDays` of `asOf` (it may have ended).
  func isExpiringSoon(asOf: Day) -> Bool {
    expires.ordinal - asOf.ordinal <= WaiverSet.warningWindowDays
  }
}
