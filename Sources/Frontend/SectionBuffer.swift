import ComplianceReporters
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Rendered sections, kept in a temporary file so that a large portfolio is not held in memory.
final class SectionBuffer {
  private let path: String
  private let file: OutputFile
  /// The offset in the file where each section ends.
  private var ends: [Int] = []
  /// The bytes written.
  private var length = 0
  private let slot: Int?

  init() throws {
    let folder = Self.temporaryFolder
    path = "\(folder)/dpacheck-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).part"
    slot = TemporaryFiles.register(path)
    let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      TemporaryFiles.release(slot)
      throw OutputError(.outputTemporary, .text(folder), FileSystem.lastErrorMessage)
    }
    file = OutputFile(descriptor: descriptor, name: path)
  }

  /// `TMPDIR`, or `/tmp`.
  private static var temporaryFolder: String {
    guard let folder = Environment.value("TMPDIR"), !folder.isEmpty else { return "/tmp" }
    return folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
  }

  deinit {
    file.close()
    unlink(path)
    TemporaryFiles.release(slot)
  }

  /// Appends a section; an empty one is left out.
  func append(_ text: String) throws {
    guard !text.isEmpty else { return }
    try file.write(text)
    length += text.utf8.count
    ends.append(length)
  }

  /// Writes every section to `sink` in order, with `separator` between two.
  func copy(to sink: ReportSink, separator: String) throws {
    guard lseek(file.descriptor, 0, SEEK_SET) == 0 else {
      throw OutputError(.outputReadBack, .text(path), FileSystem.lastErrorMessage)
    }
    // Uninitialised: zeroing a megabyte would touch every page of it, which costs a run of one
    // small declaration more than its whole report (pages are only touched as reads fill them).
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    defer { buffer.deallocate() }
    var offset = 0  // of the buffer's first byte in the file
    var section = 0  // the section that the next byte belongs to
    while true {
      let count = read(file.descriptor, buffer.baseAddress, buffer.count)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw OutputError(.outputReadBack, .text(path), FileSystem.lastErrorMessage)
      }
      if count == 0 { return }
      // The bytes read, cut where a section ends and the separator goes.
      var start = 0
      while start < count {
        let end = min(count, ends[section] - offset)
        try sink.write(bytes: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        start = end
        if offset + end == ends[section] {
          section += 1
          if section < ends.count { try sink.write(separator) }
        }
      }
      offset += count
    }
  }
}
