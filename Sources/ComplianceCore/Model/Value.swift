public import YAMLSupport

/// A validated declaration value, typed by the questionnaire.
public enum Value: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case date(Day)
  case list([Located])
  case object(Members)

  /// The value as shown in messages and reports: `true`, `72`, `'DK'`, `[DK, DE]`.
  public var display: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .int(let value): return String(value)
    case .number(let value): return Value.format(value)
    case .string(let value): return "'\(value.truncatedForMessage)'"
    case .date(let value): return value.description
    case .list(let items):
      let shown = items.prefix(8).map { $0.value.plainDisplay }
      return "[" + shown.joined(separator: ", ") + (items.count > 8 ? ", …" : "") + "]"
    case .object: return "{…}"
    }
  }

  /// Like `display`, without quotes around strings (inside lists).
  var plainDisplay: String {
    if case .string(let value) = self { return value.truncatedForMessage }
    return display
  }

  static func format(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }

  /// The number, for ints and numbers.
  var numeric: Double? {
    switch self {
    case .int(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }

  /// The text of strings (enums, countries, emails and URLs are strings too).
  var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }
}

/// An object's members in the order they were written, looked up by key.
///
/// Objects in a declaration have a handful of keys, so a scan comparing keys is cheaper than
/// hashing them. Two objects are equal when they have the same keys with equal values, in any order.
public struct Members: RandomAccessCollection, Sendable, Hashable {
  private var keys: [String] = []
  private var values: [Located] = []

  /// No members.
  public init() {}

  /// Room for `count` members.
  mutating func reserveCapacity(_ count: Int) {
    keys.reserveCapacity(count)
    values.reserveCapacity(count)
  }

  /// Appends a member whose key is not among the members yet (a mapping's keys are unique).
  mutating func append(_ key: String, _ value: Located) {
    keys.append(key)
    values.append(value)
  }

  /// The value of `key`.
  subscript(key: String) -> Located? {
    guard let index = index(of: key) else { return nil }
    return values[index]
  }

  /// Where `key` is; lengths are compared first, which most keys already differ in.
  private func index(of key: String) -> Int? {
    let length = key.utf8.count
    for index in keys.indices where keys[index].utf8.count == length && keys[index] == key {
      return index
    }
    return nil
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { keys.count }
  public subscript(position: Int) -> (key: String, value: Located) { (keys[position], values[position]) }

  public static func == (lhs: Members, rhs: Members) -> Bool {
    guard lhs.count == rhs.count else { return false }
    return lhs.indices.allSatisfy { rhs[lhs.keys[$0]] == lhs.values[$0] }
  }

  public func hash(into hasher: inout Hasher) {
    // Order-independent, like equality: the members' hashes are summed.
    var sum = 0
    for index in indices {
      var member = Hasher()
      member.combine(keys[index])
      member.combine(values[index])
      sum = sum &+ member.finalize()
    }
    hasher.combine(count)
    hasher.combine(sum)
  }
}

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
