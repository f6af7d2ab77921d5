public import ComplianceCore
import ComplianceReporters
public import Frontend
import YAMLSupport

/// Writes a workbook through a report sink: the instructions go to a scratch file first (the run
/// streams, as for every format), libxlsxwriter writes the workbook to another, and its bytes then
/// go to the sink, which replaces the target in one step.
public enum ReportWorkbook {
  /// The largest instruction stream or workbook read back (1 GiB).
  static let maxScratchBytes = 1 << 30

  /// Runs `run` over `files` (its reporter writes instructions) and writes the workbook to `sink`,
  /// dated `created`.
  public static func check(
    _ run: CheckRun, files: [String], to sink: ReportSink, created: Day,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> RunSummary {
    let stream = ScratchFile(suffix: ".sheets")
    let summary = try run.run(files: files, to: ReportSink.file(stream.path), progress: progress)
    guard let bytes = stream.contents(limit: maxScratchBytes) else {
      throw OutputError.spreadsheet("cannot read back \(stream.path)")
    }
    try write(String(decoding: bytes, as: UTF8.self), to: sink, created: created, constantMemory: true)
    return summary
  }

  /// Writes the workbook of an instruction stream to `sink`, dated `created`.
  public static func write(_ stream: String, to sink: ReportSink, created: Day, constantMemory: Bool = false) throws {
    let file = ScratchFile(suffix: ".xlsx")
    let writer = try XLSXWriter(path: file.path, created: created, constantMemory: constantMemory)
    writer.apply(stream: Substring(stream))
    try writer.close()
    guard let bytes = file.contents(limit: maxScratchBytes) else {
      throw OutputError.spreadsheet("cannot read back \(file.path)")
    }
    try sink.write(bytes: bytes)
    try sink.finish()
  }
}
