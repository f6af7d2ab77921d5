/// A small XML reader for the parts of an XLSX file that `import` needs (the workbook, its
/// relationships, shared strings and sheets): elements, attributes and text, with the five
/// predefined entities and character references.
///
/// It never expands entities of its own (a document type declaration is refused), so an
/// "entity bomb" cannot grow; its work and memory are linear in the input, which the zip reader
/// has already capped. Namespace prefixes are dropped from names (`x:c` is `c`).
struct XMLScanner {
  enum Event {
    case start(name: Substring, attributes: [(Substring, String)], selfClosing: Bool)
    case end(name: Substring)
    case text(String)
  }

  struct Problem: Error {
    var reason: String
  }

  /// Calls `handle` for each element start, end and run of text of `bytes`.
  static func scan(_ bytes: [UInt8], _ handle: (Event) throws(Problem) -> Void) throws(Problem) {
    let text = String(decoding: bytes, as: UTF8.self)
    let utf8 = text.utf8
    var index = utf8.startIndex
    let end = utf8.endIndex
    func find(_ pattern: String, from start: String.Index) -> String.Index? {
      let needle = Array(pattern.utf8)
      var position = start
      while position < end {
        if utf8[position] == needle[0] {
          var matched = true
          var probe = position
          for byte in needle {
            guard probe < end, utf8[probe] == byte else {
              matched = false
              break
            }
            probe = utf8.index(after: probe)
          }
          if matched { return position }
        }
        position = utf8.index(after: position)
      }
      return nil
    }
    while index < end {
      if utf8[index] != UInt8(ascii: "<") {
        let next = find("<", from: index) ?? end
        let run = text[index..<next]
        if run.contains(where: { !$0.isWhitespace }) || !run.isEmpty {
          try handle(.text(try decode(run)))
        }
        index = next
        continue
      }
      let rest = text[index...]
      if rest.hasPrefix("<?") {
        guard let close = find("?>", from: index) else { throw Problem(reason: "an unterminated declaration") }
        index = utf8.index(close, offsetBy: 2)
      } else if rest.hasPrefix("<!--") {
        guard let close = find("-->", from: index) else { throw Problem(reason: "an unterminated comment") }
        index = utf8.index(close, offsetBy: 3)
      } else if rest.hasPrefix("<![CDATA[") {
        let start = utf8.index(index, offsetBy: 9)
        guard let close = find("]]>", from: start) else { throw Problem(reason: "an unterminated CDATA section") }
        try handle(.text(String(text[start..<close])))
        index = utf8.index(close, offsetBy: 3)
      } else if rest.hasPrefix("<!") {
        throw Problem(reason: "a document type declaration")
      } else {
        guard let close = find(">", from: index) else { throw Problem(reason: "an unterminated tag") }
        let inner = text[utf8.index(after: index)..<close]
        index = utf8.index(after: close)
        if inner.hasPrefix("/") {
          try handle(.end(name: localName(inner.dropFirst().trimmingSpaces)))
          continue
        }
        let selfClosing = inner.hasSuffix("/")
        let body = selfClosing ? inner.dropLast() : inner
        let nameEnd = body.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) ?? body.endIndex
        let name = localName(body[..<nameEnd])
        guard !name.isEmpty else { throw Problem(reason: "an element without a name") }
        try handle(.start(name: name, attributes: try attributes(body[nameEnd...]), selfClosing: selfClosing))
        if selfClosing { try handle(.end(name: name)) }
      }
    }
  }

  private static func localName(_ name: Substring) -> Substring {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return name[name.index(after: colon)...]
  }

  private static func attributes(_ text: Substring) throws(Problem) -> [(Substring, String)] {
    var out: [(Substring, String)] = []
    var rest = text
    while true {
      rest = rest.drop(while: { $0.isWhitespace })
      guard !rest.isEmpty else { return out }
      guard let equals = rest.firstIndex(of: "=") else { throw Problem(reason: "an attribute without a value") }
      let name = localName(rest[..<equals].trimmingSpaces)
      var valueStart = rest.index(after: equals)
      while valueStart < rest.endIndex, rest[valueStart].isWhitespace { valueStart = rest.index(after: valueStart) }
      guard valueStart < rest.endIndex, rest[valueStart] == "\"" || rest[valueStart] == "'" else {
        throw Problem(reason: "an unquoted attribute")
      }
      let quote = rest[valueStart]
      let contentStart = rest.index(after: valueStart)
      guard let close = rest[contentStart...].firstIndex(of: quote) else {
        throw Problem(reason: "an unterminated attribute")
      }
      out.append((name, try decode(rest[contentStart..<close])))
      rest = rest[rest.index(after: close)...]
    }
  }

  /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&#…;` references replaced.
  static func decode(_ text: Substring) throws(Problem) -> String {
    guard text.contains("&") else { return String(text) }
    var out = ""
    var rest = text
    while let ampersand = rest.firstIndex(of: "&") {
      out += rest[..<ampersand]
      guard let semicolon = rest[ampersand...].firstIndex(of: ";"),
        rest.distance(from: ampersand, to: semicolon) <= 12
      else { throw Problem(reason: "an unterminated entity reference") }
      let name = rest[rest.index(after: ampersand)..<semicolon]
      switch name {
      case "amp": out += "&"
      case "lt": out += "<"
      case "gt": out += ">"
      case "quot": out += "\""
      case "apos": out += "'"
      default:
        var code: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          code = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
          code = UInt32(name.dropFirst())
        }
        guard let code, let scalar = Unicode.Scalar(code) else {
          throw Problem(reason: "an unknown entity '&\(name.prefix(10));'")
        }
        out.unicodeScalars.append(scalar)
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return out + rest
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
    let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
    return self[start..<Swift.max(start, end)]
  }
}
