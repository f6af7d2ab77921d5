import YAMLSupport

/// The outcome of one requirement for one declaration.
public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
  case met, gap, unanswered
  case notApplicable = "not_applicable"
  case waived
}
