/// A workbook described as a stream of instructions, one a line: what the pure reporters and the
/// questionnaire mapping produce, and what the `Spreadsheets` target turns into an XLSX file.
///
/// The stream is text so that it goes through the same streaming path as every other report
/// (sections rendered as declarations are checked, kept in a temporary file); it never holds a
/// formula: every text cell is written as a string, so a vendor's `=HYPERLINK(…)` stays text.
///
/// Each instruction applies to the sheet declared last. Rows and columns are 0-based; `row`
/// writes the sheet's next row.
public enum WorkbookInstruction: Sendable, Hashable {
  /// Adds a sheet and makes it the current one.
  case sheet(name: String, hidden: Bool)
  /// Sets a column's width (in characters).
  case width(column: Int, width: Double)
  /// Freezes the rows above `row` and the columns left of `column`.
  case freeze(row: Int, column: Int)
  /// Writes the current sheet's next row.
  case row([WorkbookCell])
  /// An autofilter over every row written to the current sheet so far, header included.
  case autofilter
  /// Colours the cells of a range whose text begins with `prefix`; `lastRow` -1 means the last
  /// row written.
  case highlight(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, prefix: String, colour: WorkbookColour)
  /// Restricts what a range of cells accepts, with a dropdown for lists.
  case validation(firstRow: Int, column: Int, lastRow: Int, rule: WorkbookValidation)
  /// A note attached to a cell (the help of a column).
  case comment(row: Int, column: Int, text: String)
}

/// What a cell accepts.
public enum WorkbookValidation: Sendable, Hashable {
  /// One of these values (a dropdown).
  case list([String])
  /// A whole number in the range.
  case wholeNumber(minimum: Int, maximum: Int)
  /// A number in the range.
  case decimal(minimum: Double, maximum: Double)
  /// A date.
  case date
}

/// The colours of findings.
public enum WorkbookColour: String, Sendable, Hashable, CaseIterable {
  case red, orange, green, grey, blue
}

/// One cell: a value and a style.
public struct WorkbookCell: Sendable, Hashable {
  /// The value.
  public enum Value: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A date, `YYYY-MM-DD`.
    case date(String)
  }

  /// How a cell looks.
  public enum Style: String, Sendable, Hashable, CaseIterable {
    /// Default.
    case plain
    /// A column header: bold, wrapped, shaded.
    case header
    /// A sheet's title: bold, larger.
    case title
    /// Bold.
    case bold
    /// Wrapped text (questions, help).
    case wrap
    /// Small grey text (field keys).
    case key
    /// An answer cell to fill in.
    case answer
    /// An answer cell for a date: shown `yyyy-mm-dd`.
    case answerDate
    /// A section heading row.
    case section
  }

  public var value: Value
  public var style: Style

  public init(_ value: Value, style: Style = .plain) {
    self.value = value
    self.style = style
  }

  /// A text cell.
  public static func text(_ text: String, _ style: Style = .plain) -> WorkbookCell { .init(.text(text), style: style) }
  /// A number cell.
  public static func number(_ number: Int) -> WorkbookCell { .init(.number(Double(number))) }
  /// An empty cell.
  public static let empty = WorkbookCell(.empty)
}

extension WorkbookInstruction {
  /// The instruction as one line of the stream (without the line feed).
  public var line: String {
    switch self {
    case .sheet(let name, let hidden): return "sheet\t" + Self.escape(name) + (hidden ? "\thidden" : "")
    case .width(let column, let width): return "width\t\(column)\t\(Self.number(width))"
    case .freeze(let row, let column): return "freeze\t\(row)\t\(column)"
    case .row(let cells): return (["row"] + cells.map(Self.encode)).joined(separator: "\t")
    case .autofilter: return "autofilter"
    case .highlight(let firstRow, let firstColumn, let lastRow, let lastColumn, let prefix, let colour):
      return
        "highlight\t\(firstRow)\t\(firstColumn)\t\(lastRow)\t\(lastColumn)\t\(Self.escape(prefix))\t\(colour.rawValue)"
    case .validation(let firstRow, let column, let lastRow, let rule):
      let head = "validation\t\(firstRow)\t\(column)\t\(lastRow)\t"
      switch rule {
      case .list(let values): return head + (["list"] + values.map(Self.escape)).joined(separator: "\t")
      case .wholeNumber(let minimum, let maximum): return head + "whole\t\(minimum)\t\(maximum)"
      case .decimal(let minimum, let maximum): return head + "decimal\t\(Self.number(minimum))\t\(Self.number(maximum))"
      case .date: return head + "date"
      }
    case .comment(let row, let column, let text): return "comment\t\(row)\t\(column)\t\(Self.escape(text))"
    }
  }

