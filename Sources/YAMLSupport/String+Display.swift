extension Unicode.Scalar {
  /// Whether the character is never written raw where a person reads it: the one output rule for
  /// text that comes from input files (declarations, waivers, baselines, rule packs, file names)
  /// in the human reports (text, Markdown, HTML) and in diagnostics.
  ///
  /// Hidden are:
  /// - control characters, general category Cc: C0 (tab and newline included, so that a
  ///   single-line field stays on one line), DEL and C1 (NEL, the 8-bit CSI U+009B and DCS U+0090
  ///   included), which terminals act on;
  /// - format characters, general category Cf, which reorder or hide text and so let one name be
  ///   shown as another: the bidi marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
  ///   U+202A-U+202E, U+2066-U+2069), the zero-width characters (U+200B-U+200D), the word joiner
  ///   and invisible operators (U+2060-U+2064), U+FEFF, the soft hyphen and the tag characters;
  /// - the line and paragraph separators U+2028 and U+2029, at which some viewers break lines.
  ///
  /// Text shows them as `\u{202E}` (`escapingControls`); the source line under a diagnostic shows
  /// each as U+FFFD, one column, so that the caret lines up. Machine formats (JSON, SARIF, JUnit)
  /// keep the exact text, escaped for their own syntax.
  public var isHiddenFromDisplay: Bool {
    switch value {
    case 0x20..<0x7F: false
    case ..<0xA0: true
    case 0x2028, 0x2029: true
    default: properties.generalCategory == .format
    }
  }
}

extension String {
  /// The text with every hidden character (`Unicode.Scalar.isHiddenFromDisplay`) written as
  /// `\u{1B}`, `\u{A}` or `\u{202E}`: safe to show on one line of a terminal or a document.
  public var escapingControls: String {
    guard unicodeScalars.contains(where: \.isHiddenFromDisplay) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      if scalar.isHiddenFromDisplay {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The source line as shown under a diagnostic: tabs as four spaces, and every other hidden
  /// character as U+FFFD, one column each, so that the caret still lines up.
  func replacingHiddenForSnippet() -> String {
    var result = ""
    for scalar in unicodeScalars {
      if scalar == "\t" {
        result += "    "
      } else if scalar.isHiddenFromDisplay {
        result.unicodeScalars.append("\u{FFFD}")
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
