import Foundation
import TestSupport
import Testing

/// The HTML report rendered by a real browser (headless Chromium) to an A4 PDF, then read back:
/// the expected number of pages, none of them empty, and the vendor text on them.
@Suite(.serialized) struct HTMLRenderingTests {
  @Test(Validators.pdfRenderingTools) func portfolioPrintsTheSummaryThenTheVendors() throws {
    // Skipped by the trait when a tool is missing, unless DPACHECK_REQUIRE_VALIDATORS=1: then it fails here.
    try withTemporaryDirectory(prefix: "dpacheck-html") { directory in
      let html = directory.appendingPathComponent("portfolio.html")
      let check = try CLI.run([
        "check", "Tests/Fixtures/golden/acme.yaml", "Tests/Fixtures/golden/nordic.yaml", "--rules",
        "Tests/Fixtures/rules", "--profile", "golden", "--as-of", "2026-11-26", "--format", "html", "-o", html.path,
      ])
      #expect(check.status == 1, "\(check.stderr)")
      let pdf = try Validators.printToPDF(html, profileIn: directory)
      // Summary and matrix on page 1, then the two vendors' open items, which do not start pages.
      #expect(pdf.pages == 2, "\(pdf.info)")
      #expect(pdf.isA4, "not A4: \(pdf.info)")
      try #require(pdf.pages >= 1, "the PDF has no pages")
      for page in 1...pdf.pages {
        let text = try pdf.text(page: page)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).count > 40, "page \(page) is empty")
      }
      let all = try pdf.text()
      #expect(all.contains("Acme <script>alert(1)</script> & Co"))
      #expect(all.contains("Nordic Care A/S"))
    }
  }
}
