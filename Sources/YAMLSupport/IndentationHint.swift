/// Plain words for libyaml's indentation and tab errors, shown after libyaml's own text.
///
/// libyaml says where it gave up ("did not find expected key", "mapping values are not allowed in
/// this context"), not what the writer did wrong. For the common mistakes the lines around the
/// error tell: a tab used to indent, a line indented deeper than the one above it (read as part of
/// that line's value), a line whose indentation matches no key above it, a list item among keys,
/// and a value with `: ` in it.
enum IndentationHint {
  /// How many lines above the error are read at most, to find the indentation of the keys there.
  static let maxLinesAbove = 200

  /// The hint for `problem`, reported by libyaml at `location` in `source`; nil when none fits.
  static func hint(for problem: LibYAMLProblem, at location: SourceLocation, in source: SourceFile)
    -> DiagnosticMessage?
  {
    if problem == .tabCharacter { return DiagnosticMessage(.hintTabIndentation) }
    let isUnexpectedValue = problem == .unexpectedValue
    let isMisplacedLine = problem == .missingKey || problem == .missingListItem
    guard isUnexpectedValue || isMisplacedLine else { return nil }
    let bytes = source.bytes
    let ranges = source.lineRanges()
    guard location.line >= 1, location.line <= ranges.count else { return nil }
    func text(_ number: Int) -> ArraySlice<UInt8> {
      let range = ranges[number - 1]
      return bytes[max(range.lowerBound, number == 1 ? source.textStart : 0)..<range.upperBound]
    }
    let line = Line(text(location.line))
    // The content lines above, nearest first.
    let above = stride(from: location.line - 1, through: max(1, location.line - maxLinesAbove), by: -1)
      .map { Line(text($0)) }.filter { !$0.isBlank }
    if isUnexpectedValue {
      if line.hasColon(before: location.column) { return DiagnosticMessage(.hintColonInValue) }
      guard let previous = above.first, line.indent > previous.indent, previous.hasValue else { return nil }
      return DiagnosticMessage(.hintIndentationDeeper, .number(line.indent), .number(previous.indent))
    }
    // The problem must be the line's first character: the line itself is out of place.
    guard location.column == line.indent + 1 else { return nil }
    if line.startsListItem && problem == .missingKey {
      return DiagnosticMessage(.hintListItemAmongKeys)
    }
    // The indentations a line may line up with: the line above, then each less indented line
    // above that, up to the left margin.
    var indents: [Int] = []
    for candidate in above where indents.last.map({ candidate.indent < $0 }) ?? true {
      indents.append(candidate.indent)
      if candidate.indent == 0 { break }
    }
    guard !indents.isEmpty, !indents.contains(line.indent) else { return nil }
    return DiagnosticMessage(.hintIndentationMismatch, .number(line.indent), .alternatives(indents.map(String.init)))
  }

  /// One line's bytes, without its break.
  private struct Line {
    let bytes: ArraySlice<UInt8>
    /// The number of spaces before its first other character.
    let indent: Int

    init(_ bytes: ArraySlice<UInt8>) {
      self.bytes = bytes
      indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
    }

    private var content: ArraySlice<UInt8> { bytes.dropFirst(indent) }

    /// Empty, white space only, or a comment.
    var isBlank: Bool {
      let rest = content.drop { $0 == UInt8(ascii: "\t") }
      return rest.isEmpty || rest.first == UInt8(ascii: "#")
    }

    /// Whether the line starts with `- `, a list item.
    var startsListItem: Bool {
      content.first == UInt8(ascii: "-") && (content.count == 1 || content.dropFirst().first == UInt8(ascii: " "))
    }

    /// Whether the line is `key: value` with a value on it (not a key that opens a nested block).
    var hasValue: Bool {
      guard let colon = keySeparator(in: content) else { return false }
      let value = content[(colon + 1)...].drop { $0 == UInt8(ascii: " ") }
      guard let first = value.first else { return false }
      return first != UInt8(ascii: "#") && first != UInt8(ascii: "|") && first != UInt8(ascii: ">")
    }

    /// Whether a `: ` separates a key from a value before `column` (1-based, in characters) on the
    /// line: a second `: ` on one line is a value with a colon in it.
    func hasColon(before column: Int) -> Bool {
      var characters = 0
      var end = bytes.startIndex
      while end < bytes.endIndex, characters < column - 1 {
        if bytes[end] & 0xC0 != 0x80 { characters += 1 }
        end += 1
      }
      let before = bytes[bytes.startIndex..<end].dropFirst(indent)
      return keySeparator(in: before).map { $0 + 1 < end } ?? false
    }

    /// The index of the first `:` followed by a space, outside quotes, in `text`.
    private func keySeparator(in text: ArraySlice<UInt8>) -> Int? {
      var quote: UInt8?
      for index in text.indices {
        let byte = text[index]
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
          if index == text.startIndex { quote = byte }
        } else if byte == UInt8(ascii: "#"), index > text.startIndex, text[index - 1] == UInt8(ascii: " ") {
          return nil
        } else if byte == UInt8(ascii: ":"), index + 1 == text.endIndex || text[index + 1] == UInt8(ascii: " ") {
          return index
        }
      }
      return nil
    }
  }
}
