public import ComplianceCore
public import YAMLSupport

/// One `dpacheck diff` run: reads two declarations, or two folders of them paired by identity
/// (`DeclarationIdentity`, the rule of `--baseline`), evaluates each as of one date and compares
/// them (`DeclarationDiff`).
public struct DiffRun: Sendable {
  /// The checker whose rule set and date both declarations are evaluated with.
  public let checker: Checker

  /// Creates a run.
  public init(checker: Checker) {
    self.checker = checker
  }

  /// Whether `path` is a folder (then `diff` pairs the declarations below it).
  public static func isFolder(_ path: String) -> Bool { FileSystem.kind(path) == .directory }

  /// Compares OLD and NEW: two files, or two folders.
  ///
  /// - Throws: every problem of every file read (invalid YAML, a questionnaire violation, an
  ///   unreadable file), each at its file, line and column.
  public func run(old: String, new: String) throws(DiagnosticList) -> DiffReport {
    let workingDirectory = FileSystem.currentDirectory
    if !Self.isFolder(old) || !Self.isFolder(new) {
      let before = PathName.normalised(old, workingDirectory: workingDirectory)
      let after = PathName.normalised(new, workingDirectory: workingDirectory)
      let loaded = load([before, after])
      if !loaded.problems.isEmpty { throw DiagnosticList(loaded.problems) }
      let diff = compare(loaded.declarations[0], loaded.declarations[1])
      return DiffReport(
        old: before, new: after, asOf: checker.asOf, profile: checker.ruleSet.profileID, declarations: [diff])
    }
    let oldFiles = Self.files(below: old, workingDirectory: workingDirectory)
    let newFiles = Self.files(below: new, workingDirectory: workingDirectory)
    let loadedOld = load(oldFiles.map(\.path))
    let loadedNew = load(newFiles.map(\.path))
    let problems = loadedOld.problems + loadedNew.problems
    if !problems.isEmpty { throw DiagnosticList(problems) }
    func identities(_ files: [(path: String, relative: String)], _ loaded: [Loaded]) -> [DeclarationIdentity] {
      zip(files, loaded).map { file, declaration in
        DeclarationIdentity(
          file: file.relative, vendor: declaration.declaration.vendorName,
          service: declaration.declaration.serviceName)
      }
    }
    let paired = DeclarationIdentity.pair(
      old: identities(oldFiles, loadedOld.declarations), new: identities(newFiles, loadedNew.declarations))
    let diffs = paired.pairs.map { compare(loadedOld.declarations[$0.old], loadedNew.declarations[$0.new]) }
    return DiffReport(
      old: PathName.normalised(old, workingDirectory: workingDirectory),
      new: PathName.normalised(new, workingDirectory: workingDirectory), asOf: checker.asOf,
      profile: checker.ruleSet.profileID, declarations: diffs, oldOnly: paired.oldOnly.map { oldFiles[$0].path },
      newOnly: paired.newOnly.map { newFiles[$0].path })
  }

  /// A declaration read and evaluated.
  private struct Loaded: Sendable {
    var declaration: Declaration
    var findings: [Finding]
  }

  private func compare(_ old: Loaded, _ new: Loaded) -> DeclarationDiff {
    DeclarationDiff.compare(
      old: old.declaration, oldFindings: old.findings, new: new.declaration, newFindings: new.findings,
      ruleSet: checker.ruleSet)
  }

  /// The declaration files below a folder, sorted, each with its path relative to the folder (the
  /// identity's path).
  private static func files(below folder: String, workingDirectory: String) -> [(path: String, relative: String)] {
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    return FileSystem.yamlFiles(below: base).map { relative in
      (PathName.normalised("\(base)/\(relative)", workingDirectory: workingDirectory), relative)
    }
  }

  /// Reads, validates and evaluates `files` on all cores; the problems of all of them are
  /// collected, in the files' order.
  private func load(_ files: [String]) -> (declarations: [Loaded], problems: [Diagnostic]) {
    let checker = self.checker
    let results = concurrentMap(count: files.count) { index -> Result<Loaded, DiagnosticList> in
      Self.load(files[index], with: checker)
    }
    var declarations: [Loaded] = []
    var problems: [Diagnostic] = []
    for result in results {
      switch result {
      case .success(let loaded): declarations.append(loaded)
      case .failure(let error): problems += error.diagnostics
      }
    }
    return (declarations, problems)
  }

  private static func load(_ file: String, with checker: Checker) -> Result<Loaded, DiagnosticList> {
    let source: SourceFile
    do { source = try InputFile.source(file) } catch { return .failure(DiagnosticList([error])) }
    let (report, declaration) = checker.checkKeepingDeclaration(source)
    guard let declaration else { return .failure(DiagnosticList(report.diagnostics)) }
    return .success(Loaded(declaration: declaration, findings: report.findings))
  }
}
