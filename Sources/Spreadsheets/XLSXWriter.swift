import CXLSXWriter
public import ComplianceCore
public import ComplianceReporters
public import Frontend
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a workbook described by `WorkbookInstruction`s as an XLSX file, through libxlsxwriter.
///
/// Text cells are always written with `worksheet_write_string`, never as formulas, so a cell that
/// begins with `=`, `+`, `-` or `@` is text in every spreadsheet program. The document's creation
/// date is the report's date (`--as-of`), so the same inputs give the same bytes.
public final class XLSXWriter {
  private let lib: XLSX
  private let workbook: UnsafeMutablePointer<lxw_workbook>
  private var sheet: UnsafeMutablePointer<lxw_worksheet>?
  private var nextRow: UInt32 = 0
  private var widestRow = 0
  private var styles: [WorkbookCell.Style: UnsafeMutablePointer<lxw_format>] = [:]
  private var dateStyles: [WorkbookCell.Style: UnsafeMutablePointer<lxw_format>] = [:]
  private var colours: [WorkbookColour: UnsafeMutablePointer<lxw_format>] = [:]
  private var failure: String?
  private var cStrings: [UnsafeMutablePointer<CChar>] = []

  /// The longest text a cell holds (Excel's limit is 32 767 characters).
  static let maxCellCharacters = 32_000

  /// Starts a workbook at `path` (written when `close` is called), dated `created`.
  ///
  /// - Parameter constantMemory: write rows to scratch files as they come (large reports), at the
  ///   cost of shared strings.
  public init(path: String, created: Day, constantMemory: Bool = false) throws(OutputError) {
    let lib: XLSX
    switch XLSX.shared {
    case .success(let loaded): lib = loaded
    case .failure(let missing): throw OutputError.spreadsheet(missing.description)
    }
    self.lib = lib
    var options = lxw_workbook_options()
    options.constant_memory = constantMemory ? 1 : 0
    let temporaryFolder = Environment.value("TMPDIR").flatMap { $0.isEmpty ? nil : strdup($0) }
    options.tmpdir = temporaryFolder
    defer { free(temporaryFolder) }
    guard let workbook = lib.workbook_new_opt(path, &options) else {
      throw OutputError.cannotCreate(path)
    }
    self.workbook = workbook
    var properties = lxw_doc_properties()
    properties.created = Self.unixTime(created)
    let creator = strdup("dpacheck")
    properties.author = creator
    _ = lib.workbook_set_properties(workbook, &properties)
    free(creator)
    makeStyles()
  }

  deinit {
    for string in cStrings { free(string) }
  }

  /// Seconds since 1970 at midnight UTC of `day`.
  static func unixTime(_ day: Day) -> time_t {
    let epoch = Day(year: 1970, month: 1, day: 1) ?? day
    return time_t(day.ordinal - epoch.ordinal) * 86_400
  }

