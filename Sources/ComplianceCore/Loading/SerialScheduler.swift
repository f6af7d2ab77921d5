/// Runs work one piece after another on the calling thread.
public struct SerialScheduler: WorkScheduler {
  /// Creates a scheduler.
  public init() {}

  public func map<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    (0..<count).map(body)
  }
}
