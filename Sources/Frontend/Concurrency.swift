public import ComplianceCore
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A mutual-exclusion lock over a POSIX mutex.
public final class Lock: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  public init() { pthread_mutex_init(mutex, nil) }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  public func withLock<T>(_ body: () throws -> T) rethrows -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }
}

/// `body(0)`, `body(1)` … `body(count - 1)`, run on all cores, and their results in that order.
///
/// The order of the results never depends on which finished first, so whatever is made from them
/// (a report, the first of several errors) is the same on every run.
public func concurrentMap<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  let slots = Slots<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index)) }
  // Every slot is set once `concurrentPerform` returns.
  return slots.values.compactMap { $0 }
}

/// Runs work on all cores (`concurrentMap`).
public struct ConcurrentScheduler: WorkScheduler {
  /// Creates a scheduler.
  public init() {}

  public func map<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    concurrentMap(count: count, body)
  }
}

/// The results of one `concurrentMap`, each set once by its own iteration.
private final class Slots<T: Sendable>: @unchecked Sendable {
  private let lock = Lock()
  private var slots: [T?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: T) {
    lock.withLock { slots[index] = value }
  }

  var values: [T?] { lock.withLock { slots } }
}
