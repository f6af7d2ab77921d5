package import Foundation

extension Validators {
  /// An HTML file printed to PDF by headless Chromium, as a person printing the report would, and
  /// read back with poppler-utils.
  package struct PrintedPDF {
    /// The PDF file.
    package var file: URL
    /// What `pdfinfo` says of it.
    package var info: String

    /// The number of pages (`Pages:` of `pdfinfo`), or 0 when it says none.
    package var pages: Int {
      info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
        Int($0.split(separator: " ").last ?? "")
      } ?? 0
    }

    /// Whether the pages are A4.
    package var isA4: Bool {
      info.split(separator: "\n").contains { $0.hasPrefix("Page size:") && $0.contains("(A4)") }
    }

    /// The text of `page` (1-based), or of every page when nil (`pdftotext`).
    package func text(page: Int? = nil) throws -> String {
      let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
      return try Validators.tool("pdftotext", range + [file.path, "-"])
    }
  }

  /// Prints `html` to `<html without extension>.pdf` beside it, with a browser profile in
  /// `directory`; throws when Chromium or pdfinfo is missing or fails.
  package static func printToPDF(_ html: URL, profileIn directory: URL) throws -> PrintedPDF {
    let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
    let browser = find("chromium") != nil ? "chromium" : "chromium-browser"
    try tool(
      browser,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=\(directory.path)/profile", "--print-to-pdf=\(pdf.path)", html.absoluteString,
      ])
    return PrintedPDF(file: pdf, info: try tool("pdfinfo", [pdf.path]))
  }

  /// Runs `tool` (a name found on PATH, or a path) with `arguments` and gives its standard output;
  /// throws when the tool is not found or exits with a status other than 0.
  @discardableResult
  package static func tool(_ tool: String, _ arguments: [String]) throws -> String {
    guard let executable = tool.contains("/") ? tool : find(tool) else {
      throw Failure(description: "\(tool) is not on PATH")
    }
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
      throw Failure(description: "\(tool) exited \(process.terminationStatus)")
    }
    return output
  }
}
