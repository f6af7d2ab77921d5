import YAMLSupport

/// Clause labels of the standard DPA and their order: clauses by number, then appendices A, B, C, D
/// with their sections by number (`C.2` < `C.10`).
public enum Clause {
  /// Whether `text` is a clause (`"4"`) or an appendix section (`"A"`, `"C.2"`).
  public static func isValid(_ text: String) -> Bool {
    if let number = Int(text) { return number >= 1 && number <= 20 }
    let parts = text.parts(separatedBy: UInt8(ascii: "."))
    guard let letter = parts.first, ["A", "B", "C", "D"].contains(letter) else { return false }
    return parts.count == 1 || (parts.count == 2 && Int(parts[1]) != nil)
  }

  /// A sort key: numbered clauses first, then appendices by letter and section number.
  public static func sortKey(_ text: String) -> (Int, Int, Int) {
    if let number = Int(text) { return (0, number, 0) }
    let parts = text.parts(separatedBy: UInt8(ascii: "."), omittingEmpty: true)
    let letter = parts.first.flatMap { $0.unicodeScalars.first }.map { Int($0.value) } ?? 0
    let section = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    return (1, letter, section)
  }

  /// Whether clause `a` comes before clause `b` in the standard's order.
  public static func precedes(_ a: String, _ b: String) -> Bool {
    sortKey(a) < sortKey(b)
  }
}
