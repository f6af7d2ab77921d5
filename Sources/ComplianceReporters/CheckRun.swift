import Foundation
public import ComplianceCore
import YAMLSupport

/// One `dpacheck check` run: expands paths, checks every declaration, builds the report.
public struct CheckRun: Sendable {
  /// The checker.
  public let checker: Checker

  /// Creates a run.
  public init(checker: Checker) {
    self.checker = checker
  }

  /// The declaration files named by `paths`: files as given, folders expanded to every `*.yaml` and
  /// `*.yml` below them, sorted. A path that does not exist is kept, to be reported as unreadable.
  public static func expand(_ paths: [String]) -> [String] {
    var result: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        var found: [String] = []
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        if let enumerator = FileManager.default.enumerator(atPath: path) {
          while let next = enumerator.nextObject() as? String {
            if next.hasSuffix(".yaml") || next.hasSuffix(".yml") { found.append("\(base)/\(next)") }
          }
        }
        result += found.sorted()
      } else {
        result.append(path)
      }
    }
    return result
  }

  /// Checks one file from disk.
  public func check(file: String) -> DeclarationReport {
    do {
      let bytes = try InputFile.read(file)
      return checker.check(SourceFile(name: file, bytes: bytes))
    } catch {
      return checker.unreadable(file, error)
    }
  }

  /// Checks every file and assembles the report.
  public func run(files: [String]) -> Report {
    let declarations = files.map { check(file: $0) }
    let ruleSet = checker.ruleSet
    return Report(
      toolVersion: DPACheckVersion.current, asOf: checker.asOf, profile: ruleSet.profileID,
      failOn: checker.failOn, countriesReviewed: ruleSet.catalog.countries.reviewed,
      declarations: declarations, exclusions: ruleSet.exclusions, waivers: checker.waiverUses(declarations))
  }
}
