/// Whether the declaration (and the supervision history) holds the evidence the chosen concept is
/// built on.
public struct EvidenceFit: Sendable, Hashable {
  /// A reason the evidence does not fit, a stable code.
  public enum Problem: String, Sendable, Codable, CaseIterable {
    /// The processor has no valid declaration to read evidence from.
    case noDeclaration = "no_declaration"
    /// No ISAE 3000/3402 or SOC 2 type 2 report covering the service ended within the model's
    /// maximum age.
    case noCurrentAuditorReport = "no_current_auditor_report"
    /// No certificate valid on the evaluation date whose scope covers the service.
    case noValidCertificate = "no_valid_certificate"
    /// The declaration is older than the concept's cadence.
    case declarationTooOld = "declaration_too_old"
    /// The last supervision lists no evidence of kind `inspection`.
    case noInspectionEvidence = "no_inspection_evidence"
  }

  /// Whether it fits.
  public var ok: Bool { problems.isEmpty }
  /// Why not.
  public var problems: [Problem]

  /// The fit of `concept`'s evidence rule as of `asOf`.
  public static func assess(
    _ concept: SupervisionModel.Concept?, model: SupervisionModel, declaration: Declaration?,
    last: SupervisionRegister.Supervision?, asOf: Day
  ) -> EvidenceFit {
    guard let concept else { return EvidenceFit(problems: []) }
    switch concept.evidenceRule {
    case .none:
      return EvidenceFit(problems: [])
    case .inspection:
      let inspected = last?.evidence.contains { $0.kind == .inspection } ?? false
      return EvidenceFit(problems: inspected ? [] : [.noInspectionEvidence])
    case .writtenStatus, .certification, .auditorReport:
      break
    }
    guard let declaration else { return EvidenceFit(problems: [.noDeclaration]) }
    switch concept.evidenceRule {
    case .writtenStatus:
      let oldest = asOf.adding(months: -(concept.cadenceMonths ?? 12))
      guard case .date(let declared)? = declaration.value(at: "declared_on")?.value, declared >= oldest else {
        return EvidenceFit(problems: [.declarationTooOld])
      }
      return EvidenceFit(problems: [])
    case .certification:
      let valid = items(declaration, "assurance.certifications").contains { item in
        guard case .date(let until)? = item["valid_until"]?.value else { return false }
        return until >= asOf && item["scope_covers_service"]?.value == .bool(true)
      }
      return EvidenceFit(problems: valid ? [] : [.noValidCertificate])
    case .auditorReport:
      let oldest = asOf.adding(months: -model.reportMaxAgeMonths)
      let current = items(declaration, "assurance.reports").contains { item in
        guard case .string(let kind)? = item["kind"]?.value, ["isae3000-gdpr", "isae3402", "soc2"].contains(kind),
          item["type"]?.value == .int(2), case .date(let end)? = item["period_end"]?.value, end >= oldest, end <= asOf
        else { return false }
        return item["covers_service"]?.value != .bool(false)
      }
      return EvidenceFit(problems: current ? [] : [.noCurrentAuditorReport])
    case .none, .inspection:
      return EvidenceFit(problems: [])
    }
  }

  /// The objects of a list field.
  private static func items(_ declaration: Declaration, _ path: String) -> [Members] {
    guard case .list(let items)? = declaration.value(at: path)?.value else { return [] }
    return items.compactMap { item in
      if case .object(let members) = item.value { return members }
      return nil
    }
  }
}
