/// A language for reports and diagnostics.
///
/// It lives in the lowest layer because diagnostics are rendered in it: an error found while
/// parsing YAML is shown in the run's language like every other text.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  case da, en
}
