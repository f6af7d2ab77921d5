public import ComplianceCore
import YAMLSupport

/// JUnit XML for Jenkins and GitLab: a testsuite per declaration, a testcase per requirement.
///
/// Gaps and unanswered requirements at or above the gate are failures; below it they pass with a
/// note in `system-out`. Not-applicable and waived requirements are skipped, with the reason. An
/// invalid declaration is one testcase with an error per problem.
public struct JUnitReporter: SectionedReporter {
  /// Creates the reporter.
  public init() {}

  var separator: String { "" }

  func writePrologue(_ summary: RunSummary, in run: RunContext, to write: (String) throws -> Void) throws {
    try write(prologue(summary, in: run))
  }

  private func prologue(_ summary: RunSummary, in run: RunContext) -> String {
    var tests = 0
    var failures = 0
    var errors = 0
    for declaration in summary.declarations {
      if declaration.valid {
        tests += declaration.counts.total
        failures += declaration.gateFailures
      } else {
        tests += 1
        errors += 1
      }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"dpacheck\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
  }

  func epilogue(_ summary: RunSummary, in run: RunContext) -> String {
    "</testsuites>\n"
  }

  public func section(for declaration: DeclarationReport, in run: RunContext) throws -> String {
    let lang = run.language
    let name = Escape.xml("\(declaration.vendor ?? Phrase.unnamedVendor.text(lang)) (\(declaration.file))")
    let file = Escape.xml(declaration.file)
    guard declaration.valid else {
      var out = suiteStart(name: name, file: file, tests: 1, failures: 0, errors: 1, skipped: 0)
      out += "    <testcase name=\"\(Escape.xml(Phrase.declaration.text(lang)))\" classname=\"dpacheck.input\">\n"
      for diagnostic in declaration.diagnostics {
        let message = Escape.xml(diagnostic.location.description + ": " + diagnostic.message(lang))
        let body = Escape.xml(diagnostic.rendered(colored: false, language: lang))
        out += "      <error type=\"\(Escape.xml(diagnostic.code.rawValue))\" message=\"\(message)\">\(body)</error>\n"
      }
      return out + "    </testcase>\n  </testsuite>\n"
    }
    let failing = Set(declaration.gateFailures(run.failOn(for: declaration.profile)).map(\.rule))
    let skipped = declaration.findings.filter { $0.status == .notApplicable || $0.status == .waived }.count
    var out = suiteStart(
      name: name, file: file, tests: declaration.findings.count, failures: failing.count, errors: 0, skipped: skipped)
    // The profile that judged the declaration (with --profile-map, its own).
    out += "    <properties><property name=\"profile\" value=\"\(Escape.xml(declaration.profile))\"/></properties>\n"
    for finding in declaration.findings {
      let classname = Escape.xml("dpacheck.\(finding.requirement.requirement.pack).clause-\(finding.clause)")
      let title = Escape.xml("\(finding.rule) \(finding.title(lang))")
      let detail = "\(declaration.file):\(finding.location.line):\(finding.location.column): \(finding.message(lang))"
      out += "    <testcase name=\"\(title)\" classname=\"\(classname)\""
      switch finding.status {
      case .met:
        out += "/>\n"
        continue
      case .notApplicable:
        out += ">\n      <skipped message=\"\(Escape.xml(Phrase.notApplicable.text(lang)))\"/>\n"
      case .waived:
        let reason =
          finding.waiver.map { Phrase.waiverLine.format(lang, $0.expires.description, $0.approvedBy, $0.reason) } ?? ""
        out += ">\n      <skipped message=\"\(Escape.xml(Phrase.waived.text(lang) + ": " + reason))\"/>\n"
      case .gap, .unanswered:
        if failing.contains(finding.rule) {
          let message = Escape.xml(finding.severity.name(lang) + ": " + finding.message(lang))
          let body = Escape.xml(detail + "\n" + Phrase.remediation.text(lang) + ": " + finding.remediation(lang))
          out += ">\n      <failure type=\"\(finding.status.rawValue)\" message=\"\(message)\">\(body)</failure>\n"
        } else {
          let outcome = finding.status.name(lang) + " (" + finding.severity.name(lang) + "): " + detail
          out += ">\n      <system-out>\(Escape.xml(outcome))</system-out>\n"
        }
      }
      out += "    </testcase>\n"
    }
    return out + "  </testsuite>\n"
  }

  /// The opening tag of a declaration's test suite; `name` and `file` are escaped already.
  private func suiteStart(name: String, file: String, tests: Int, failures: Int, errors: Int, skipped: Int) -> String {
    "  <testsuite name=\"\(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\""
      + " skipped=\"\(skipped)\" file=\"\(file)\">\n"
  }
}
