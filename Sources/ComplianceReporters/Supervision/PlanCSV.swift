public import ComplianceCore
public import YAMLSupport

/// The plan as CSV: one row per processor; UTF-8 with a byte-order mark (for Excel); cells that a
/// spreadsheet would read as a formula are prefixed with `'`.
public enum PlanCSV {
  /// The plan as CSV text.
  public static func render(_ plan: SupervisionPlan, language: Language) -> String {
    let header = [
      "id", "name", "service", "points", "band", "allowed_concepts", "concept", "concept_allowed",
      "last_supervision", "next_due", "status", "evidence_ok", "evidence_problems", "open_remarks",
      "remarks_overdue", "declaration_verdict", "gap", "unanswered",
    ]
    var lines = [header.map(cell).joined(separator: ",")]
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
      lines.append(row.map(cell).joined(separator: ","))
    }
    return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
  }

  /// One cell: formula starts neutralised, quoted when needed.
  static func cell(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
