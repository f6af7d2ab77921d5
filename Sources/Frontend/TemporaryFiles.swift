import ComplianceCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Temporary files of a run, removed if the process is ended by a signal whose default action
/// ends it (`endingSignals`: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
/// SIGXCPU, SIGXFSZ, …), so that an interrupted run leaves neither a partial report nor its scratch
/// files behind. Only SIGKILL and SIGSTOP cannot be caught.
///
/// The paths are kept as C strings in fixed slots, so that the signal handler only calls
/// async-signal-safe functions (`unlink`, `_exit`).
enum TemporaryFiles {
  private static let slots = 4
  /// The signals that end a process by default and can be caught.
  static let endingSignals: [Int32] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
  ]
  nonisolated(unsafe) private static var paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
    capacity: slots)
  nonisolated(unsafe) private static var installed = false
  private static let lock = Lock()

  /// Registers `path` for removal on interruption; returns its slot, or nil when all are taken.
  static func register(_ path: String) -> Int? {
    lock.withLock { registerLocked(path) }
  }

  private static func registerLocked(_ path: String) -> Int? {
    if !installed {
      for slot in 0..<slots { paths[slot] = nil }
    }
    // The path is stored before the handler can run: a signal that was pending while blocked is
    // delivered as soon as it is unblocked below.
    var taken: Int?
    for slot in 0..<slots where paths[slot] == nil {
      paths[slot] = strdup(path)
      taken = slot
      break
    }
    if !installed {
      for interruption in endingSignals {
        _ = signal(interruption) { number in
          for slot in 0..<TemporaryFiles.slots {
            if let path = TemporaryFiles.paths[slot] { unlink(path) }
          }
          _exit(128 + number)
        }
      }
      // A parent may have started us with these signals blocked; they must reach the handler.
      var mask = sigset_t()
      sigemptyset(&mask)
      for signal in endingSignals { sigaddset(&mask, signal) }
      installed = true
      pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }
    return taken
  }

  /// Forgets a slot (the file was renamed or removed normally).
  static func release(_ slot: Int?) {
    guard let slot else { return }
    lock.withLock {
      let path = paths[slot]
      paths[slot] = nil
      free(path)
    }
  }
}
