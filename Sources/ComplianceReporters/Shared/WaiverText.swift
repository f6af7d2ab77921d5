import ComplianceCore
import YAMLSupport

/// Waiver warnings shared by the human formats; the waiver's target (a vendor name or a path
/// pattern) is escaped by the display rule.
enum WaiverText {
  static func lines(_ summary: RunSummary, lang: Language) -> [String] {
    summary.waivers.compactMap { use -> String? in
      let target = use.waiver.target.escapingControls
      switch use.state {
      case .expired: return Phrase.expiredWaiver.format(lang, use.waiver.rule, target, use.waiver.expires.description)
      case .unused: return Phrase.unusedWaiver.format(lang, use.waiver.rule, target)
      case .expiring: return Phrase.expiringWaiver.format(lang, use.waiver.rule, target, use.waiver.expires.description)
      case .live: return nil
      }
    }
  }
}
