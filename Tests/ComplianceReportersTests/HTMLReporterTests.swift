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
    #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("<link"))
    #expect(html.components(separatedBy: "<article class=\"vendor\"").count - 1 == reports.count)
    let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(Set(ids).count == ids.count, "ids repeat")
  }

  @Test func aCardPerListedFinding() throws {
    let report = ReportModel.unanswered
    let html = try ReportModel.render(.html, [report])
    #expect(html.components(separatedBy: "<div class=\"finding ").count - 1 == ReportModel.listed(report).count)
  }

  @Test func aChainIsDrawnAsATreeWithEachHopsCountriesAndBasis() throws {
    let chained = ReportModel.report(ReportModel.example("three-level-chain"), file: "vendors/chain.yaml")
    let html = try ReportModel.render(.html, [chained])
    let tree = try #require(html.components(separatedBy: "<section class=\"chain\">").dropFirst().first)
      .components(separatedBy: "</section>")[0]
    #expect(tree.contains("<h3>The chain of sub-processors</h3>"))
    // Three levels, nested: each hop a list inside its parent's item.
    #expect(tree.components(separatedBy: "<ul class=\"tree\"").count - 1 == 3)
    let datadrift = try #require(tree.range(of: "Datadrift Danmark A/S"))
    let ledgerline = try #require(
      tree.range(of: "Ledgerline UK Ltd</strong> — &#39;GB&#39; · transfer basis: adequacy"))
    let deccan = try #require(
      tree.range(of: "Deccan Support Services Pvt Ltd</strong> — &#39;IN&#39; · transfer basis: scc"))
    #expect(datadrift.lowerBound < ledgerline.lowerBound && ledgerline.lowerBound < deccan.lowerBound)
    #expect(!tree.contains("unknown beyond this point"))
    // An open end is said; a declaration without a chain has no tree.
    let open = ReportModel.report(
      ReportModel.example("three-level-chain").replacingOccurrences(
        of: "              subprocessors: []      # the end of the chain\n", with: ""),
      file: "vendors/open.yaml")
    let danish = try ReportModel.render(.html, [open], language: .da)
    #expect(danish.contains("<h3>Kæden af underdatabehandlere</h3>"))
    #expect(danish.contains("herefter ukendt: egne underdatabehandlere ikke oplyst"))
    #expect(!(try ReportModel.render(.html, [ReportModel.nordlys])).contains("class=\"chain\""))
  }

  @Test func vendorTextIsEscaped() throws {
    let html = try ReportModel.render(.html, [ReportModel.hostile], language: .da)
    #expect(html.contains("<html lang=\"da\">"))
    #expect(html.contains("Evil | *Corp* &lt;b&gt;x&lt;/b&gt; &amp; [y](z)"))
    #expect(!html.contains("<b>x</b>"))
  }
}
