import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A scratch file in `TMPDIR` (or `/tmp`) for a library that writes to a path (libxlsxwriter):
/// removed when the value goes away, and on an interrupting signal like every temporary file.
public final class ScratchFile {
  /// The path; the file does not exist until something creates it.
  public let path: String
  private let slot: Int?

  /// Names a scratch file ending in `suffix`.
  public init(suffix: String) {
    let folder = Environment.value("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    path = "\(base)/dpacheck-\(getpid())-\(UInt64.random(in: 0...UInt64.max))\(suffix)"
    slot = TemporaryFiles.register(path)
  }

  deinit {
    unlink(path)
    TemporaryFiles.release(slot)
  }

  /// The file's bytes, at most `limit`.
  public func contents(limit: Int) -> [UInt8]? {
    guard case .success(let bytes) = FileSystem.contents(of: path, limit: limit), bytes.count <= limit else {
      return nil
    }
    return bytes
  }
}

extension ReportSink {
  /// Writes `bytes` as they are (a binary report).
  public func write(bytes: [UInt8]) throws {
    try bytes.withUnsafeBufferPointer { try write(bytes: $0) }
  }
}

extension OutputError {
  /// A workbook that could not be written, for `reason`.
  public static func spreadsheet(_ reason: String) -> OutputError {
    OutputError(.outputSpreadsheet, .text(reason))
  }

  /// A file that could not be created.
  public static func cannotCreate(_ path: String) -> OutputError {
    OutputError(.outputCannotCreate, .text(path))
  }
}
