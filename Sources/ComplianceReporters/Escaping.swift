/// Escaping for each output format: vendor text is untrusted and must show as text.
enum Escape {
  /// HTML text and attribute values.
  static func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
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
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if needsEscapeInQuotes(scalar) {
          out += unicodeEscape(scalar)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Characters that a quoted JSON or YAML string must not hold raw: control characters (C0, DEL,
  /// C1), and U+FEFF, U+FFFE and U+FFFF.
  static func needsEscapeInQuotes(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF || scalar.value == 0xFFFE
      || scalar.value == 0xFFFF
  }

  /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// A Markdown table cell: pipes escaped, line breaks folded, and HTML-significant characters
  /// escaped so that vendor text cannot inject markup into a rendered comment.
  static func markdownCell(_ text: String) -> String {
    markdown(text).replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
  }

  /// Markdown inline text: characters that start markup are backslash-escaped.
  static func markdown(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "#", "!": out += "\\\(character)"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      default: out.append(character)
      }
    }
    return out
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

extension String {
  /// The text before and after the first occurrence of `separator`, or nil when it does not occur.
  func split(around separator: String) -> (before: String, after: String)? {
    let bytes = Array(utf8)
    let needle = Array(separator.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if bytes[start..<start + needle.count].elementsEqual(needle) {
        return (String(decoding: bytes[..<start], as: UTF8.self), String(decoding: bytes[(start + needle.count)...], as: UTF8.self))
      }
    }
    return nil
  }
}
