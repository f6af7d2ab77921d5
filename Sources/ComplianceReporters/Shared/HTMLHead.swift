import YAMLSupport

/// The start of every HTML page dpacheck writes (the check report, the kravbank, the diff, the
/// supervision plan and record): one self-contained file whose Content-Security-Policy lets it
/// fetch nothing, submit nothing and run no script but those whose hashes are given, so that text
/// from a declaration that escaped escaping still could not act.
enum HTMLHead {
  /// The policy: inline styles, and scripts only by hash.
  static func contentSecurityPolicy(scriptHashes: [String] = []) -> String {
    let scripts =
      scriptHashes.isEmpty ? "" : "; script-src " + scriptHashes.map { "'sha256-\($0)'" }.joined(separator: " ")
    return "default-src 'none'; style-src 'unsafe-inline'\(scripts); base-uri 'none'; form-action 'none'"
  }

  /// `<!DOCTYPE html>` to `<body>` inclusive, each on its own line, ending with a line feed.
  static func html(
    language: Language, title: String, css: String, generator: String? = nil, scriptHashes: [String] = []
  ) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy(scriptHashes: scriptHashes))">

      """
    if let generator { out += "<meta name=\"generator\" content=\"\(Escape.html(generator))\">\n" }
    out += """
      <title>\(Escape.html(title))</title>
      <style>\(css)</style>
      </head>
      <body>

      """
    return out
  }
}
