import ComplianceCore
import ComplianceReporters
import Foundation
import Testing
import YAMLSupport

/// The HTML report rendered in-process from canned models.
@Suite struct HTMLReporterTests {
  @Test func aSelfContainedDocumentWithAnArticlePerDeclaration() throws {
    let reports = [ReportModel.nordlys, ReportModel.invalid, ReportModel.unanswered]
    let html = try ReportModel.render(.html, reports)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(!html.contains("http://") && !html.contains("<link") && !html.contains("src="))
    // One inline script, allowed by its hash; a collapsible section per declaration.
    #expect(html.components(separatedBy: "<script").count - 1 == 1)
    #expect(html.contains("script-src 'sha256-"))
    #expect(html.components(separatedBy: "<details class=\"vendor\"").count - 1 == reports.count)
    #expect(!html.contains("<article"))
    let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(Set(ids).count == ids.count, "ids repeat")
  }

  @Test func aSingleDeclarationHasNoScript() throws {
    let html = try ReportModel.render(.html, [ReportModel.nordlys])
    #expect(!html.contains("<script"))
    #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'"))
    #expect(html.components(separatedBy: "<article class=\"vendor\"").count - 1 == 1)
  }

  @Test func aCardPerListedFinding() throws {
    let report = ReportModel.unanswered
    let html = try ReportModel.render(.html, [report])
    #expect(html.components(separatedBy: "<div class=\"finding ").count - 1 == ReportModel.listed(report).count)
  }

  @Test func vendorTextIsEscaped() throws {
    let html = try ReportModel.render(.html, [ReportModel.hostile], language: .da)
    #expect(html.contains("<html lang=\"da\">"))
    #expect(html.contains("Evil | *Corp* &lt;b&gt;x&lt;/b&gt; &amp; [y](z)"))
    #expect(!html.contains("<b>x</b>"))
  }
}
