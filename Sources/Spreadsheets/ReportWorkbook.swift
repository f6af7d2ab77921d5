public import ComplianceCore
import ComplianceReporters
public import Frontend
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
    // Read back a line at a time: the stream of a large portfolio is never held whole.
    guard let file = fopen(stream.path, "r") else { throw OutputError.spreadsheet("cannot read back \(stream.path)") }
    defer { fclose(file) }
    let workbook = ScratchFile(suffix: ".xlsx")
    let writer = try XLSXWriter(path: workbook.path, created: created, constantMemory: true)
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0, let line {
      writer.apply(stream: Substring(String(cString: line)))
    }
    try writer.close()
    try copy(workbook, to: sink)
    return summary
  }

  private static func copy(_ file: ScratchFile, to sink: ReportSink) throws {
    guard let bytes = file.contents(limit: maxScratchBytes) else {
      throw OutputError.spreadsheet("cannot read back \(file.path)")
    }
    try sink.write(bytes: bytes)
    try sink.finish()
  }

  /// Writes the workbook of an instruction stream to `sink`, dated `created`.
  public static func write(_ stream: String, to sink: ReportSink, created: Day, constantMemory: Bool = false) throws {
    let file = ScratchFile(suffix: ".xlsx")
    let writer = try XLSXWriter(path: file.path, created: created, constantMemory: constantMemory)
    writer.apply(stream: Substring(stream))
    try writer.close()
    try copy(file, to: sink)
  }
}