  private func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
    let pointer = strdup(text) ?? strdup("")!
    cStrings.append(pointer)
    return pointer
  }

  private func makeStyles() {
    for style in WorkbookCell.Style.allCases {
      for isDate in [false, true] {
        guard let format = lib.workbook_add_format(workbook) else { continue }
        lib.format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        switch style {
        case .plain: break
        case .header:
          lib.format_set_bold(format)
          lib.format_set_text_wrap(format)
          lib.format_set_bg_color(format, 0xD9E1F2)
          lib.format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .title:
          lib.format_set_bold(format)
          lib.format_set_font_size(format, 14)
        case .bold: lib.format_set_bold(format)
        case .wrap: lib.format_set_text_wrap(format)
        case .key: lib.format_set_font_color(format, 0x808080)
        case .answer, .answerDate:
          if style == .answerDate { lib.format_set_num_format(format, "yyyy-mm-dd") }
          lib.format_set_bg_color(format, 0xFFF9E5)
          lib.format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
          lib.format_set_border_color(format, 0xBFBFBF)
          lib.format_set_text_wrap(format)
          lib.format_set_unlocked(format)
        case .section:
          lib.format_set_bold(format)
          lib.format_set_font_size(format, 12)
          lib.format_set_bg_color(format, 0xEDEDED)
        }
        if isDate {
          lib.format_set_num_format(format, "yyyy-mm-dd")
          dateStyles[style] = format
        } else {
          styles[style] = format
        }
      }
    }
    let fills: [(WorkbookColour, lxw_color_t, lxw_color_t)] = [
      (.red, 0xFFC7CE, 0x9C0006), (.orange, 0xFFEB9C, 0x9C5700), (.green, 0xC6EFCE, 0x006100),
      (.blue, 0xDDEBF7, 0x1F4E78), (.grey, 0xEDEDED, 0x595959),
    ]
    for (colour, fill, font) in fills {
      guard let format = lib.workbook_add_format(workbook) else { continue }
      lib.format_set_bg_color(format, fill)
      lib.format_set_font_color(format, font)
      colours[colour] = format
    }
  }

  /// Applies one instruction.
  public func apply(_ instruction: WorkbookInstruction) {
    guard failure == nil else { return }
    if case .sheet(let name, let hidden) = instruction {
      guard let added = lib.workbook_add_worksheet(workbook, name) else {
        failure = "cannot add the sheet '\(name)'"
        return
      }
      if hidden { lib.worksheet_hide(added) }
      sheet = added
      nextRow = 0
      widestRow = 0
      return
    }
    guard let sheet else {
      failure = "a row before any sheet"
      return
    }
    switch instruction {
    case .sheet: break
    case .width(let column, let width):
      _ = lib.worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    case .freeze(let row, let column):
      lib.worksheet_freeze_panes(sheet, lxw_row_t(row), lxw_col_t(column))
    case .row(let cells):
      guard nextRow < LXW_ROW_MAX else {
        failure = "more rows than a sheet holds (\(LXW_ROW_MAX))"
        return
      }
      for (column, cell) in cells.enumerated() where column < LXW_COL_MAX {
        write(cell, row: nextRow, column: lxw_col_t(column), in: sheet)
      }
      widestRow = max(widestRow, cells.count)
      nextRow += 1
    case .autofilter:
      guard nextRow > 0, widestRow > 0 else { return }
      _ = lib.worksheet_autofilter(sheet, 0, 0, nextRow - 1, lxw_col_t(widestRow - 1))
    case .highlight(let firstRow, let firstColumn, let lastRow, let lastColumn, let prefix, let colour):
      let last = lastRow < 0 ? Int(nextRow) - 1 : lastRow
      guard last >= firstRow, lastColumn >= firstColumn else { return }
      var format = lxw_conditional_format()
      format.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
      format.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_BEGINS_WITH.rawValue)
      format.value_string = cString(prefix)
      format.format = colours[colour]
      _ = lib.worksheet_conditional_format_range(
        sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(last), lxw_col_t(lastColumn), &format)
    case .validation(let firstRow, let column, let lastRow, let rule):
      validate(rule, firstRow: firstRow, column: column, lastRow: lastRow, in: sheet)
    case .comment(let row, let column, let text):
      _ = lib.worksheet_write_comment(
        sheet, lxw_row_t(row), lxw_col_t(column), String(text.prefix(Self.maxCellCharacters)))
    }
  }

  private func write(
    _ cell: WorkbookCell, row: lxw_row_t, column: lxw_col_t, in sheet: UnsafeMutablePointer<lxw_worksheet>
  ) {
    let format = styles[cell.style]
    switch cell.value {
    case .empty:
      if cell.style != .plain { _ = lib.worksheet_write_blank(sheet, row, column, format) }
    case .text(let text):
      // Always a string: a formula is never written from report or vendor text.
      let shown = text.count > Self.maxCellCharacters ? String(text.prefix(Self.maxCellCharacters)) + "…" : text
      _ = lib.worksheet_write_string(sheet, row, column, shown, format)
    case .number(let number):
      _ = lib.worksheet_write_number(sheet, row, column, number, format)
    case .bool(let value):
      _ = lib.worksheet_write_boolean(sheet, row, column, value ? 1 : 0, format)
    case .date(let text):
      guard let day = Day(text) else {
        _ = lib.worksheet_write_string(sheet, row, column, text, format)
        return
      }
      var date = lxw_datetime(
        year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
      _ = lib.worksheet_write_datetime(sheet, row, column, &date, dateStyles[cell.style])
    }
  }

  private func validate(
    _ rule: WorkbookValidation, firstRow: Int, column: Int, lastRow: Int, in sheet: UnsafeMutablePointer<lxw_worksheet>
  ) {
    var validation = lxw_data_validation()
    var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    defer { list?.deallocate() }
    switch rule {
    case .list(let values):
      let pointers = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: values.count + 1)
      for (index, value) in values.enumerated() { pointers[index] = cString(value) }
      pointers[values.count] = nil
      list = pointers
      validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
      validation.value_list = pointers
      validation.dropdown = UInt8(LXW_VALIDATION_ON.rawValue)
    case .wholeNumber(let minimum, let maximum):
      validation.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
      validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
      validation.minimum_number = Double(minimum)
      validation.maximum_number = Double(maximum)
    case .decimal(let minimum, let maximum):
      validation.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
      validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
      validation.minimum_number = minimum
      validation.maximum_number = maximum
    case .date:
      validation.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
      validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
      validation.minimum_datetime = lxw_datetime(year: 1900, month: 1, day: 1, hour: 0, min: 0, sec: 0)
      validation.maximum_datetime = lxw_datetime(year: 9999, month: 12, day: 31, hour: 0, min: 0, sec: 0)
    }
    _ = lib.worksheet_data_validation_range(
      sheet, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(column), &validation)
  }

  /// Writes the file.
  public func close() throws(OutputError) {
    let result = lib.workbook_close(workbook)
    if let failure { throw OutputError.spreadsheet(failure) }
    guard result == LXW_NO_ERROR else {
      throw OutputError.spreadsheet(lib.lxw_strerror(result).map { String(cString: $0) } ?? "error \(result.rawValue)")
    }
  }

  /// Applies every line of a stream; a line that is not an instruction is an error (a bug).
  public func apply(stream: Substring) {
    for line in stream.split(separator: "\n") {
      guard let instruction = WorkbookInstruction(line: line) else {
        failure = failure ?? "not a workbook instruction: \(line.prefix(80))"
        return
      }
      apply(instruction)
    }
  }
}
