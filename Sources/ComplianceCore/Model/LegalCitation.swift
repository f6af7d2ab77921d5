public import YAMLSupport

/// Legal references as each language writes them.
///
/// Packs cite in one form (`Art. 28(3)(h)`, clause `"9.2"` or `"C.7"`, `EU 2021/915 clause 7.8`);
/// reports write them in the reader's language: in Danish `art. 28, stk. 3, litra h`,
/// `bestemmelse 9.2`, `bilag C.7` and `EU 2021/915 bestemmelse 7.8`, as Danish legal texts and
/// Datatilsynet's own standard clauses do.
public enum LegalCitation {
  /// A GDPR reference (`Art. 28(3)(h)`, `Recital 38`) in `language`.
  public static func gdpr(_ reference: String, _ language: Language) -> String {
    guard language == .da else { return reference }
    if reference.hasPrefix("Recital ") { return "betragtning " + reference.dropFirst("Recital ".count) }
    guard reference.hasPrefix("Art. ") else { return reference }
    var rest = Substring(reference.dropFirst("Art. ".count))
    let number = rest.prefix { $0.isNumber }
    guard !number.isEmpty else { return reference }
    rest = rest.dropFirst(number.count)
    var text = "art. \(number)"
    // Parenthesised parts: a paragraph (stk.), a point (litra), then a sub-point (nr.).
    var level = 0
    while rest.first == "(", let close = rest.firstIndex(of: ")") {
      let part = rest[rest.index(after: rest.startIndex)..<close]
      switch (level, part.allSatisfy(\.isNumber)) {
      case (0, true): text += ", stk. \(part)"
      case (0, false), (1, _): text += ", litra \(part)"
      default: text += ", nr. \(part)"
      }
      level = part.allSatisfy(\.isNumber) ? max(level, 0) + 1 : 2
      rest = rest[rest.index(after: close)...]
    }
    let tail = rest.trimmingPrefix(" ")
    switch tail {
    case "": return text
    case "2nd subpara", "second subparagraph": return text + ", 2. afsnit"
    default: return text + " " + tail
    }
  }

  /// The GDPR references of a requirement, joined.
  public static func gdpr(_ references: [String], _ language: Language) -> String {
    references.map { gdpr($0, language) }.joined(separator: ", ")
  }

  /// Whether a clause label names an appendix of the standard (`A`, `B.2`, `C.7`) rather than a
  /// clause (`8`, `9.2`).
  public static func isAppendix(_ clause: String) -> Bool {
    clause.first.map { $0.isLetter } ?? false
  }

  /// A clause or appendix of the standard: `bestemmelse 9.2` / `Clause 9.2`, `bilag C.7` /
  /// `Appendix C.7`.
  public static func clause(_ clause: String, _ language: Language) -> String {
    switch (isAppendix(clause), language) {
    case (true, .da): "bilag \(clause)"
    case (true, .en): "Appendix \(clause)"
    case (false, .da): "bestemmelse \(clause)"
    case (false, .en): "Clause \(clause)"
    }
  }

  /// A reference in another framework (`EU 2021/915 clause 7.8`, `… Annex III`) in `language`;
  /// ISO control numbers are the same in both, and a clause of the standard's main text is an
  /// `afsnit` in Danish (`ISO/IEC 27001:2022 clause 8.2` / `ISO/IEC 27001:2022 afsnit 8.2`).
  public static func mapping(_ reference: String, _ language: Language) -> String {
    guard language == .da else { return reference }
    if reference.hasPrefix("ISO/IEC "), let clause = reference.firstRange(of: " clause ") {
      return String(reference[..<clause.lowerBound]) + " afsnit " + reference[clause.upperBound...]
    }
    guard reference.hasPrefix("EU 2021/915 ") else { return reference }
    let rest = reference.dropFirst("EU 2021/915 ".count)
    if rest.hasPrefix("clause ") { return "EU 2021/915 bestemmelse " + rest.dropFirst("clause ".count) }
    if rest.hasPrefix("Annex ") { return "EU 2021/915 bilag " + rest.dropFirst("Annex ".count) }
    return reference
  }
}
