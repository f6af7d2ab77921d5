import ComplianceCore
import YAMLSupport

extension Finding {
  /// Whether the reports list the finding with its evidence: gaps, unanswered and waived
  /// requirements (met and not applicable ones are only counted).
  var isListed: Bool { status == .gap || status == .unanswered || status == .waived }
}
