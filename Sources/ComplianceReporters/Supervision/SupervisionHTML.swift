public import YAMLSupport

/// The page frame shared by the plan's and the record's HTML: one self-contained file, inline CSS,
/// no script, printable to A4.
enum SupervisionHTML {
  static let style = """
    @page { size: A4; margin: 16mm 14mm; }
    body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; margin: 2em auto;
      max-width: 60em; padding: 0 1em; }
    h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.15em; margin: 1.4em 0 .4em;
      border-bottom: 1px solid #ccc; }
    table { border-collapse: collapse; width: 100%; margin: .4em 0; }
    th, td { border: 1px solid #d0d0d0; padding: .25em .45em; text-align: left; vertical-align: top; }
    th { background: #f3f3f3; } tr { break-inside: avoid; } td { overflow-wrap: anywhere; }
    .nowrap { white-space: nowrap; }
    .meta { color: #555; } code { font-size: .92em; }
    .s-ok { color: #176317; } .s-due_soon { color: #8a5a00; }
    .s-overdue, .s-never_supervised, .s-concept_not_allowed, .s-invalid, .bad { color: #a30000; font-weight: 600; }
    @media print { body { margin: 0; max-width: none; } }
    """

  static func page(title: String, language: Language, body: String) -> String {
    HTMLHead.html(language: language, title: title, css: "\n\(style)\n") + """
      \(body)
      </body>
      </html>

      """
  }

  static func table(_ header: [String], _ rows: [[String]]) -> String {
    var out = "<table>\n<thead><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
    return out + "</tbody>\n</table>\n"
  }
}
