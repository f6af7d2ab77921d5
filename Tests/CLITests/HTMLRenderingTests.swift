import Foundation
import TestSupport
import Testing

/// The HTML report rendered by a real browser (headless Chromium) to an A4 PDF, then read back:
/// the expected number of pages, none of them empty, and the vendor text on them.
@Suite(.serialized) struct HTMLRenderingTests {
  @Test(Validators.pdfRenderingTools) func portfolioPrintsTheSummaryThenTheVendors() throws {
    // Skipped by the trait when a tool is missing, unless DPACHECK_REQUIRE_VALIDATORS=1: then it fails here.
    let browser = try #require(
      Validators.find("chromium") ?? Validators.find("chromium-browser"), "chromium is not on PATH")
    let pdfinfo = try #require(Validators.find("pdfinfo"), "pdfinfo (poppler-utils) is not on PATH")
    let pdftotext = try #require(Validators.find("pdftotext"), "pdftotext (poppler-utils) is not on PATH")
    try withTemporaryDirectory(prefix: "dpacheck-html") { directory in
      let html = directory.appendingPathComponent("portfolio.html")
      let pdf = directory.appendingPathComponent("portfolio.pdf")
      let check = try CLI.run([
        "check", "Tests/Fixtures/golden/acme.yaml", "Tests/Fixtures/golden/nordic.yaml", "--rules",
        "Tests/Fixtures/rules", "--profile", "golden", "--as-of", "2026-11-26", "--format", "html", "-o", html.path,
      ])
      #expect(check.status == 1, "\(check.stderr)")
      try run(
        browser,
        [
          "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
          "--user-data-dir=\(directory.path)/profile", "--print-to-pdf=\(pdf.path)", html.absoluteString,
        ])
      let info = try run(pdfinfo, [pdf.path])
      let pages = try #require(
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
          Int($0.split(separator: " ").last ?? "")
        },
        "no page count in:\n\(info)")
      let size = info.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
      // Summary and matrix on page 1, then the two vendors' open items, which do not start pages.
      #expect(pages == 2, "\(info)")
      #expect(size.contains("(A4)"), "not A4: \(size)")
      try #require(pages >= 1, "the PDF has no pages")
      for page in 1...pages {
        let text = try run(pdftotext, ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).count > 40, "page \(page) is empty")
      }
      let all = try run(pdftotext, [pdf.path, "-"])
      #expect(all.contains("Acme <script>alert(1)</script> & Co"))
      #expect(all.contains("Nordic Care A/S"))
    }
  }

  @discardableResult
  private func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      throw Validators.Failure(description: "\(executable) exited \(process.terminationStatus)")
    }
    return output
  }
}
