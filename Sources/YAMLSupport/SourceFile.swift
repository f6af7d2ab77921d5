/// The bytes of one input file and its name, kept so that diagnostics can quote the offending line.
///
/// Lines are split where libyaml splits them, so that a line number from libyaml names the same
/// line here: LF, CR LF, a lone CR, and (as YAML 1.1 has it) NEL U+0085, LINE SEPARATOR U+2028 and
/// PARAGRAPH SEPARATOR U+2029.
public struct SourceFile: Sendable {
  /// The name shown in diagnostics: the path as given.
  public let name: String
  private let content: Content

  /// A file read from disk holds its bytes; one made from text (the rule files built into the
  /// binary) keeps the text and makes bytes only when they are read: the built-in rules are read
  /// from their archived trees, and their text is only quoted if a diagnostic needs it.
  private enum Content: Sendable {
    case bytes([UInt8])
    case text(String)
  }

  /// Creates a source file from bytes.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    content = .bytes(bytes)
  }

  /// Creates a source file from text (tests and embedded rule files).
  public init(name: String, text: String) {
    self.name = name
    content = .text(text)
  }

  /// The file's bytes, exactly as read (for a file made from text: its UTF-8, made on each use).
  public var bytes: [UInt8] {
    switch content {
    case .bytes(let bytes): bytes
    case .text(let text): Array(text.utf8)
    }
  }

  /// The number of bytes.
  public var byteCount: Int {
    switch content {
    case .bytes(let bytes): bytes.count
    case .text(let text): text.utf8.count
    }
  }

  /// The lines of the bytes, taken once for the whole of one question.
  private var lines: Lines { Lines(name: name, bytes: bytes) }

  /// Where the text starts: after a UTF-8 byte order mark, which takes no column. Read without
  /// making bytes from text.
  var textStart: Int {
    switch content {
    case .bytes(let bytes): Lines.textStart(of: bytes)
    case .text(let text): Lines.textStart(of: text.utf8)
    }
  }

  /// The byte ranges of the lines, without their breaks; a break at the very end opens an empty
  /// last line.
  public func lineRanges() -> [Range<Int>] { lines.lineRanges() }

  /// The 1-based line and column of a byte offset, counting Unicode scalars as libyaml does.
  ///
  /// libyaml reports reader errors (invalid UTF-8, control characters) as byte offsets only.
  public func location(ofByteOffset offset: Int) -> SourceLocation { lines.location(ofByteOffset: offset) }

  /// The text of a 1-based line without its line break, or nil past the end.
  ///
  /// Bytes that are not valid UTF-8 show as U+FFFD, so a caret under the line still lines up.
  public func line(_ number: Int) -> String? { lines.line(number) }

  /// The part of line `number` a diagnostic shows: at most `width` characters (Unicode scalars)
  /// around `column`, with `…` where the line is cut, and the column within that text; nil past
  /// the end of the file.
  ///
  /// The work is bounded by the column and the width, not by the line's length, so diagnostics
  /// about a huge one-line file stay cheap. Invalid UTF-8 shows as U+FFFD.
  public func snippet(line number: Int, column: Int, width: Int = 100) -> (text: String, column: Int)? {
    lines.snippet(line: number, column: column, width: width)
  }
}

/// The line walks behind `SourceFile`, over one copy of its bytes.
private struct Lines {
  let name: String
  let bytes: [UInt8]

