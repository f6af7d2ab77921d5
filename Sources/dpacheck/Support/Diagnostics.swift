import ArgumentParser
import ComplianceCore
import YAMLSupport
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes diagnostics to stderr, in colour only on a terminal and never when `NO_COLOR` is set.
enum Diagnostics {
  static var colored: Bool { Terminal.isColorTerminal(STDERR_FILENO) }

  static func emit(_ diagnostic: Diagnostic) {
    StandardError.write(diagnostic.rendered(colored: colored) + "\n")
  }

  static func emit(_ message: String) {
    StandardError.write(message + "\n")
  }

  /// Runs `body`; on a diagnostic, prints it and exits with code 2 (invalid input).
  static func exitOnError<T>(_ body: () throws(Diagnostic) -> T) throws -> T {
    do {
      return try body()
    } catch {
      emit(error)
      throw ExitCode(2)
    }
  }
}
