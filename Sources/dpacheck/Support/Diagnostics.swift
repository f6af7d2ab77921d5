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

  /// Writes a message that is not a `Diagnostic`; text it quotes from input files (names, rule
  /// texts) has its hidden characters escaped, line by line, as a diagnostic's are.
  static func emit(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
    StandardError.write(lines.map { String($0).escapingControls }.joined(separator: "\n") + "\n")
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
