import Dispatch
import Foundation
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
  /// and `*.yml` file below them, sorted, without following symbolic links to folders (so a link
  /// loop cannot trap the walk). A path that does not exist is kept, to be reported as unreadable.
  public static func expand(_ paths: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var found: [String] = []
        walk(base, relative: "", into: &found, depth: 0)
        // A folder with no declarations is kept as it is, to be reported: checking nothing must
        // not pass silently.
        result += found.isEmpty ? [path] : found.sorted()
      } else {
        result.append(path)
      }
    }
    return result
  }

  private static func walk(_ base: String, relative: String, into found: inout [String], depth: Int) {
    guard depth < 64 else { return }
    let folder = relative.isEmpty ? base : "\(base)/\(relative)"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names.sorted() where !name.hasPrefix(".") {
      let child = relative.isEmpty ? name : "\(relative)/\(name)"
      let full = "\(base)/\(child)"
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: full) else { continue }
      let type = attributes[.type] as? FileAttributeType
      if type == .typeDirectory {
        walk(base, relative: child, into: &found, depth: depth + 1)
      } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
        found.append(full)  // regular files and links to files; links to folders are not followed
      }
    }
  }

  /// Checks one file from disk.
  public func check(file: String) -> DeclarationReport {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
      return checker.unreadable(file, Diagnostic(
        "io.empty-folder", "the folder holds no declarations (no *.yaml or *.yml files below it)", at: .start(of: file)))
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
    let context = RunContext(options: options, ruleSet: checker.ruleSet, asOf: checker.asOf, failOn: checker.failOn, isPortfolio: files.count > 1)
    var summaries: [DeclarationSummary] = []
    summaries.reserveCapacity(files.count)
    let body = try SectionBuffer()
    let clauseIndex = reporter.needsClauseCounts ? checker.ruleSet.clauseIndex : [:]
    var start = 0
    while start < files.count {
      let chunk = Array(files[start..<min(start + Self.chunkSize, files.count)])
      let results = ResultSlots(count: chunk.count)
      DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
        let report = check(file: chunk[index])
        let section = Result { try reporter.section(for: report, in: context) }
        results.set(index, (DeclarationSummary(report, failOn: checker.failOn, clauses: clauseIndex), section))
      }
      for slot in results.values {
        guard let (summary, section) = slot else { continue }
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
    try reporter.writePrologue(summary, in: context) { try sink.write($0) }
    try body.copy(to: sink)
    try sink.write(reporter.epilogue(summary, in: context))
    try sink.finish()
    return summary
  }
}

/// Per-index results of one parallel batch.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [(DeclarationSummary, Result<String, any Error>)?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: (DeclarationSummary, Result<String, any Error>)) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [(DeclarationSummary, Result<String, any Error>)?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}

/// Rendered sections, kept in a temporary file so that a large portfolio is not held in memory.
final class SectionBuffer {
  private let url: URL
  private let handle: FileHandle
  private var isEmpty = true
  private let slot: Int?

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("dpacheck-\(getpid())-\(UUID().uuidString).part")
    slot = TemporaryFiles.register(url.path)
    guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
      TemporaryFiles.release(slot)
      throw OutputError(message: "cannot create a temporary file in '\(url.deletingLastPathComponent().path)'")
    }
    handle = try FileHandle(forUpdating: url)
  }

  deinit {
    try? handle.close()
    try? FileManager.default.removeItem(at: url)
    TemporaryFiles.release(slot)
  }

  func append(_ text: String, separator: String) throws {
    try handle.write(contentsOf: Data(((isEmpty ? "" : separator) + text).utf8))
    isEmpty = false
  }

  func copy(to sink: ReportSink) throws {
    try handle.seek(toOffset: 0)
    while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
      try sink.write(data)
    }
  }
}

/// Where a report goes: standard output, or a file written atomically.
public final class ReportSink {
  private let handle: FileHandle
  private let temporary: URL?
  private let target: URL?
  private let slot: Int?
  private var finished = false

  /// A sink writing to standard output.
  public static func standardOutput() -> ReportSink { ReportSink(handle: .standardOutput, temporary: nil, target: nil, slot: nil) }

  /// A sink writing to `path` through a temporary file in the same folder, renamed on `finish()`;
  /// until then the target is untouched, so it never holds a half-written report.
  public static func file(_ path: String) throws -> ReportSink {
    let target = URL(fileURLWithPath: path)
    var status = stat()
    if stat(path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        throw OutputError(message: "'\(path)' is a folder")
      case S_IFREG:
        break
      default:
        // A device, pipe or socket (/dev/stdout, a FIFO): written as it is; renaming a file over
        // it would replace the device itself.
        guard let handle = FileHandle(forWritingAtPath: path) else {
          throw OutputError(message: "cannot open '\(path)' for writing")
        }
        return ReportSink(handle: handle, temporary: nil, target: nil, slot: nil)
      }
    }
    let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
    // Registered before it exists, so that an interruption at any moment removes it.
    let slot = TemporaryFiles.register(temporary.path)
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      TemporaryFiles.release(slot)
      throw OutputError(message: "cannot create '\(path)': check that its folder exists and is writable")
    }
    return ReportSink(handle: try FileHandle(forWritingTo: temporary), temporary: temporary, target: target, slot: slot)
  }

  private init(handle: FileHandle, temporary: URL?, target: URL?, slot: Int?) {
    self.handle = handle
    self.temporary = temporary
    self.target = target
    self.slot = slot
  }

  deinit {
    // Not finished (an error path): remove the partial temporary file.
    if let temporary, !finished {
      try? handle.close()
      try? FileManager.default.removeItem(at: temporary)
    }
    TemporaryFiles.release(slot)
  }

  func write(_ text: String) throws { try write(Data(text.utf8)) }

  func write(_ data: Data) throws { try handle.write(contentsOf: data) }

  func finish() throws {
    guard let temporary, let target else { return }
    try handle.synchronize()
    try handle.close()
    guard rename(temporary.path, target.path) == 0 else {
      throw OutputError(message: "cannot write '\(target.path)': \(String(cString: strerror(errno)))")
    }
    finished = true
    TemporaryFiles.release(slot)
  }
}
