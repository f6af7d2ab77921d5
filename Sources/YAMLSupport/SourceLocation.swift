/// A position in a source file: the file's name as given, and a 1-based line and column.
///
/// Columns count Unicode scalars (code points), as libyaml does, so a position stays right on lines
/// with non-ASCII text such as Danish names.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file's path as the user gave it (never made absolute).
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// The location at line 1, column 1 of `file`: where errors about a whole file point.
  public static func start(of file: String) -> SourceLocation {
    SourceLocation(file: file, line: 1, column: 1)
  }

  /// `file:line:column`, the form editors and terminals jump to.
  public var description: String { "\(file):\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

/// The span of a node in its file, from the first character to just past the last.
///
/// The file name is stored once for both ends, so that a tree of many nodes carries one reference
/// to it per node.
public struct SourceRange: Sendable, Hashable {
  /// The file's path as given.
  public let file: String
  private let startLine: Int32
  private let startColumn: Int32
  private let endLine: Int32
  private let endColumn: Int32

  /// Creates a range; both ends are in `start.file`.
  public init(start: SourceLocation, end: SourceLocation) {
    file = start.file
    startLine = Int32(clamping: start.line)
    startColumn = Int32(clamping: start.column)
    endLine = Int32(clamping: end.line)
    endColumn = Int32(clamping: end.column)
  }

  /// Creates a range from 1-based lines and columns.
  public init(file: String, startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
    self.file = file
    self.startLine = Int32(clamping: startLine)
    self.startColumn = Int32(clamping: startColumn)
    self.endLine = Int32(clamping: endLine)
    self.endColumn = Int32(clamping: endColumn)
  }

  /// Where the node starts.
  public var start: SourceLocation {
    SourceLocation(file: file, line: Int(startLine), column: Int(startColumn))
  }

  /// Where the node ends (exclusive).
  public var end: SourceLocation {
    SourceLocation(file: file, line: Int(endLine), column: Int(endColumn))
  }
}
