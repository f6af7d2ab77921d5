public import ComplianceCore

/// The plan as CSV: one row per processor; UTF-8 with a byte-order mark (for Excel); cells that a
/// spreadsheet would read as a formula are prefixed with `'` (`CSVText`, as the check report's CSV).
public enum PlanCSV {
  /// The plan as CSV text.
  public static func render(_ plan: SupervisionPlan) -> String {
    let header = [
      "id", "name", "service", "points", "band", "allowed_concepts", "concept", "concept_allowed",
      "last_supervision", "next_due", "status", "evidence_ok", "evidence_problems", "open_remarks",
      "remarks_overdue", "declaration_verdict", "gap", "unanswered",
    ]
    var out = CSVText.byteOrderMark + CSVText.record(header)
    for entry in plan.entries {
      let row: [String] = [
        entry.id, entry.processor.name ?? "", entry.processor.service ?? "",
        entry.risk.map { String($0.points) } ?? "", entry.risk?.band.map { "\($0.from)-\($0.to)" } ?? "",
        entry.allowedConcepts.map(String.init).joined(separator: " "), entry.concept.map(String.init) ?? "",
        String(entry.conceptAllowed), entry.lastSupervision?.date.description ?? "", entry.nextDue?.description ?? "",
        entry.status.rawValue, String(entry.evidenceFit.ok),
        entry.evidenceFit.problems.map(\.rawValue).joined(separator: " "), String(entry.openRemarks.count),
        String(entry.openRemarks.count(where: \.overdue)), entry.declaration.verdict.rawValue,
        String(entry.declaration.gap), String(entry.declaration.unanswered),
      ]
      out += CSVText.record(row)
    }
    return out
  }
}
