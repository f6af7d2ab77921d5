import CXLSXWriter
import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// libxlsxwriter and zlib, loaded with `dlopen` when a command first needs them.
///
/// Linked like libyaml, they would be loaded by every command: libxlsxwriter brings libcrypto and
/// libminizip, and loading them cost `dpacheck --version` 42 % more instructions
/// (docs/performance.md). Loaded on demand, only the commands that write or read a workbook pay,
/// and dpacheck runs without them for everything else. The headers give the types; the functions
/// are looked up by name.
struct Library {
  /// Why a library cannot be used.
  struct Missing: Error, CustomStringConvertible {
    var description: String
  }

  let handle: UnsafeMutableRawPointer

  /// Opens the first of `names` that loads.
  static func open(_ names: [String], install: String) throws(Missing) -> Library {
    for name in names {
      if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) { return Library(handle: handle) }
    }
    throw Missing(description: "\(names[0]) cannot be loaded (\(install))")
  }

  /// The function `name` as `type`.
  func function<T>(_ name: String) throws(Missing) -> T {
    guard let symbol = dlsym(handle, name) else { throw Missing(description: "\(name) is missing from the library") }
    return unsafeBitCast(symbol, to: T.self)
  }
}

/// The functions of libxlsxwriter that `XLSXWriter` calls.
struct XLSX {
  typealias Workbook = UnsafeMutablePointer<lxw_workbook>
  typealias Sheet = UnsafeMutablePointer<lxw_worksheet>
  typealias Format = UnsafeMutablePointer<lxw_format>

