import ComplianceCore
import ComplianceReporters
import Foundation
import TestSupport
import YAMLSupport

/// Canned report models for the reporters' in-process tests: declarations checked against the
/// shipped `kommune` profile as of a fixed day, and the run summaries a run would make of them.
enum ReportModel {
  static let asOf = Day(year: 2026, month: 6, day: 1) ?? Day(ordinal: 0)

  static let checker: Checker = {
    do {
      let ruleSet = try RuleSet.resolve(profile: "kommune", in: Package.catalog()) {
        (path) throws(Diagnostic) -> SourceFile in throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
      }
      return Checker(ruleSet: ruleSet, asOf: asOf)
    } catch {
      preconditionFailure("the shipped rules do not load: \(error)")
    }
  }()

  /// The text of an example declaration.
  static func example(_ name: String) -> String {
    (try? String(contentsOfFile: Package.path("Examples/declarations/\(name).yaml"), encoding: .utf8)) ?? ""
  }

  /// A declaration checked as `file`.
  static func report(_ text: String, file: String) -> DeclarationReport {
    checker.check(SourceFile(name: file, text: text))
  }

  /// One gap, its vendor's name full of Markdown and HTML syntax.
  static let hostile = report(
    example("nordlys-cloud").replacingOccurrences(
      of: "  name: Nordlys Cloud ApS", with: "  name: \"Evil | *Corp* <b>x</b> & [y](z)\""),
    file: "vendors/evil.yaml")
  /// Gaps and unanswered questions.
  static let unanswered = report(example("startup-unanswered"), file: "vendors/startup.yaml")
  /// One gap.
  static let nordlys = report(example("nordlys-cloud"), file: "vendors/nordlys-cloud.yaml")
  /// Not a declaration: a YAML syntax error on line 2.
  static let invalid = report("format: dpacheck/declaration/v1\nvendor: [\n", file: "vendors/broken.yaml")

  /// The context of a run over `count` declarations.
  static func context(_ language: Language = .en, declarations count: Int, colored: Bool = false) -> RunContext {
    RunContext(
      options: RenderOptions(language: language, colored: colored), ruleSet: checker.ruleSet,
      failOn: checker.failOn, isPortfolio: count > 1, workingDirectory: "/work")
  }

  /// The whole report of `reports` in `format`, as a run would write it.
  static func render(
    _ format: ReportFormat, _ reports: [DeclarationReport], language: Language = .en, colored: Bool = false
  ) throws -> String {
    let summary = checker.summary(of: reports.map { checker.summary(of: $0) })
    return try format.reporter.render(
      reports, summary: summary, in: context(language, declarations: reports.count, colored: colored))
  }

  /// The findings of `report` that the reports list (gaps, unanswered, waived).
  static func listed(_ report: DeclarationReport) -> [Finding] {
    report.findings.filter { $0.status == .gap || $0.status == .unanswered || $0.status == .waived }
  }
}
