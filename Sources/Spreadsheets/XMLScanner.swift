/// A small XML reader for the parts of an XLSX file that `import` needs (the workbook, its
/// relationships, shared strings and sheets): elements, attributes and text, with the five
/// predefined entities and character references.
///
/// It never expands entities of its own (a document type declaration is refused), so an
/// "entity bomb" cannot grow; its work and memory are linear in the input, which the zip reader
/// has already capped. Namespace prefixes are dropped from names (`x:c` is `c`).
struct XMLScanner {
  enum Event {
    case start(name: String, attributes: [(String, String)], selfClosing: Bool)
    case end(name: String)
    case text(String)
  }

  struct Problem: Error {
    var reason: String
  }

  private static let declarationEnd = Array("?>".utf8)
  private static let commentStart = Array("<!--".utf8)
  private static let commentEnd = Array("-->".utf8)
  private static let cdataStart = Array("<![CDATA[".utf8)
  private static let cdataEnd = Array("]]>".utf8)

  /// Calls `handle` for each element start, end and run of text of `bytes`.
  static func scan(_ bytes: [UInt8], _ handle: (Event) throws(Problem) -> Void) throws(Problem) {
    let count = bytes.count
    let lt = UInt8(ascii: "<")
    let gt = UInt8(ascii: ">")
    func find(_ pattern: [UInt8], from start: Int) -> Int? {
      var position = start
      while position + pattern.count <= count {
        if bytes[position] == pattern[0] {
          var matched = true
          for offset in 1..<pattern.count where bytes[position + offset] != pattern[offset] {
            matched = false
            break
          }
          if matched { return position }
        }
        position += 1
      }
      return nil
    }
    func starts(_ pattern: [UInt8], at position: Int) -> Bool {
      guard position + pattern.count <= count else { return false }
      for offset in 0..<pattern.count where bytes[position + offset] != pattern[offset] { return false }
      return true
    }
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    var index = 0
    while index < count {
      if bytes[index] != lt {
        var next = index
        while next < count && bytes[next] != lt { next += 1 }
        try handle(.text(try decode(Substring(string(index..<next)))))
        index = next
        continue
      }
      let next = index + 1 < count ? bytes[index + 1] : 0
      if next == UInt8(ascii: "?") {
        guard let close = find(Self.declarationEnd, from: index) else {
          throw Problem(reason: "an unterminated declaration")
        }
        index = close + 2
      } else if next == UInt8(ascii: "!") && starts(Self.commentStart, at: index) {
        guard let close = find(Self.commentEnd, from: index) else { throw Problem(reason: "an unterminated comment") }
        index = close + 3
      } else if next == UInt8(ascii: "!") && starts(Self.cdataStart, at: index) {
        guard let close = find(Self.cdataEnd, from: index + 9) else {
          throw Problem(reason: "an unterminated CDATA section")
        }
        try handle(.text(string((index + 9)..<close)))
        index = close + 3
      } else if next == UInt8(ascii: "!") {
        throw Problem(reason: "a document type declaration")
      } else {
        var close = index + 1
        var quote: UInt8 = 0
        while close < count {
          let byte = bytes[close]
          if quote != 0 {
            if byte == quote { quote = 0 }
          } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            quote = byte
          } else if byte == gt {
            break
          }
          close += 1
        }
        guard close < count else { throw Problem(reason: "an unterminated tag") }
        var nameStart = index + 1
        let isEnd = bytes[nameStart] == UInt8(ascii: "/")
        if isEnd { nameStart += 1 }
        var bodyEnd = close
        let selfClosing = !isEnd && bodyEnd > nameStart && bytes[bodyEnd - 1] == UInt8(ascii: "/")
        if selfClosing { bodyEnd -= 1 }
        var nameEnd = nameStart
        while nameEnd < bodyEnd && !isSpace(bytes[nameEnd]) { nameEnd += 1 }
        var prefixEnd = nameStart
        for position in nameStart..<nameEnd where bytes[position] == UInt8(ascii: ":") { prefixEnd = position + 1 }
        let name = string(prefixEnd..<nameEnd)
        index = close + 1
        guard !name.isEmpty else { throw Problem(reason: "an element without a name") }
        if isEnd {
          try handle(.end(name: name))
          continue
        }
        let attributes = try self.attributes(bytes, nameEnd..<bodyEnd)
        try handle(.start(name: name, attributes: attributes, selfClosing: selfClosing))
        if selfClosing { try handle(.end(name: name)) }
      }
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// `name="value"` pairs of a tag, names without their prefix.
  private static func attributes(_ bytes: [UInt8], _ range: Range<Int>) throws(Problem) -> [(String, String)] {
    var out: [(String, String)] = []
    var position = range.lowerBound
    let end = range.upperBound
    while true {
      while position < end && isSpace(bytes[position]) { position += 1 }
      guard position < end else { return out }
      var equals = position
      while equals < end && bytes[equals] != UInt8(ascii: "=") { equals += 1 }
      guard equals < end else { throw Problem(reason: "an attribute without a value") }
      var nameStart = position
      var nameEnd = equals
      while nameEnd > nameStart && isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
      for index in nameStart..<nameEnd where bytes[index] == UInt8(ascii: ":") { nameStart = index + 1 }
      var valueStart = equals + 1
      while valueStart < end && isSpace(bytes[valueStart]) { valueStart += 1 }
      guard valueStart < end, bytes[valueStart] == UInt8(ascii: "\"") || bytes[valueStart] == UInt8(ascii: "'") else {
        throw Problem(reason: "an unquoted attribute")
      }
      let quote = bytes[valueStart]
      var close = valueStart + 1
      while close < end && bytes[close] != quote { close += 1 }
      guard close < end else { throw Problem(reason: "an unterminated attribute") }
      let value = String(decoding: bytes[(valueStart + 1)..<close], as: UTF8.self)
      out.append((String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self), try decode(Substring(value))))
      position = close + 1
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
