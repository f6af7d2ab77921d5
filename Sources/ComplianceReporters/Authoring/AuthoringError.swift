import YAMLSupport

/// Errors of the authoring tools.
public enum AuthoringError: Error, Sendable, CustomStringConvertible {
  /// No requirement has this id; `suggestion` is the closest one, if any is close.
  case unknownRequirement(String, suggestion: String?)

  /// The message, lowercase and without a trailing period, as diagnostics are written.
  public var description: String {
    switch self {
    case .unknownRequirement(let id, let suggestion):
      var message = "unknown requirement '\(id.truncatedForMessage)'"
      if let suggestion { message += "; did you mean '\(suggestion)'?" }
      return message + " ('dpacheck rules list' lists them all)"
    }
  }
}
