import YAMLSupport

/// The type of a declaration field, as the questionnaire defines it.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
  case bool, int, number, string, date, `enum`, country, email, url, object, list

  /// Whether a value of this type is a single scalar.
  public var isScalar: Bool { self != .object && self != .list }
}
