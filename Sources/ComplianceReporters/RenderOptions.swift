import ComplianceCore
public import YAMLSupport

/// Options shared by every reporter.
public struct RenderOptions: Sendable {
  /// The language of human-readable text.
  public var language: Language
  /// Whether to use ANSI colour (text only; never when `NO_COLOR` is set or not on a terminal).
  public var colored: Bool

  /// Creates options.
  public init(language: Language = .en, colored: Bool = false) {
    self.language = language
    self.colored = colored
  }
}
