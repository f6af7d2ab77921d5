import ArgumentParser
import ComplianceCore
import Frontend
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

  static func emit(_ diagnostic: Diagnostic, language: Language = .en) {
    StandardError.write(diagnostic.rendered(colored: colored, language: language) + "\n")
  }

  /// Writes an error that concerns no position in a file: `error: message`, in `language`.
  static func emitError(_ message: DiagnosticMessage, language: Language) {
    emit("\(Diagnostic.Severity.error.label(language)): \(message.text(language))")
  }

  /// Writes a note that concerns no position in a file: `note: message`, in `language`.
  static func emitNote(_ message: DiagnosticMessage, language: Language) {
    emit("\(Diagnostic.Severity.note.label(language)): \(message.text(language))")
  }

  /// Writes a message that is not a `Diagnostic`; text it quotes from input files (names, rule
  /// texts) has its hidden characters escaped, line by line, as a diagnostic's are.
  static func emit(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
    StandardError.write(lines.map { String($0).escapingControls }.joined(separator: "\n") + "\n")
  }

  /// Runs `body`; on a diagnostic, prints it in `language` and exits with code 2 (invalid input).
  static func exitOnError<T>(language: Language = .en, _ body: () throws(Diagnostic) -> T) throws -> T {
    do {
      return try body()
    } catch {
      emit(error, language: language)
      throw ExitCode(2)
    }
  }
}
