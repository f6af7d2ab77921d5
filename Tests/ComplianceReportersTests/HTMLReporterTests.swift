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

  @Test func thePortfolioSummaryMatrixAndSectionsSpeakTheReportsLanguage() throws {
    let reports = [ReportModel.nordlys, ReportModel.invalid, ReportModel.unanswered]
    let danish = try ReportModel.render(.html, reports, language: .da)
    let english = try ReportModel.render(.html, reports, language: .en)
    for (html, words) in [
      (danish, ["Overblik", "Sådan læses tabellen", "De krav, der oftest ikke er opfyldt", "Fold alle ud"]),
      (english, ["Summary", "How to read the table", "The requirements most often failed", "Expand all"]),
    ] {
      for word in words { #expect(html.contains(word), "\(word)") }
      // Without the script the filters stay hidden and every section is open: a static report.
      #expect(html.contains("<div id=\"filters\" class=\"filters\" hidden>"))
      #expect(html.components(separatedBy: "<details class=\"vendor\" id=\"").count - 1 == 3)
      #expect(html.components(separatedBy: "\" open>").count - 1 == 3)
      // Met requirements are counted, not listed.
      #expect(!html.contains("<table class=\"settled\">"))
    }
    #expect(!danish.contains("How to read the table") && !english.contains("Sådan læses tabellen"))
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
