public import ComplianceCore
public import ComplianceReporters
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// With a profile map: which profile judges which file.
  public var profileMap: ProfileMap?
  /// With a profile map: a checker for each other profile it names, by profile id; a file the map
  /// gives no profile, or the default one, is checked by `checker`.
  public var otherCheckers: [String: Checker] = [:]
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
  /// `-` is standard input (`InputFile.standardInputName` in reports).
  ///
  /// Paths are normalised (`PathName.normalised`): `./x` is `x`, and an absolute path below the
  /// working directory is made relative to it, so reports name a file the same way however it was
  /// given, and a baseline recognises it.
  ///
  /// - Parameter excluding: globs (`*` and `?` within a name, `**` across folders) of files found
  ///   in folders that are left out; each is matched against the file's path below the folder given
  ///   and against its normalised path. Files named one by one are always checked.
  public static func expand(_ paths: [String], excluding: [String] = []) -> [String] {
    let workingDirectory = FileSystem.currentDirectory
    return expandFolders(paths, excluding: excluding).map {
      PathName.normalised($0, workingDirectory: workingDirectory)
    }
  }

  private static func expandFolders(_ paths: [String], excluding patterns: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      if FileSystem.kind(path) == .directory {
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        let found = FileSystem.yamlFiles(below: base).filter { relative in
          let normalised = PathName.normalised("\(base)/\(relative)", workingDirectory: nil)
          return !patterns.contains { Glob.matches($0, relative) || Glob.matches($0, normalised) }
        }
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
    if file == "-" {
      do {
        return try checker.check(InputFile.standardInput())
      } catch {
        return checker.unreadable(InputFile.standardInputName, error)
      }
    }
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
  public func run(
    files: [String], to sink: ReportSink, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> RunSummary {
    let context = RunContext(
      options: options, ruleSet: checker.ruleSet, failOn: checker.failOn, isPortfolio: files.count > 1,
      workingDirectory: FileSystem.currentDirectory, otherRuleSets: otherCheckers.mapValues(\.ruleSet),
      otherFailOn: otherCheckers.mapValues(\.failOn))
    let reporter = self.reporter
    let needs = reporter.needs(in: context)
    func prepared(_ checker: Checker) -> Checker {
      var checker = checker
      checker.recordsEvidence = needs.contains(.evidence)
      return checker
    }
    let checker = prepared(self.checker)
    let others = otherCheckers.mapValues(prepared)
    let profileMap = self.profileMap
    // The matrix's columns: the clauses of every profile of the run.
    let clauses = Set((others.values.map(\.ruleSet) + [checker.ruleSet]).flatMap(\.clauses))
      .sorted(by: Clause.precedes)
    let clauseIndex =
      needs.contains(.clauseCounts)
      ? Dictionary(uniqueKeysWithValues: clauses.enumerated().map { ($1, $0) }) : [:]
    var summaries: [DeclarationSummary] = []
    summaries.reserveCapacity(files.count)
    let body = try SectionBuffer()
    var start = 0
    while start < files.count {
      let chunk = Array(files[start..<min(start + Self.chunkSize, files.count)])
      let results = concurrentMap(count: chunk.count) { index in
        let chosen = profileMap?.profile(for: chunk[index]).flatMap { others[$0] } ?? checker
        let report = Self.check(file: chunk[index], with: chosen)
        let section = Result { try reporter.section(for: report, in: context) }
        let summary = DeclarationSummary(
          report, failOn: chosen.failOn, clauses: clauseIndex, openFindings: needs.contains(.openFindings))
        return (summary, section)
      }
      for (summary, section) in results {
        summaries.append(summary)
        try body.append(section.get())
      }
      start += chunk.count
      progress?(start, files.count)
    }
    // When the map gave every declaration one other profile (one file, say), the run is that
    // profile's: its id, exclusions and gate head the report.
    let used = Set(summaries.map(\.profile))
    let judge = used.count == 1 ? used.first.flatMap { others[$0] } ?? checker : checker
    var summary = judge.summary(of: summaries)
    summary.clauses = clauses
    try reporter.writeReport(
      summary, in: context, sections: { try body.copy(to: sink, separator: $0) }, to: { try sink.write($0) })
    try sink.finish()
    return summary
  }
}