  /// Reads a line written by `line`; nil for anything else.
  public init?(line: Substring) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard let head = fields.first else { return nil }
    let ints = { (range: Range<Int>) -> [Int]? in
      guard range.upperBound <= fields.count else { return nil }
      let values = fields[range].compactMap { Int($0) }
      return values.count == range.count ? values : nil
    }
    switch head {
    case "sheet" where fields.count == 2 || (fields.count == 3 && fields[2] == "hidden"):
      self = .sheet(name: Self.unescape(fields[1]), hidden: fields.count == 3)
    case "width" where fields.count == 3:
      guard let column = Int(fields[1]), let width = Double(fields[2]) else { return nil }
      self = .width(column: column, width: width)
    case "freeze" where fields.count == 3:
      guard let values = ints(1..<3) else { return nil }
      self = .freeze(row: values[0], column: values[1])
    case "row":
      var cells: [WorkbookCell] = []
      for field in fields.dropFirst() {
        guard let cell = Self.decode(field) else { return nil }
        cells.append(cell)
      }
      self = .row(cells)
    case "autofilter" where fields.count == 1:
      self = .autofilter
    case "highlight" where fields.count == 7:
      guard let values = ints(1..<5), let colour = WorkbookColour(rawValue: String(fields[6])) else { return nil }
      self = .highlight(
        firstRow: values[0], firstColumn: values[1], lastRow: values[2], lastColumn: values[3],
        prefix: Self.unescape(fields[5]), colour: colour)
    case "validation" where fields.count >= 5:
      guard let values = ints(1..<4) else { return nil }
      let rule: WorkbookValidation
      switch fields[4] {
      case "list": rule = .list(fields.dropFirst(5).map(Self.unescape))
      case "whole" where fields.count == 7:
        guard let minimum = Int(fields[5]), let maximum = Int(fields[6]) else { return nil }
        rule = .wholeNumber(minimum: minimum, maximum: maximum)
      case "decimal" where fields.count == 7:
        guard let minimum = Double(fields[5]), let maximum = Double(fields[6]) else { return nil }
        rule = .decimal(minimum: minimum, maximum: maximum)
      case "date" where fields.count == 5: rule = .date
      default: return nil
      }
      self = .validation(firstRow: values[0], column: values[1], lastRow: values[2], rule: rule)
    case "comment" where fields.count == 4:
      guard let values = ints(1..<3) else { return nil }
      self = .comment(row: values[0], column: values[1], text: Self.unescape(fields[3]))
    default:
      return nil
    }
  }

  /// The stream of `instructions`, a line each.
  public static func stream(_ instructions: [WorkbookInstruction]) -> String {
    instructions.map { $0.line + "\n" }.joined()
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  private static func encode(_ cell: WorkbookCell) -> String {
    let style = cell.style.rawValue
    switch cell.value {
    case .empty: return "e:" + style + ":"
    case .text(let text): return "s:" + style + ":" + escape(text)
    case .number(let value): return "n:" + style + ":" + String(value)
    case .bool(let value): return "b:" + style + ":" + (value ? "1" : "0")
    case .date(let text): return "d:" + style + ":" + escape(text)
    }
  }

  private static func decode(_ field: Substring) -> WorkbookCell? {
    let parts = field.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let style = WorkbookCell.Style(rawValue: String(parts[1])) else { return nil }
    let payload = parts[2]
    switch parts[0] {
    case "e": return WorkbookCell(.empty, style: style)
    case "s": return WorkbookCell(.text(unescape(payload)), style: style)
    case "n": return Double(payload).map { WorkbookCell(.number($0), style: style) }
    case "b": return WorkbookCell(.bool(payload == "1"), style: style)
    case "d": return WorkbookCell(.date(unescape(payload)), style: style)
    default: return nil
    }
  }

  /// Backslash, tab, line feed and carriage return as `\\`, `\t`, `\n`, `\r`.
  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func unescape(_ text: Substring) -> String {
    guard text.contains("\\") else { return String(text) }
    var out = ""
    var escaped = false
    for scalar in text.unicodeScalars {
      if escaped {
        switch scalar {
        case "t": out += "\t"
        case "n": out += "\n"
        case "r": out += "\r"
        default: out.unicodeScalars.append(scalar)
        }
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