  /// The length in bytes of the line break at `index`, or 0 when there is none.
  func lineBreakLength(at index: Int) -> Int {
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
  var textStart: Int { Self.textStart(of: bytes) }

  static func textStart(of bytes: some Collection<UInt8>) -> Int {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// The byte ranges of the lines, without their breaks; a break at the very end opens an empty
  /// last line.
  func lineRanges() -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    scanLines { _, range in
      ranges.append(range)
      return true
    }
    return ranges
  }

  /// The 1-based line and column of a byte offset, counting Unicode scalars as libyaml does.
  ///
  /// libyaml reports reader errors (invalid UTF-8, control characters) as byte offsets only.
  func location(ofByteOffset offset: Int) -> SourceLocation {
    let target = min(max(offset, 0), bytes.count)
    var result = SourceLocation(file: name, line: 1, column: 1)
    scanLines { number, range in
      // An offset inside a line break belongs to the line before it.
      guard target <= range.upperBound || range.upperBound == bytes.count else { return true }
      let start = max(range.lowerBound, textStart)
      let column =
        1 + bytes[start..<max(start, min(target, range.upperBound))].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
      result = SourceLocation(file: name, line: number, column: column)
      return false
    }
    return result
  }

  /// The text of a 1-based line without its line break, or nil past the end.
  ///
  /// Bytes that are not valid UTF-8 show as U+FFFD, so a caret under the line still lines up.
  func line(_ number: Int) -> String? {
    guard number >= 1 else { return nil }
    var found: Range<Int>?
    scanLines { current, range in
      if current == number { found = range }
      return current < number
    }
    return found.map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  /// The part of line `number` a diagnostic shows: at most `width` characters (Unicode scalars)
  /// around `column`, with `…` where the line is cut, and the column within that text; nil past
  /// the end of the file.
  ///
  /// The work is bounded by the column and the width, not by the line's length, so diagnostics
  /// about a huge one-line file stay cheap. Invalid UTF-8 shows as U+FFFD.
  func snippet(line number: Int, column: Int, width: Int) -> (text: String, column: Int)? {
    guard number >= 1 else { return nil }
    var found: Range<Int>?
    scanLines { current, range in
      if current == number { found = range }
      return current < number
    }
    guard let line = found else { return nil }
    let target = max(column - 1, 0)
    // The window starts at most `width` scalars before the column: only that stretch is walked in
    // detail, after one cheap skip over the scalars before it.
    let base = max(0, target - width)
    let (skipped, offsets): (Int, [Int]) = bytes.withUnsafeBufferPointer { buffer in
      var index = line.lowerBound
      var scalars = 0
      func step() {
        index += 1
        while index < line.upperBound && buffer[index] & 0xC0 == 0x80 { index += 1 }
      }
      while index < line.upperBound && scalars < base {
        step()
        scalars += 1
      }
      // Start offsets of the next scalars, enough to cover the window and tell whether the line
      // goes on after it.
      var offsets = [index]
      while index < line.upperBound && offsets.count <= 2 * width + 2 {
        step()
        offsets.append(index)
      }
      return (scalars, offsets)
    }
    let isLonger = offsets[offsets.count - 1] < line.upperBound
    let count = skipped + offsets.count - 1  // exact unless `isLonger`
    guard isLonger || count > width else {
      return (String(decoding: bytes[line], as: UTF8.self), column)
    }
    let first = max(0, min(target - width / 2, count - width))
    let last = min(count, first + width)
    guard first >= skipped else {
      // The column lies more than one past the end of the line (not from the parser): the window
      // is the line's last `width` scalars, found by walking the line again.
      return snippetFromStart(of: line, first: first, last: last, count: count, column: column)
    }
    let from = offsets[first - skipped]
    let to = offsets[last - skipped]
    var text = String(decoding: bytes[from..<to], as: UTF8.self)
    var shifted = column - first
    if first > 0 {
      text = "…" + text
      shifted += 1
    }
    if last < count || isLonger { text += "…" }
    return (text, shifted)
  }

  /// The window of scalars `first..<last` of a line of `count` scalars, found by walking from its start.
  private func snippetFromStart(of line: Range<Int>, first: Int, last: Int, count: Int, column: Int) -> (
    text: String, column: Int
  ) {
    func offset(after scalars: Int) -> Int {
      var index = line.lowerBound
      for _ in 0..<scalars where index < line.upperBound {
        index += 1
        while index < line.upperBound && bytes[index] & 0xC0 == 0x80 { index += 1 }
      }
      return index
    }
    var text = String(decoding: bytes[offset(after: first)..<offset(after: last)], as: UTF8.self)
    var shifted = column - first
    if first > 0 {
      text = "…" + text
      shifted += 1
    }
    if last < count { text += "…" }
    return (text, shifted)
  }

  /// Calls `body` with each line's number and byte range (without its break), in order, until it
  /// returns false. The one line walk behind `lineRanges`, `line` and `location(ofByteOffset:)`.
  private func scanLines(_ body: (_ number: Int, _ range: Range<Int>) -> Bool) {
    bytes.withUnsafeBufferPointer { buffer in
      var number = 1
      var start = textStart
      var index = start
      while index < buffer.count {
        // Only these bytes can begin a line break; everything else is skipped cheaply.
        let byte = buffer[index]
        guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 else {
          index += 1
          continue
        }
        let length = lineBreakLength(at: index)
        guard length > 0 else {
          index += 1
          continue
        }
        guard body(number, start..<index) else { return }
        number += 1
        index += length
        start = index
      }
      _ = body(number, start..<buffer.count)
    }
  }
}
