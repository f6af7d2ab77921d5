#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
public import ComplianceCore
import YAMLSupport

/// One `dpacheck check` run: expands paths, checks every declaration in parallel, and streams the
/// report so that memory does not grow with the number of declarations.
///
/// Files are processed in chunks on all cores; each declaration is parsed, evaluated and rendered
/// in its worker, and only its rendered section and a small summary are kept. Sections go to a
/// temporary file in the input order, and the report is assembled as prologue + sections +
/// epilogue once the run's summary is known.
public struct CheckRun: Sendable {
  /// The checker.
  public let checker: Checker
  /// The report format.
  public let reporter: any Reporter
  /// Rendering options.
  public let options: RenderOptions
  /// Declarations handled per parallel batch: bounds the memory held at once.
  public static let chunkSize = 64

  /// Creates a run.
  public init(checker: Checker, reporter: any Reporter, options: RenderOptions) {
    self.checker = checker
    self.reporter = reporter
    self.options = options
  }

  /// The declaration files named by `paths`: files as given; folders expanded to every `*.yaml`
  /// and `*.yml` file below them (`FileSystem.yamlFiles`: sorted, hidden names skipped, links to
  /// folders not followed). A path that does not exist is kept, to be reported as unreadable.
  ///
  /// Paths are normalised (`PathName.normalised`): `./x` is `x`, and an absolute path below the
  /// working directory is made relative to it, so reports name a file the same way however it was
  /// given, and a baseline recognises it.
  public static func expand(_ paths: [String]) -> [String] {
    let workingDirectory = FileSystem.currentDirectory
    return expandFolders(paths).map { PathName.normalised($0, workingDirectory: workingDirectory) }
  }

  private static func expandFolders(_ paths: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      if FileSystem.kind(path) == .directory {
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        let found = FileSystem.yamlFiles(below: base)
        // A folder with no declarations is kept as it is, to be reported: checking nothing must
        // not pass silently.
        result += found.isEmpty ? [path] : found.map { "\(base)/\($0)" }
      } else {
        result.append(path)
      }
    }
    return result
  }

  /// Checks one file from disk.
  private static func check(file: String, with checker: Checker) -> DeclarationReport {
    if FileSystem.kind(file) == .directory {
      if FileSystem.names(in: file) == nil {
        return checker.unreadable(file, Diagnostic(.ioFolderUnreadable, at: .start(of: file)))
      }
      return checker.unreadable(file, Diagnostic(.ioEmptyFolder, at: .start(of: file)))
    }
    do {
      let bytes = try InputFile.read(file)
      return checker.check(SourceFile(name: file, bytes: bytes))
    } catch {
      return checker.unreadable(file, error)
    }
  }

  /// Checks every file and writes the report to `sink`; returns the run's summary.
  ///
  /// - Parameter progress: called after each batch with the number of files done.
  public func run(files: [String], to sink: ReportSink, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RunSummary {
    let context = RunContext(options: options, ruleSet: checker.ruleSet, failOn: checker.failOn, isPortfolio: files.count > 1)
    let checker = {
      var checker = self.checker
      checker.recordsEvidence = reporter.needsEvidence(in: context)
      return checker
    }()
    var summaries: [DeclarationSummary] = []
    summaries.reserveCapacity(files.count)
    let body = try SectionBuffer()
    let clauseIndex = reporter.needsClauseCounts ? checker.ruleSet.clauseIndex : [:]
    var start = 0
    while start < files.count {
      let chunk = Array(files[start..<min(start + Self.chunkSize, files.count)])
      let results = concurrentMap(count: chunk.count) { index in
        let report = Self.check(file: chunk[index], with: checker)
        let section = Result { try reporter.section(for: report, in: context) }
        return (DeclarationSummary(report, failOn: checker.failOn, clauses: clauseIndex), section)
      }
      for (summary, section) in results {
        summaries.append(summary)
        let text = try section.get()
        if !text.isEmpty { try body.append(text, separator: reporter.separator) }
      }
      start += chunk.count
      progress?(start, files.count)
    }
    var waiverCounts: [SourceLocation: Int] = [:]
    for summary in summaries {
      for (location, count) in summary.waiverMatches { waiverCounts[location, default: 0] += count }
    }
    let ruleSet = checker.ruleSet
    let summary = RunSummary(
      toolVersion: DPACheckVersion.current, asOf: checker.asOf, profile: ruleSet.profileID,
      failOn: checker.failOn, countriesReviewed: ruleSet.catalog.countries.reviewed,
      declarations: summaries, exclusions: ruleSet.exclusions, waivers: checker.waiverUses(waiverCounts),
      clauses: ruleSet.clauses)
    try reporter.writeReport(summary, in: context, sections: { try body.copy(to: sink) }) { try sink.write($0) }
    try sink.finish()
    return summary
  }
}

