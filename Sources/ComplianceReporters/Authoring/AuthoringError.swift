public import YAMLSupport

/// Errors of the authoring tools.
public enum AuthoringError: Error, Sendable, CustomStringConvertible {
  /// No requirement has this id; `suggestion` is the closest one, if any is close.
  case unknownRequirement(String, suggestion: String?)

  /// The message, an entry of the diagnostics table.
  public var message: DiagnosticMessage {
    switch self {
    case .unknownRequirement(let id, let suggestion):
      let hint = suggestion.map { MessageArgument.message(DiagnosticMessage(.suggestion, .text($0))) } ?? .text("")
      return DiagnosticMessage(.authoringUnknownRequirement, .text(id.truncatedForMessage), hint)
    }
  }

  /// The message in English.
  public var description: String { message.text(.en) }
}
