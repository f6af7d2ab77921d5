public import YAMLSupport

/// A failure to write a report.
public struct OutputError: Error, CustomStringConvertible {
  /// What went wrong: an entry of the message table.
  public var text: DiagnosticMessage

  /// Creates an error of one table entry.
  init(_ kind: DiagnosticKind, _ arguments: MessageArgument...) {
    text = DiagnosticMessage(kind, arguments: arguments)
  }

  /// What went wrong, in English.
  public var message: String { text.text(.en) }
  public var description: String { message }
}
