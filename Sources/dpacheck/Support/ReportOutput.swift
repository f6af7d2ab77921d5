import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Foundation

/// Where reports go: stdout, or a file written atomically.
enum ReportOutput {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try OutputFile.write(text, to: path)
    } catch {
      Diagnostics.emit("error: cannot write the report to '\(path)': \(error)")
      throw ExitCode(2)
    }
  }
}

/// Today's date in UTC.
enum Today {
  static var utc: Day {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
  }
}
