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
