import ComplianceCore
import ComplianceReporters
import Foundation
import Testing
import YAMLSupport

/// The Markdown report rendered in-process from canned models.
@Suite struct MarkdownReporterTests {
  @Test func aTableRowPerListedFinding() throws {
    let report = ReportModel.unanswered
    let text = try ReportModel.render(.markdown, [report])
    #expect(text.hasPrefix("# "))
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("**") }
    #expect(rows.count == ReportModel.listed(report).count)
  }

  @Test func vendorTextCreatesNoStructure() throws {
    let text = try ReportModel.render(.markdown, [ReportModel.hostile])
    let heading = try #require(text.split(separator: "\n").first { $0.hasPrefix("## ") })
    #expect(heading == #"## Evil | \*Corp\* &lt;b&gt;x&lt;/b&gt; &amp; \[y\](z) (`vendors/evil.yaml`)"#)
  }

  @Test func aPortfolioIsATableWithDetailsOnlyForInvalidFiles() throws {
    let reports = [ReportModel.nordlys, ReportModel.invalid, ReportModel.unanswered]
    let lines = try ReportModel.render(.markdown, reports).split(separator: "\n")
    #expect(lines.first == "# Data-processor portfolio report")
    for report in reports {
      #expect(
        lines.contains { $0.hasPrefix("| ") && $0.hasSuffix("| `\(report.file)` |") }, "no row for \(report.file)")
    }
    #expect(lines.filter { $0.hasPrefix("## ") } == ["## (unnamed vendor) (`vendors/broken.yaml`)"])
  }
}
