import ComplianceCore
import ComplianceReporters
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a report goes: standard output, or a file written atomically.
public final class ReportSink {
  private let file: OutputFile
  private let temporary: String?
  private let target: String?
  private let slot: Int?
  private var finished = false

  /// A sink writing to standard output.
  public static func standardOutput() -> ReportSink {
    ReportSink(
      file: OutputFile(descriptor: STDOUT_FILENO, name: "standard output", owned: false), temporary: nil, target: nil,
      slot: nil)
  }

  /// A sink writing to `path` through a temporary file in the same folder, renamed on `finish()`;
  /// until then the target is untouched, so it never holds a half-written report. `-` is standard
  /// output.
  ///
  /// A symbolic link stays a link: the file it leads to is the one replaced. A file that exists
  /// keeps its permissions; a new one gets those the umask allows (0666 without it).
  public static func file(_ path: String) throws -> ReportSink {
    if path == "-" { return standardOutput() }
    switch FileSystem.kind(path) {
    case .directory:
      throw OutputError(.outputIsFolder, .text(path))
    case .other:
      // A device, pipe or socket (/dev/stdout, a FIFO): written as it is; renaming a file over
      // it would replace the device itself.
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw OutputError(.outputCannotOpen, .text(path))
      }
      return ReportSink(file: OutputFile(descriptor: descriptor, name: path), temporary: nil, target: nil, slot: nil)
    case .file, nil:
      break
    }
    let target = FileSystem.isSymbolicLink(path) ? (FileSystem.resolved(path) ?? path) : path
    let folder = PathName.folder(of: target)
    let temporary = "\(folder)/.\(PathName.lastComponent(of: target)).\(getpid()).tmp"
    // Registered before it exists, so that an interruption at any moment removes it.
    let slot = TemporaryFiles.register(temporary)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      TemporaryFiles.release(slot)
      throw OutputError(.outputCannotCreate, .text(path))
    }
    var status = stat()
    if stat(target, &status) == 0 {
      _ = fchmod(descriptor, status.st_mode & 0o7777)
    }
    return ReportSink(
      file: OutputFile(descriptor: descriptor, name: path), temporary: temporary, target: target, slot: slot)
  }

  private init(file: OutputFile, temporary: String?, target: String?, slot: Int?) {
    self.file = file
    self.temporary = temporary
    self.target = target
    self.slot = slot
  }

  deinit {
    // Not finished (an error path): remove the partial temporary file.
    guard !finished else { return }  // `finish` released the slot
    if let temporary {
      file.close()
      unlink(temporary)
    }
    TemporaryFiles.release(slot)
  }

  /// Writes `text`.
  public func write(_ text: String) throws { try file.write(text) }

  func write(bytes: UnsafeBufferPointer<UInt8>) throws { try file.write(bytes: bytes) }

  /// Completes the report: a file target is replaced by the finished file in one step.
  public func finish() throws {
    guard let temporary, let target else { return }
    guard fsync(file.descriptor) == 0 || errno == EINVAL else {
      throw OutputError(.outputCannotWrite, .text(target), FileSystem.lastErrorMessage)
    }
    file.close()
    guard rename(temporary, target) == 0 else {
      throw OutputError(.outputCannotWrite, .text(target), FileSystem.lastErrorMessage)
    }
    finished = true
    TemporaryFiles.release(slot)
  }
}