/// Rendered sections, kept in a temporary file so that a large portfolio is not held in memory.
final class SectionBuffer {
  private let path: String
  private let file: OutputFile
  private var isEmpty = true
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

  func append(_ text: String, separator: String) throws {
    if !isEmpty { try file.write(separator) }
    try file.write(text)
    isEmpty = false
  }

  func copy(to sink: ReportSink) throws {
    guard lseek(file.descriptor, 0, SEEK_SET) == 0 else {
      throw OutputError(.outputReadBack, .text(path), FileSystem.lastErrorMessage)
    }
    // Uninitialised: zeroing a megabyte would touch every page of it, which costs a run of one
    // small declaration more than its whole report (pages are only touched as reads fill them).
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    defer { buffer.deallocate() }
    while true {
      let count = read(file.descriptor, buffer.baseAddress, buffer.count)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw OutputError(.outputReadBack, .text(path), FileSystem.lastErrorMessage)
      }
      if count == 0 { return }
      try sink.write(bytes: UnsafeBufferPointer(rebasing: buffer[0..<count]))
    }
  }
}

/// Where a report goes: standard output, or a file written atomically.
public final class ReportSink {
  private let file: OutputFile
  private let temporary: String?
  private let target: String?
  private let slot: Int?
  private var finished = false

  /// A sink writing to standard output.
  public static func standardOutput() -> ReportSink {
    ReportSink(file: OutputFile(descriptor: STDOUT_FILENO, name: "standard output", owned: false), temporary: nil, target: nil, slot: nil)
  }

  /// A sink writing to `path` through a temporary file in the same folder, renamed on `finish()`;
  /// until then the target is untouched, so it never holds a half-written report.
  public static func file(_ path: String) throws -> ReportSink {
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
    let folder = FileSystem.folder(of: path)
    let temporary = "\(folder)/.\(FileSystem.lastComponent(of: path)).\(getpid()).tmp"
    // Registered before it exists, so that an interruption at any moment removes it.
    let slot = TemporaryFiles.register(temporary)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      TemporaryFiles.release(slot)
      throw OutputError(.outputCannotCreate, .text(path))
    }
    return ReportSink(file: OutputFile(descriptor: descriptor, name: path), temporary: temporary, target: path, slot: slot)
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

/// A file descriptor written to in full, retrying short writes.
final class OutputFile {
  let descriptor: Int32
  private let name: String
  private let owned: Bool
  private var isClosed = false

  init(descriptor: Int32, name: String, owned: Bool = true) {
    self.descriptor = descriptor
    self.name = name
    self.owned = owned
  }

  deinit { close() }

  func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(buffer: UnsafeRawBufferPointer($0)) }
  }

  func write(bytes: UnsafeBufferPointer<UInt8>) throws {
    try write(buffer: UnsafeRawBufferPointer(bytes))
  }

  private func write(buffer: UnsafeRawBufferPointer) throws {
    if let code = FileSystem.writeAll(buffer, to: descriptor) {
      throw OutputError(.outputCannotWrite, .text(name), FileSystem.message(forError: code))
    }
  }

  func close() {
    guard owned, !isClosed else { return }
    isClosed = true
    _ = posixClose(descriptor)
  }
}

private func posixClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
