/// Resolution of plain scalars by the YAML 1.2 core schema (§10.3), written without regular
/// expressions so that it runs in linear time on any input.
///
/// Unlike YAML 1.1 (and Yams), `yes`/`no`/`on`/`off`/`y`/`n` are strings: the country code `NO`
/// stays "NO". Untagged quoted and block scalars are always strings, and so is anything tagged
/// `!!str`; `!!int`, `!!float`, `!!bool` and `!!null` read the text (quoted or not) as that type,
/// and text that is not of the type stays a string, for the schema to report.
public enum CoreSchema {
  /// Resolves a scalar, honouring an explicit standard tag.
  public static func resolve(_ scalar: Scalar) -> ScalarValue {
    guard let tag = scalar.tag else {
      return scalar.style == .plain ? resolvePlain(scalar.text) : .string(scalar.text)
    }
    let value = resolvePlain(scalar.text)
    switch (tag, value) {
    case (.int, .int), (.float, .float), (.bool, .bool), (.null, .null):
      return value
    case (.float, .int(let integer)):
      return .float(Double(integer))
    default:
      return .string(scalar.text)
    }
  }

  /// Resolves the text of a plain scalar.
  public static func resolvePlain(_ text: String) -> ScalarValue {
    if isNullText(text) { return .null }
    // The special words start with one of these bytes; other texts skip comparing with each.
    if let first = text.utf8.first, Self.specialWordStart.contains(first) {
      if let special = specialWord(text) { return special }
    }
    // Every number starts with a digit, a sign or a point: most texts are decided by one byte.
    guard let first = text.utf8.first,
      isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
    else {
      return .string(text)
    }
    if let integer = integer(text) { return .int(integer) }
    if isFloat(text), let double = Double(text) { return .float(double) }
    return .string(text)
  }

  /// The bytes a boolean, infinity or not-a-number word starts with.
  private static let specialWordStart: [UInt8] = Array("tTfF.+-".utf8)

  /// A boolean, infinity or not-a-number written as a word.
  private static func specialWord(_ text: String) -> ScalarValue? {
    switch text {
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
    case ".nan", ".NaN", ".NAN": return .float(.nan)
    default: return nil
    }
  }

  /// Whether a plain scalar's text is null under the core schema.
  static func isNullText(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isNullText($0) }
  }

  /// Whether a plain scalar's text, as UTF-8 bytes, is null under the core schema: empty, `~`,
  /// `null`, `Null` or `NULL`.
  static func isNullText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    switch bytes.count {
    case 0: return true
    case 1: return bytes[0] == UInt8(ascii: "~")
    case 4:
      // Byte by byte: comparing with a string's UTF-8 view goes through generic iteration.
      let (first, rest) = (bytes[0], (bytes[1], bytes[2], bytes[3]))
      let lower = rest == (UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l"))
      let upper = rest == (UInt8(ascii: "U"), UInt8(ascii: "L"), UInt8(ascii: "L"))
      return (first == UInt8(ascii: "n") && lower) || (first == UInt8(ascii: "N") && (lower || upper))
    default: return false
    }
  }

  /// A core-schema integer: decimal with an optional sign, `0o` octal or `0x` hexadecimal.
  static func integer(_ text: String) -> Int? {
    let utf8 = text.utf8
    var index = utf8.startIndex
    if utf8.count > 2 && utf8[index] == UInt8(ascii: "0") {
      let marker = utf8[utf8.index(after: index)]
      if marker == UInt8(ascii: "o") { return Int(String(text.dropFirst(2)), radix: 8) }
      if marker == UInt8(ascii: "x") { return Int(String(text.dropFirst(2)), radix: 16) }
    }
    if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
      index = utf8.index(after: index)
    }
    guard index < utf8.endIndex, utf8[index...].allSatisfy(isDigit) else { return nil }
    return Int(text)
  }

  /// A whole number written in decimal, read exactly from its digits.
  public enum DecimalInteger: Sendable, Hashable {
    /// The number, when `Int` holds it.
    case value(Int)
    /// Digits naming a number below `Int.min`.
    case belowRange
    /// Digits naming a number above `Int.max`.
    case aboveRange
  }

  /// Reads `[-+]?[0-9]+` exactly, never through `Double` (which rounds `Int.max` up to 2^63); nil
  /// for any other text. Digits past `Int`'s range say on which side they are.
  public static func decimalInteger(_ text: String) -> DecimalInteger? {
    var digits = text.utf8[...]
    let isNegative = digits.first == UInt8(ascii: "-")
    if isNegative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
    // Summed as a negative number, whose range reaches one further than the positive one (Int.min).
    var negated = 0
    for byte in digits {
      let (shifted, overflowed) = negated.multipliedReportingOverflow(by: 10)
      let (next, underflowed) = shifted.subtractingReportingOverflow(Int(byte - UInt8(ascii: "0")))
      if overflowed || underflowed { return isNegative ? .belowRange : .aboveRange }
      negated = next
    }
    if isNegative { return .value(negated) }
    return negated == Int.min ? .aboveRange : .value(-negated)
  }

  /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
  static func isFloat(_ text: String) -> Bool {
    var bytes = text.utf8[...]
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    let integerDigits = bytes.prefix(while: isDigit).count
    bytes = bytes.dropFirst(integerDigits)
    var fractionDigits = 0
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      fractionDigits = bytes.prefix(while: isDigit).count
      bytes = bytes.dropFirst(fractionDigits)
    }
    guard integerDigits > 0 || fractionDigits > 0 else { return false }
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
        bytes = bytes.dropFirst()
      }
      let exponentDigits = bytes.prefix(while: isDigit).count
      guard exponentDigits > 0 else { return false }
      bytes = bytes.dropFirst(exponentDigits)
    }
    return bytes.isEmpty
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
