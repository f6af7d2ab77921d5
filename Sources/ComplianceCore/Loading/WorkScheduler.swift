/// Runs independent pieces of work and returns their results in order.
///
/// The libraries never start threads themselves: a loader that has independent work (the
/// requirement files of the rule packs) hands it to a scheduler. `SerialScheduler` runs it on the
/// calling thread; the front end passes one that runs it on all cores. The result is the same
/// either way: results come back in index order, whichever finished first.
public protocol WorkScheduler: Sendable {
  /// `body(0)`, `body(1)` … `body(count - 1)`, and their results in that order.
  func map<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T]
}
