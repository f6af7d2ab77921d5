public import YAMLSupport

/// A value with the position it was read from.
///
/// The file is not held here: every value of a declaration is in the declaration's file, and a
/// copy of a located value (evaluation makes many) then retains only the value.
public struct Located: Sendable, Hashable {
  /// The value.
  public var value: Value
  private let line: Int32
  private let column: Int32
  private let keyLine: Int32
  private let keyColumn: Int32

  /// Where the value starts, in `file`.
  public func location(in file: String) -> SourceLocation {
    SourceLocation(file: file, line: Int(line), column: Int(column))
  }
  /// Where its key is (for list items: the item itself), in `file`: where an unanswered child points.
  public func keyLocation(in file: String) -> SourceLocation {
    SourceLocation(file: file, line: Int(keyLine), column: Int(keyColumn))
  }

  /// The line and column of its key, for ordering values of one file.
  public var keyPosition: (line: Int, column: Int) { (Int(keyLine), Int(keyColumn)) }

  /// Creates a located value from lines and columns; without `key`, the key's position is the
  /// value's.
  public init(_ value: Value, start: (line: Int, column: Int), key: (line: Int, column: Int)? = nil) {
    self.value = value
    line = Int32(clamping: start.line)
    column = Int32(clamping: start.column)
    keyLine = Int32(clamping: key?.line ?? start.line)
    keyColumn = Int32(clamping: key?.column ?? start.column)
  }

  /// Whether the value is absent in substance: null.
  public var isNull: Bool { value == .null }
}
