import ComplianceCore
import YAMLSupport

/// Count lines shared by the human formats.
enum Counts {
  static let order: [Status] = [.gap, .unanswered, .met, .notApplicable, .waived]

  static func line(_ count: (Status) -> Int, lang: Language) -> String {
    order.map { $0.counted(count($0), lang) }.joined(separator: ", ")
  }
}
