/// The YAML 1.2 core schema's scalar tags, the only ones a scalar may carry (any other tag is an
/// error when the file is read). Stored in one byte, so a node record stays small.
public enum ScalarTag: UInt8, Sendable, Hashable, CaseIterable {
  case str, int, float, bool, null

  /// The tag's long form, `tag:yaml.org,2002:str`.
  public var longForm: String { "tag:yaml.org,2002:\(self)" }

  /// The tag whose long form is `longForm`, or nil for any other tag.
  public init?(longForm: String) {
    guard let tag = Self.allCases.first(where: { $0.longForm == longForm }) else { return nil }
    self = tag
  }
}
