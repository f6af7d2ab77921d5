import ComplianceCore
import YAMLSupport

/// How a change reads in the human formats, in Danish and English.
enum DiffWording {
  /// One line saying what changed, without its place.
  static func headline(_ change: DeclarationChange, _ language: Language) -> String {
    let da = language == .da
    let label = change.label.map { "'\($0.escapingControls)'" } ?? change.path
    switch change.kind {
    case .subprocessorAdded:
      let details = subprocessorDetails(change.new, language)
      return (da ? "ny underdatabehandler \(label)" : "new sub-processor \(label)") + details
    case .subprocessorRemoved:
      let details = subprocessorDetails(change.old, language)
      return (da ? "underdatabehandler \(label) er fjernet" : "sub-processor \(label) removed") + details
    case .countryAdded:
      return da
        ? "nyt land: \(label), første gang i \(change.path)" : "new country: \(label), first named at \(change.path)"
    case .countryRemoved:
      return da ? "landet \(label) nævnes ikke længere" : "country no longer named: \(label)"
    case .transferChanged:
      return (da ? "overførselsgrundlag ændret i \(change.path): " : "transfer basis changed at \(change.path): ")
        + fromTo(change, language)
    case .answerChanged:
      return "\(change.path): " + fromTo(change, language)
    case .findingChanged:
      let title = change.title.map { " \($0.text(language).escapingControls)" } ?? ""
      return "\(change.rule ?? "")\(title): " + fromTo(change, language)
    }
  }

  /// Why a material change needs attention, or nil.
  static func reason(_ change: DeclarationChange, _ language: Language) -> String? {
    let da = language == .da
    var parts: [String] = []
    switch change.reason {
    case .worseFinding?: parts.append(da ? "kravet er dårligere opfyldt" : "the finding got worse")
    case .worseValue(let rule)?:
      parts.append(da ? "svaret er svagere efter \(rule)" : "a weaker answer under \(rule)")
    case .kind?, nil: break
    }
    if let deadline = change.objectionDeadline {
      parts.append(da ? "frist for indsigelse \(deadline)" : "objection deadline \(deadline)")
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  /// `old → new`, with statuses in the report's language and `—` for none.
  static func fromTo(_ change: DeclarationChange, _ language: Language) -> String {
    "\(shown(change.old, change, language)) → \(shown(change.new, change, language))"
  }

  private static func shown(_ value: Value?, _ change: DeclarationChange, _ language: Language) -> String {
    guard let value else { return "—" }
    if change.kind == .findingChanged, case .string(let raw) = value, let status = Status(rawValue: raw) {
      return status.name(language)
    }
    return value.display.escapingControls
  }

  /// ` (US; second-line support; transfer: scc)` for a sub-processor's object.
  private static func subprocessorDetails(_ value: Value?, _ language: Language) -> String {
    guard case .object(let members)? = value else { return "" }
    var parts: [String] = []
    for member in members {
      switch (member.key, member.value.value) {
      case ("countries", .list(let items)):
        parts.insert(items.map { $0.value.display.replacingAll("'", with: "") }.joined(separator: ", "), at: 0)
      case ("service", .string(let text)): parts.append(text.escapingControls)
      case ("transfer", .object(let transfer)):
        for inner in transfer where inner.key == "mechanism" {
          if case .string(let mechanism) = inner.value.value {
            parts.append((language == .da ? "overførselsgrundlag: " : "transfer: ") + mechanism.escapingControls)
          }
        }
      default: break
      }
    }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
  }

  /// `vendor — service`, or the file when neither is answered.
  static func title(of diff: DeclarationDiff) -> String {
    let names = [diff.vendor, diff.service].compactMap { $0 }.map(\.escapingControls)
    return names.isEmpty ? diff.newFile.escapingControls : names.joined(separator: " — ")
  }

  static func summary(_ report: DiffReport, _ language: Language) -> String {
    let changes = report.changeCount
    let material = report.materialCount
    if language == .da {
      return "\(changes) \(changes == 1 ? "ændring" : "ændringer"), heraf \(material) væsentlig"
        + (material == 1 ? "" : "e")
    }
    return "\(changes) \(changes == 1 ? "change" : "changes"), \(material) material"
  }

  static func unpairedLine(_ file: String, onlyIn side: String, _ language: Language) -> String {
    let (file, side) = (file.escapingControls, side.escapingControls)
    return language == .da
      ? "\(file): kun i \(side) (ingen fil med samme sti eller samme leverandør og tjeneste)"
      : "\(file): only in \(side) (no file with the same path, or the same vendor and service)"
  }
}
