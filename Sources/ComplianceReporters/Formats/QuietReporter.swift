public import ComplianceCore
import YAMLSupport

/// `check --quiet`: one line per finding that fails the gate and per problem of an invalid file,
/// `file:line:column: severity: RULE title: what was found`, and nothing else: nothing at all when
/// the gate passes. For terminals and logs that should show only what needs doing.
public struct QuietReporter: SectionedReporter {
  /// Creates the reporter.
  public init() {}

  var separator: String { "" }

  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws {}

  func epilogue(_ summary: RunSummary, in run: RunContext) -> String { "" }

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    let lang = run.language
    guard declaration.valid else {
      return declaration.diagnostics.map { $0.rendered(colored: run.options.colored, language: lang) + "\n" }.joined()
    }
    return declaration.findings.filter { $0.failsGate(run.failOn(for: declaration.profile)) }.map { finding in
      let location = "\(declaration.file):\(finding.location.line):\(finding.location.column)"
      let text = "\(finding.rule) \(finding.title(lang)): \(finding.message(lang))"
      return "\(location.escapingControls): \(finding.severity.rawValue): \(text.escapingControls)\n"
    }.joined()
  }
}
