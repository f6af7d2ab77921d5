/// The bytes of one input file and its name, kept so that diagnostics can quote the offending line.
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

  /// The 1-based line and column of a byte offset, counting Unicode scalars as libyaml does.
  ///
  /// libyaml reports reader errors (invalid UTF-8, control characters) as byte offsets only.
  /// Line breaks are LF, CR LF, or a lone CR.
  public func location(ofByteOffset offset: Int) -> SourceLocation {
    var line = 1
    var column = 1
    var index = 0
    let limit = min(max(offset, 0), bytes.count)
    while index < limit {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 && byte != 0x0D && !(index == 0 && hasByteOrderMark) {
        column += 1
      }
      index += 1
    }
    return SourceLocation(file: name, line: line, column: column)
  }

  /// Whether the file starts with a UTF-8 byte order mark (which takes no column).
  private var hasByteOrderMark: Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }

  /// The text of a 1-based line without its line break, or nil past the end.
  ///
  /// Bytes that are not valid UTF-8 show as U+FFFD, so a caret under the line still lines up.
  public func line(_ number: Int) -> String? {
    guard number >= 1 else { return nil }
    var current = 1
    var start = 0
    var index = 0
    while index < bytes.count && current < number {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        current += 1
        start = index + 1
      }
      index += 1
    }
    guard current == number, start <= bytes.count else { return nil }
    if number > 1 && start == bytes.count { return "" }
    var end = start
    while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
    var lineBytes = bytes[start..<end]
    if number == 1 && hasByteOrderMark { lineBytes = lineBytes.dropFirst(3) }
    return String(decoding: lineBytes, as: UTF8.self)
  }
}
