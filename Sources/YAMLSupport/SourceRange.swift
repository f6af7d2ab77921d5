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
