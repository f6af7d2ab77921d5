import BundledRules
import ComplianceCore
import Dispatch
import YAMLSupport

/// The built-in catalog as `check` uses it, loaded on another core while the command line is
/// still being parsed.
///
/// Loading the built-in packs takes longer than parsing the command line, and both are needed
/// before a check can start, so `dpacheck check` starts the load first (`startLoading`) and
/// collects it once its options are known (`forEvaluation`). The load is the same one the
/// command would make itself, so the result cannot differ; a run that turns out not to need it
/// (`--rules`, a usage error, `--help`) exits without waiting for it.
enum BuiltinCatalog {
  private final class Load: @unchecked Sendable {
    let done = DispatchGroup()
    /// Written once on the loading thread before `done` is left; read only after waiting on it.
    var result: Result<Catalog, Diagnostic>?
  }

  /// The load started by `startLoading`, if any (set once, before anything else runs).
  nonisolated(unsafe) private static var started: Load?

  /// Starts loading the catalog for `dpacheck check` when the command line names that command
  /// and no `--rules`; call once, first thing in `main`. This only looks at the words: a guess
  /// that turns out wrong costs a wasted load on another core, never a different result.
  static func startLoading(for arguments: [String]) {
    let words = arguments.dropFirst()
    guard words.first == "check", !words.contains(where: { $0 == "--rules" || $0.hasPrefix("--rules=") }), started == nil else { return }
    let load = Load()
    load.done.enter()
    DispatchQueue.global().async {
      load.result = Result { () throws(Diagnostic) -> Catalog in try Self.load() }
      load.done.leave()
    }
    started = load
  }

  /// The built-in catalog without the requirements' examples (see `RuleLoader.init`): the one
  /// started early, or loaded now.
  static func forEvaluation() throws(Diagnostic) -> Catalog {
    guard let load = started else { return try Self.load() }
    load.done.wait()
    return try load.result!.get()
  }

  private static func load() throws(Diagnostic) -> Catalog {
    try RuleLoader(rules: EmbeddedRuleSource(files: BundledRules.files), readsExamples: false).loadCatalog()
  }
}
