public import YAMLSupport

/// A text in Danish and English; every user-facing text in a rule pack has both.
public struct LocalizedText: Sendable, Hashable {
  /// The Danish text.
  public var da: String
  /// The English text.
  public var en: String

  /// Creates a text.
  public init(da: String, en: String) {
    self.da = da
    self.en = en
  }

  /// The text in `language`.
  public func text(_ language: Language) -> String {
    language == .da ? da : en
  }
}
