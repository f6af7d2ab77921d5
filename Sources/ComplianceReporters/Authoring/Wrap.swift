/// Word wrapping for comments and indented text in the authoring outputs.
enum Wrap {
  /// The default line length of generated text.
  static let columns = 100

  /// `text` broken at spaces into lines of at most `width` characters; a longer word keeps its own
  /// line. Line breaks in `text` are kept.
  static func lines(_ text: String, width: Int) -> [String] {
    let width = max(width, 20)
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if line.isEmpty {
          line = String(word)
        } else if line.count + 1 + word.count <= width {
          line += " " + word
        } else {
          result.append(line)
          line = String(word)
        }
      }
      result.append(line)
    }
    return result
  }

  /// `text` wrapped so that each line, with `prefix` in front, fits in `columns` characters.
  static func prefixed(_ text: String, prefix: String, columns: Int = columns) -> [String] {
    lines(text, width: columns - prefix.count).map { $0.isEmpty ? trimmed(prefix) : prefix + $0 }
  }

  /// `text` as comment lines (`# …`) indented by `indent` spaces.
  static func comment(_ text: String, indent: Int, columns: Int = columns) -> [String] {
    prefixed(text, prefix: String(repeating: " ", count: indent) + "# ", columns: columns)
  }

  /// Rows of `label: value` with the values aligned, each wrapped with a hanging indent.
  static func labelled(_ rows: [(label: String, value: String)], indent: Int = 0, columns: Int = columns) -> [String] {
    let width = (rows.map { $0.label.count }.max() ?? 0) + 2
    let pad = String(repeating: " ", count: indent)
    return rows.flatMap { row -> [String] in
      let head = pad + padded(row.label + ":", to: width)
      let wrapped = lines(row.value, width: columns - head.count)
      let hanging = String(repeating: " ", count: head.count)
      return wrapped.enumerated().map { index, line in index == 0 ? head + line : hanging + line }
    }
  }

  /// A column of text: each row's cells padded to the widest cell of their column; the last
  /// column is not padded.
  static func table(_ rows: [[String]], indent: Int = 0, gap: Int = 2) -> [String] {
    let count = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    let pad = String(repeating: " ", count: indent)
    return rows.map { row in
      let cells = row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : padded(cell, to: widths[index] + gap)
      }
      return pad + cells.joined()
    }
  }

  /// `text` with spaces added up to `width` characters.
  static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  private static func trimmed(_ prefix: String) -> String {
    var text = prefix
    while text.last == " " { text.removeLast() }
    return text
  }
}
