package import YAMLSupport

/// Text with position markers (`1️⃣`, `2️⃣`, …) for asserting line and column, after swift-format's
/// `MarkedText`: the markers are removed, and each one's 1-based line and column (in Unicode
/// scalars) is recorded.
package struct MarkedText {
  /// The text without markers.
  package let text: String
  /// Marker name (`"1️⃣"`) to its position.
  package let markers: [String: (line: Int, column: Int)]

  private static let names = [
    "0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣",
  ]

  /// Parses `marked`.
  package init(_ marked: String) {
    var text = ""
    var markers: [String: (Int, Int)] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while let character = rest.first {
      for name in Self.names where rest.hasPrefix(name) {
        markers[name] = (line, column)
        rest = rest.dropFirst(name.count)
        continue outer
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
      rest = rest.dropFirst()
    }
    self.text = text
    self.markers = markers
  }

  /// The location of a marker in a file named `file`.
  package func location(_ name: String, file: String = "test.yaml") -> SourceLocation? {
    markers[name].map { SourceLocation(file: file, line: $0.line, column: $0.column) }
  }

  /// A source file of the unmarked text.
  package func source(_ file: String = "test.yaml") -> SourceFile {
    SourceFile(name: file, text: text)
  }
}
