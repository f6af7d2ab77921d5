import YAMLSupport

/// Escaping for each output format: text from input files is untrusted and must show as text.
///
/// The human formats (HTML, Markdown; the text report uses `escapingControls` directly) first
/// apply the one display rule, `Unicode.Scalar.isHiddenFromDisplay`, then escape for their syntax.
/// The machine formats (JSON, SARIF, JUnit XML) keep the exact text, escaped for their syntax.
enum Escape {
  /// HTML text and attribute values: the display rule first (`escapingControls`: one line, no
  /// control, bidi or invisible character), then the characters HTML gives a meaning. `&` is
  /// written `&amp;`, so that a character reference in the text (`&#x202E;`) shows as written.
  static func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.escapingControls.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Text of several lines for a `<pre>` element: `html` line by line, the line breaks kept.
  static func htmlLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { html(String($0)) }.joined(separator: "\n")
  }

  /// XML attribute values and text; characters XML 1.0 forbids are replaced by U+FFFD.
  static func xml(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\t": out += "&#9;"
      case "\r": out += "&#13;"
      default:
        let value = scalar.value
        let allowed = value >= 0x20 && value != 0xFFFE && value != 0xFFFF && !(0xD800...0xDFFF).contains(value)
        out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
      }
    }
    return out
  }

  /// `text` in double quotes, valid both as a JSON string and as a YAML double-quoted scalar:
  /// `\`, `"`, control characters (C0, DEL, C1), U+FEFF, U+FFFE and U+FFFF escaped; other
  /// characters, Danish letters included, written as they are.
  static func doubleQuoted(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 2)
    appendDoubleQuoted(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `doubleQuoted(text)` to `out`, working on the UTF-8 bytes: the one quoting rule of
  /// every JSON and YAML writer here (reports, schema, templates). The bytes it escapes are those of
  /// the characters `needsEscapeInQuotes` names; a test holds the two together.
  static func appendDoubleQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that stand for themselves are copied whole; only the others are looked at
      // one by one.
      var run = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if standsForItself(byte) {
          index += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
        switch byte {
        case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
        case 0x0A: out.append(contentsOf: "\\n".utf8)
        case 0x09: out.append(contentsOf: "\\t".utf8)
        case 0x0D: out.append(contentsOf: "\\r".utf8)
        case 0x00..<0x20, 0x7F:
          appendEscape(UInt32(byte), to: &out)
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
          // A C1 control, U+0080 to U+009F.
          appendEscape(UInt32(bytes[index + 1]), to: &out)
          index += 1
        case 0xEF where index + 2 < bytes.count && isBOMOrNoncharacter(bytes[index + 1], bytes[index + 2]):
          // U+FEFF is EF BB BF; U+FFFE and U+FFFF are EF BF BE and EF BF BF.
          appendEscape(0xF000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), to: &out)
          index += 2
        default: out.append(byte)
        }
        index += 1
        run = index
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Whether `byte` is copied as it is: printable ASCII but `"` and `\`, and the bytes of
  /// multi-byte characters except the lead bytes of C1 controls (C2) and of U+FEFF, U+FFFE and
  /// U+FFFF (EF), which are looked at with the bytes after them.
  private static func standsForItself(_ byte: UInt8) -> Bool {
    if byte >= 0x20 && byte < 0x7F { return byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "\"") }
    return byte >= 0x80 && byte != 0xC2 && byte != 0xEF
  }

  private static func isBOMOrNoncharacter(_ second: UInt8, _ third: UInt8) -> Bool {
    (second == 0xBB && third == 0xBF) || (second == 0xBF && (third == 0xBE || third == 0xBF))
  }

  /// Characters that a quoted JSON or YAML string must not hold raw: control characters (C0, DEL,
  /// C1), and U+FEFF, U+FFFE and U+FFFF.
  static func needsEscapeInQuotes(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF || scalar.value == 0xFFFE
      || scalar.value == 0xFFFF
  }

  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
  private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
    out.append(contentsOf: "\\u".utf8)
    for shift in [12, 8, 4, 0] { out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
  }

  /// Markdown inline text from an input file, for a table cell: `markdown`, with `|` escaped.
  static func markdownCell(_ text: String) -> String {
    markdown(text).replacingAll("|", with: "\\|")
  }

  /// Markdown inline text from an input file (a vendor name, a value, a message, a waiver reason),
  /// shown as the text itself wherever the report puts it inline: a heading, a list item, a
  /// paragraph (a table cell takes `markdownCell`). On GitHub, where the report goes to pull
  /// requests, it creates no structure, link, mention or reference.
  ///
  /// - Hidden characters first (`escapingControls`): the text is one line, so it never starts a
  ///   line of its own (a heading, list, table row, fence or thematic break).
  /// - A backslash before each character that opens inline markup: `\` `` ` `` `*` `_` `[` `]`
  ///   `~` `!` `#` `$` (math).
  /// - `<`, `>` and `&` as entities: no HTML, no autolink, no block quote, and a character
  ///   reference in the text (`&#x202E;`) shows as written.
  /// - At the start, what would open a block after a list marker: a leading space as `&#32;`, and
  ///   `-`, `+`, `=`, or a `.` or `)` after leading digits (an ordered list marker), escaped.
  /// - `@` where GitHub reads a mention (not after a letter, digit or `_`), and `#` before a digit
  ///   (an issue reference), as the code span `` `@` `` or `` `#` ``: GitHub finds mentions and
  ///   references after Markdown has removed backslashes, so `\@` still notifies, but it never
  ///   looks inside code. The text then renders as itself, with `@` or `#` in code type.
  static func markdown(_ text: String) -> String {
    let scalars = Array(text.escapingControls.unicodeScalars)
    var out = ""
    out.reserveCapacity(scalars.count)
    var index = 0
    while index < scalars.count && scalars[index] == " " {
      out += "&#32;"
      index += 1
    }
    if index < scalars.count && ["-", "+", "="].contains(scalars[index]) {
      out += "\\"
    }
    var leadingDigits = index < scalars.count && isDigit(scalars[index])
    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if leadingDigits && !isDigit(scalar) {
        leadingDigits = false
        if (scalar == "." || scalar == ")") && (next == nil || next == " ") { out += "\\" }
      }
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "~", "!", "$": out += "\\" + String(scalar)
      case "#": out += next.map(isDigit) == true ? "`#`" : "\\#"
      case "@": out += out.unicodeScalars.last.map(isWordCharacter) == true ? "@" : "`@`"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      default: out.unicodeScalars.append(scalar)
      }
      index += 1
    }
    return out
  }

  /// A Markdown code span showing `text` (a file name, a profile id) as it is: hidden characters
  /// escaped, then fenced by more backticks than the longest run in it, with a space inside each
  /// end where the text would otherwise touch the fence or lose its own spaces. Inside code,
  /// Markdown, HTML, mentions and references are not read. In a table cell (`inTable`), `|` is
  /// written `\|`, which GFM reads as `|` inside code too.
  static func markdownCode(_ text: String, inTable: Bool = false) -> String {
    var content = text.escapingControls
    if inTable { content = content.replacingAll("|", with: "\\|") }
    var longest = 0
    var run = 0
    for scalar in content.unicodeScalars {
      run = scalar == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padded =
      content.isEmpty || content.hasPrefix("`") || content.hasSuffix("`")
      || (content.hasPrefix(" ") && content.hasSuffix(" "))
    return padded ? "\(fence) \(content) \(fence)" : fence + content + fence
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// A character after which GitHub does not read `@name` as a mention.
  private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || isDigit(scalar) || scalar == "_")
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
