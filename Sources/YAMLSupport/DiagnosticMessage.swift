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

/// A value for a placeholder of the message table, typed by how it is shown in each language.
public enum MessageArgument: Sendable, Hashable {
  /// Shown as it is in both languages: a name, a key, a code, a path or text from an input file
  /// (the template puts quotes around it where it quotes).
  case text(String)
  /// A whole number.
  case number(Int)
  /// Names joined by ", ", the same in both languages.
  case list([String])
  /// Alternatives: "4 or 0" / "4 eller 0".
  case alternatives([String])
  /// A phrase given in both languages by the site (a date spelled out, an operating system's
  /// error in both languages).
  case localized(da: String, en: String)
  /// Another entry of the table: a phrase such as "the waivers file" or "a whole number".
  case message(DiagnosticMessage)
  /// What a YAML node is: "a list", "the string 'x'".
  case node(NodeSummary)
  /// One of the files dpacheck reads, in a grammatical form.
  case file(FileKind, FileKind.Form)
  /// A problem or context text of libyaml, in English as libyaml wrote it; in Danish by the table
  /// of libyaml's texts (`LibYAMLText`), or quoted as it is when that table does not know it.
  case libyaml(String)

  /// A phrase of the table.
  public static func phrase(_ kind: DiagnosticKind, _ arguments: MessageArgument...) -> MessageArgument {
    .message(DiagnosticMessage(kind, arguments: arguments))
  }

  /// The argument's text in `language`.
  public func text(_ language: Language) -> String {
    switch self {
    case .text(let text): text
    case .number(let number): String(number)
    case .list(let items): items.joined(separator: ", ")
    case .alternatives(let items):
      if items.count < 2 {
        items.joined()
      } else {
        items.dropLast().joined(separator: ", ") + (language == .da ? " eller " : " or ") + (items.last ?? "")
      }
    case .localized(let da, let en): language == .da ? da : en
    case .message(let message): message.text(language)
    case .node(let node): node.text(language)
    case .file(let kind, let form): kind.name(form, language)
    case .libyaml(let text): LibYAMLText.text(text, language)
    }
  }
}
