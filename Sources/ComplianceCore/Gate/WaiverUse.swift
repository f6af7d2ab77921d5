import YAMLSupport

/// How a waiver fared in a run.
public struct WaiverUse: Sendable {
  /// The state of a waiver.
  public enum State: String, Sendable, Codable {
    case live, expiring, expired, unused
  }

  /// The waiver.
  public var waiver: Waiver
  /// Its state; a live or expiring waiver that matched nothing is `unused`.
  public var state: State
  /// How many findings it matched.
  public var matches: Int
}
