/// What a diagnostic says: an entry of the message table (`DiagnosticKind`) with its arguments,
/// followed by any clauses added to it (a suggestion, a hint), rendered in Danish or English only
/// when it is shown.
///
/// The arguments are kept, not the text, so one diagnostic can be shown on stderr in the run's
/// language and kept in English in a machine report.
public struct DiagnosticMessage: Sendable, Hashable {
  /// One entry of the table with its arguments.
  public struct Part: Sendable, Hashable {
    /// The table entry.
    public var kind: DiagnosticKind
    /// The values of its placeholders `%1`, `%2`, …
    public var arguments: [MessageArgument]
  }

  /// The first part, which gives the diagnostic its code and severity.
  public private(set) var head: Part
  /// Clauses appended to the first, each with its own leading punctuation in the table.
  public private(set) var continuations: [Part] = []

  /// The table entry of the first part.
  public var kind: DiagnosticKind { head.kind }

  /// A message of one table entry.
  public init(_ kind: DiagnosticKind, _ arguments: MessageArgument...) {
    head = Part(kind: kind, arguments: arguments)
  }

  /// A message of one table entry, with its arguments as an array.
  public init(_ kind: DiagnosticKind, arguments: [MessageArgument]) {
    head = Part(kind: kind, arguments: arguments)
  }

  /// The message followed by another entry (`; did you mean 'x'?`).
  public func adding(_ kind: DiagnosticKind, _ arguments: MessageArgument...) -> DiagnosticMessage {
    var copy = self
    copy.continuations.append(Part(kind: kind, arguments: arguments))
    return copy
  }

  /// The message followed by every part of `other`; itself when `other` is nil.
  public func adding(_ other: DiagnosticMessage?) -> DiagnosticMessage {
    guard let other else { return self }
    var copy = self
    copy.continuations += [other.head] + other.continuations
    return copy
  }

  /// The text in `language`.
  public func text(_ language: Language) -> String {
    var result = Self.fill(head, language)
    for part in continuations { result += Self.fill(part, language) }
    return result
  }

  /// A part's template with `%1`, `%2`, … replaced by its arguments in `language`.
  ///
  /// The template is read once, so an argument's own text (a value from a declaration such as
  /// '%2') is never searched for placeholders. A placeholder without an argument stays as it is.
  private static func fill(_ part: Part, _ language: Language) -> String {
    let template = part.kind.template(language)
    guard template.utf8.contains(UInt8(ascii: "%")) else { return template }
    var result = ""
    var rest = Substring(template)
    while let percent = rest.firstIndex(of: "%") {
      result += rest[..<percent]
      let next = rest.index(after: percent)
      if next < rest.endIndex, rest[next].isASCII, let number = rest[next].wholeNumberValue,
        number >= 1, number <= part.arguments.count
      {
        result += part.arguments[number - 1].text(language)
        rest = rest[rest.index(after: next)...]
      } else {
        result += "%"
        rest = rest[next...]
      }
    }
    return result + rest
  }
}
