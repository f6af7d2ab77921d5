import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where reports go: stdout, or a file written atomically.
enum ReportOutput {
  /// Opens the sink for `path` (stdout when nil) and runs `body` with it; a write failure is
  /// reported and exits 2, leaving no partial file.
  static func write<T>(to path: String?, language: Language = .en, _ body: (ReportSink) throws -> T) throws -> T {
    do {
      let sink = try path.map(ReportSink.file) ?? .standardOutput()
      return try body(sink)
    } catch let error as ExitCode {
      throw error
    } catch {
      let reason = (error as? OutputError).map { MessageArgument.message($0.text) } ?? .text("\(error)")
      let message =
        path.map { DiagnosticMessage(.outputFailedTo, .text($0), reason) }
        ?? DiagnosticMessage(.outputFailed, reason)
      Diagnostics.emitError(message, language: language)
      throw ExitCode(2)
    }
  }
}

extension ReportOutput {
  /// Refuses an output file that is one of the inputs (the same file, by device and inode, however
  /// it is named): writing the report there would replace a declaration or a waivers file.
  ///
  /// A baseline may be the output: it is read in full before the report is written, so a CI job
  /// can update its baseline in place.
  ///
  /// - Throws: a usage error (exit 64) naming the input, before anything is written.
  static func refuseOverwriting(_ inputs: [String], with output: String?, language: Language = .en) throws {
    guard let output, let target = identity(output) else { return }
    for input in inputs where identity(input) == target {
      throw ValidationError(DiagnosticMessage(.usageOutputIsInput, .text(output), .text(input)).text(language))
    }
  }

  /// The device and inode of a regular file, or nil (missing, or not a regular file such as
  /// /dev/null, which is written as it is).
  private static func identity(_ path: String) -> [UInt64]? {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    return [UInt64(status.st_dev), UInt64(status.st_ino)]
  }
}

/// Progress of a long portfolio run on stderr: only on a terminal, never in a pipe or a CI log.
enum Progress {
  /// Runs with fewer files than this show no progress.
  static let minimumFiles = 200

  static func reporter(total: Int, language: Language = .en) -> (@Sendable (Int, Int) -> Void)? {
    guard total >= minimumFiles, Terminal.isTerminal(STDERR_FILENO) else { return nil }
    return { done, total in
      let line = done >= total ? "\r\u{1B}[2K" : "\r" + Phrase.progress.format(language, String(done), String(total))
      StandardError.write(line)
    }
  }
}

/// Today's date in UTC.
enum Today {
  static var utc: Day {
    // Days since 1970-01-01, counted from the ordinal of that date.
    let days = Int(time(nil)) / 86_400
    return (Day(year: 1970, month: 1, day: 1) ?? Day(ordinal: 0)).adding(days: days)
  }
}
