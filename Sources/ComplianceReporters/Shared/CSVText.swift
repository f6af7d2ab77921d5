/// CSV as RFC 4180 writes it, for spreadsheets: fields separated by `,`, records ended by CRLF, a
/// field quoted with `"` (and `"` doubled) when it holds `,`, `"`, CR or LF. The file starts
/// with a UTF-8 byte order mark, so that Excel reads Danish letters as UTF-8.
///
/// Text from input files is untrusted, and a spreadsheet runs a cell that starts with `=`, `+`,
/// `-` or `@` (or a tab or CR before one) as a formula: such a cell is written with a single
/// quote `'` in front, which shows the text as text (OWASP's advice against CSV injection).
public enum CSVText {
  /// The UTF-8 byte order mark that starts a CSV file.
  public static let byteOrderMark = "\u{FEFF}"
  /// The end of a record.
  public static let lineEnd = "\r\n"

  /// The first characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// `text` with a `'` in front when its first character would start a formula.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
    return "'" + text
  }

  /// One field: neutralised, then quoted when RFC 4180 requires it.
  public static func field(_ text: String) -> String {
    let safe = neutralised(text)
    let needsQuotes = safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
    guard needsQuotes else { return safe }
    return "\"" + safe.replacing("\"", with: "\"\"") + "\""
  }

  /// One record: the fields joined by `,`, ended by CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + lineEnd
  }
}
