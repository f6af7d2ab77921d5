/// The bytes of one input file and its name, kept so that diagnostics can quote the offending line.
///
/// Lines are split where libyaml splits them, so that a line number from libyaml names the same
/// line here: LF, CR LF, a lone CR, and (as YAML 1.1 has it) NEL U+0085, LINE SEPARATOR U+2028 and
/// PARAGRAPH SEPARATOR U+2029.
public struct SourceFile: Sendable {
  /// The name shown in diagnostics: the path as given.
  public let name: String
  /// The file's bytes, exactly as read.
  public let bytes: [UInt8]

  /// Creates a source file from bytes.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// Creates a source file from text (tests and embedded rule files).
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// The length in bytes of the line break at `index`, or 0 when there is none.
  public func lineBreakLength(at index: Int) -> Int {
    guard index < bytes.count else { return 0 }
    switch bytes[index] {
    case 0x0A: return 1
    case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
      return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
    default: return 0
    }
  }

  /// Where the text starts: after a UTF-8 byte order mark, which takes no column.
  private var textStart: Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// The byte ranges of the lines, without their breaks; a break at the very end opens an empty
  /// last line.
  public func lineRanges() -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = textStart
    var index = start
    while index < bytes.count {
      let length = lineBreakLength(at: index)
      if length > 0 {
        ranges.append(start..<index)
        index += length
        start = index
      } else {
        index += 1
      }
    }
    ranges.append(start..<bytes.count)
    return ranges
  }

  /// The 1-based line and column of a byte offset, counting Unicode scalars as libyaml does.
  ///
  /// libyaml reports reader errors (invalid UTF-8, control characters) as byte offsets only.
  public func location(ofByteOffset offset: Int) -> SourceLocation {
    var line = 1
    var column = 1
    var index = textStart
    let limit = min(max(offset, 0), bytes.count)
    while index < limit {
      let length = lineBreakLength(at: index)
      if length > 0 {
        line += 1
        column = 1
        index += length
        continue
      }
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourceLocation(file: name, line: line, column: column)
  }

  /// The text of a 1-based line without its line break, or nil past the end.
  ///
  /// Bytes that are not valid UTF-8 show as U+FFFD, so a caret under the line still lines up.
  public func line(_ number: Int) -> String? {
    guard number >= 1 else { return nil }
    var current = 1
    var start = textStart
    var index = start
    while index < bytes.count && current < number {
      let length = lineBreakLength(at: index)
      if length > 0 {
        current += 1
        index += length
        start = index
      } else {
        index += 1
      }
    }
    guard current == number else { return nil }
    var end = start
    while end < bytes.count && lineBreakLength(at: end) == 0 { end += 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
