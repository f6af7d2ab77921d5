/// What a libyaml problem text says, for the problems dpacheck explains in words of its own.
///
/// libyaml reports an error as an error class (reader, scanner, parser) and English text, with no
/// code: the text is all there is to tell one problem from another. This is the one place that
/// reads it; everything else switches on the cases.
package enum LibYAMLProblem: Sendable, Equatable {
  /// A UTF-8 byte that should have continued a character does not.
  case invalidTrailingByte
  /// A control character such as NUL.
  case controlCharacter
  /// Other bytes that are not UTF-8, or not a Unicode character.
  case invalidEncoding
  /// A character that cannot start any token (a tab before a key, for one).
  case cannotStartToken
  /// A tab where indentation is read.
  case tabCharacter
  /// `mapping values are not allowed in this context`: a `:` where no value may start.
  case unexpectedValue
  /// `did not find expected key`.
  case missingKey
  /// `did not find expected '-' indicator`.
  case missingListItem
  /// Any other problem.
  case other

  /// Whether the bytes are not UTF-8 text.
  package var isInvalidUTF8: Bool { self == .invalidTrailingByte || self == .invalidEncoding }

  /// The problem of libyaml's `text`.
  package init(_ text: String) {
    switch text {
    case "invalid trailing UTF-8 octet", "found an incorrect trailing UTF-8 octet": self = .invalidTrailingByte
    case "control characters are not allowed": self = .controlCharacter
    case "found character that cannot start any token": self = .cannotStartToken
    case "mapping values are not allowed in this context": self = .unexpectedValue
    case "did not find expected key": self = .missingKey
    case "did not find expected '-' indicator": self = .missingListItem
    default:
      if text.contains("tab character") {
        self = .tabCharacter
      } else if text.contains("UTF-8") || text.contains("Unicode") {
        self = .invalidEncoding
      } else {
        self = .other
      }
    }
  }
}

/// libyaml's context `while scanning a simple key`: it gave up on a key where it expected `:`.
package let libYAMLSimpleKeyContext = "while scanning a simple key"
