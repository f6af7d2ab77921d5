import ArgumentParser
import Foundation
import YAMLSupport

/// Writes diagnostics to stderr, in colour only on a terminal and never when `NO_COLOR` is set.
enum Diagnostics {
  static var colored: Bool {
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  static func emit(_ diagnostic: Diagnostic) {
    FileHandle.standardError.write(Data((diagnostic.rendered(colored: colored) + "\n").utf8))
  }

  static func emit(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
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
