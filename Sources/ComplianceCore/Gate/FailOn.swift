public import YAMLSupport

/// The gate threshold: the lowest severity whose gaps fail the run, or `none`.
public enum FailOn: String, Sendable, Hashable, CaseIterable, Codable {
  case critical, high, medium, low, none

  /// The threshold's name in `language`: a severity's name, or "none".
  public func name(_ language: Language) -> String {
    Severity(rawValue: rawValue)?.name(language) ?? Phrase.none.text(language)
  }

  /// Whether a finding of `severity` is at or above the threshold.
  public func includes(_ severity: Severity) -> Bool {
    guard let threshold = Severity(rawValue: rawValue) else { return false }
    return severity >= threshold
  }
}