  let workbook_new_opt: @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<lxw_workbook_options>?) -> Workbook?
  let workbook_set_properties: @convention(c) (Workbook?, UnsafeMutablePointer<lxw_doc_properties>?) -> lxw_error
  let workbook_add_format: @convention(c) (Workbook?) -> Format?
  let workbook_add_worksheet: @convention(c) (Workbook?, UnsafePointer<CChar>?) -> Sheet?
  let workbook_close: @convention(c) (Workbook?) -> lxw_error
  let lxw_strerror: @convention(c) (lxw_error) -> UnsafeMutablePointer<CChar>?
  let format_set_align: @convention(c) (Format?, UInt8) -> Void
  let format_set_bold: @convention(c) (Format?) -> Void
  let format_set_text_wrap: @convention(c) (Format?) -> Void
  let format_set_unlocked: @convention(c) (Format?) -> Void
  let format_set_bg_color: @convention(c) (Format?, lxw_color_t) -> Void
  let format_set_font_color: @convention(c) (Format?, lxw_color_t) -> Void
  let format_set_border_color: @convention(c) (Format?, lxw_color_t) -> Void
  let format_set_bottom: @convention(c) (Format?, UInt8) -> Void
  let format_set_border: @convention(c) (Format?, UInt8) -> Void
  let format_set_font_size: @convention(c) (Format?, Double) -> Void
  let format_set_num_format: @convention(c) (Format?, UnsafePointer<CChar>?) -> Void
  let worksheet_hide: @convention(c) (Sheet?) -> Void
  let worksheet_set_column: @convention(c) (Sheet?, lxw_col_t, lxw_col_t, Double, Format?) -> lxw_error
  let worksheet_freeze_panes: @convention(c) (Sheet?, lxw_row_t, lxw_col_t) -> Void
  let worksheet_autofilter: @convention(c) (Sheet?, lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t) -> lxw_error
  let worksheet_conditional_format_range:
    @convention(c) (
      Sheet?, lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_conditional_format>?
    ) -> lxw_error
  let worksheet_data_validation_range:
    @convention(c) (
      Sheet?, lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_data_validation>?
    ) -> lxw_error
  let worksheet_write_comment: @convention(c) (Sheet?, lxw_row_t, lxw_col_t, UnsafePointer<CChar>?) -> lxw_error
  let worksheet_write_blank: @convention(c) (Sheet?, lxw_row_t, lxw_col_t, Format?) -> lxw_error
  let worksheet_write_string: @convention(c) (Sheet?, lxw_row_t, lxw_col_t, UnsafePointer<CChar>?, Format?) -> lxw_error
  let worksheet_write_number: @convention(c) (Sheet?, lxw_row_t, lxw_col_t, Double, Format?) -> lxw_error
  let worksheet_write_boolean: @convention(c) (Sheet?, lxw_row_t, lxw_col_t, Int32, Format?) -> lxw_error
  let worksheet_write_datetime:
    @convention(c) (Sheet?, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_datetime>?, Format?) -> lxw_error

  /// The library, loaded once.
  static let shared: Result<XLSX, Library.Missing> = Result { () throws(Library.Missing) -> XLSX in
    let library = try Library.open(
      [
        "libxlsxwriter.so.4", "libxlsxwriter.so", "libxlsxwriter.dylib", "/opt/homebrew/lib/libxlsxwriter.dylib",
        "/usr/local/lib/libxlsxwriter.dylib",
      ], install: "apt-get install libxlsxwriter4, or brew install libxlsxwriter")
    return try XLSX(library)
  }

  private init(_ library: Library) throws(Library.Missing) {
    workbook_new_opt = try library.function("workbook_new_opt")
    workbook_set_properties = try library.function("workbook_set_properties")
    workbook_add_format = try library.function("workbook_add_format")
    workbook_add_worksheet = try library.function("workbook_add_worksheet")
    workbook_close = try library.function("workbook_close")
    lxw_strerror = try library.function("lxw_strerror")
    format_set_align = try library.function("format_set_align")
    format_set_bold = try library.function("format_set_bold")
    format_set_text_wrap = try library.function("format_set_text_wrap")
    format_set_unlocked = try library.function("format_set_unlocked")
    format_set_bg_color = try library.function("format_set_bg_color")
    format_set_font_color = try library.function("format_set_font_color")
    format_set_border_color = try library.function("format_set_border_color")
    format_set_bottom = try library.function("format_set_bottom")
    format_set_border = try library.function("format_set_border")
    format_set_font_size = try library.function("format_set_font_size")
    format_set_num_format = try library.function("format_set_num_format")
    worksheet_hide = try library.function("worksheet_hide")
    worksheet_set_column = try library.function("worksheet_set_column")
    worksheet_freeze_panes = try library.function("worksheet_freeze_panes")
    worksheet_autofilter = try library.function("worksheet_autofilter")
    worksheet_conditional_format_range = try library.function("worksheet_conditional_format_range")
    worksheet_data_validation_range = try library.function("worksheet_data_validation_range")
    worksheet_write_comment = try library.function("worksheet_write_comment")
    worksheet_write_blank = try library.function("worksheet_write_blank")
    worksheet_write_string = try library.function("worksheet_write_string")
    worksheet_write_number = try library.function("worksheet_write_number")
    worksheet_write_boolean = try library.function("worksheet_write_boolean")
    worksheet_write_datetime = try library.function("worksheet_write_datetime")
  }
}

/// The functions of zlib that `ZipArchive` calls.
struct Zlib {
  let inflateInit2_: @convention(c) (z_streamp?, Int32, UnsafePointer<CChar>?, Int32) -> Int32
  let inflate: @convention(c) (z_streamp?, Int32) -> Int32
  let inflateEnd: @convention(c) (z_streamp?) -> Int32
  let crc32: @convention(c) (uLong, UnsafePointer<Bytef>?, uInt) -> uLong

  /// The library, loaded once.
  static let shared: Result<Zlib, Library.Missing> = Result { () throws(Library.Missing) -> Zlib in
    let library = try Library.open(
      ["libz.so.1", "libz.so", "libz.1.dylib", "libz.dylib"], install: "apt-get install zlib1g")
    return try Zlib(library)
  }

  private init(_ library: Library) throws(Library.Missing) {
    inflateInit2_ = try library.function("inflateInit2_")
    inflate = try library.function("inflate")
    inflateEnd = try library.function("inflateEnd")
    crc32 = try library.function("crc32")
  }
}
