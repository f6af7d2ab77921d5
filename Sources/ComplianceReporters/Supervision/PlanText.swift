public import ComplianceCore
public import YAMLSupport

/// The plan for a terminal: one line per processor, then what needs doing.
public enum PlanText {
  /// The plan as text.
  public static func render(_ plan: SupervisionPlan, language: Language) -> String {
    typealias W = SupervisionWords
    var out = ""
    let title = W.pick(language, en: "Supervision plan", da: "Tilsynsplan")
    out += "\(title): \(plan.controller.name.escapingControls) — \(plan.asOf) (\(plan.model.id))\n\n"
    let header = [
      "id", W.pick(language, en: "points", da: "point"), W.pick(language, en: "concept", da: "koncept"),
      W.pick(language, en: "allowed", da: "tilladt"), W.pick(language, en: "last", da: "seneste"),
      W.pick(language, en: "next due", da: "næste"), "status",
    ]
    var rows: [[String]] = [header]
    for entry in plan.entries {
      rows.append([
        entry.id, entry.risk.map { "\($0.points) (\($0.band?.label ?? "-"))" } ?? "-",
        entry.concept.map(String.init) ?? "-", W.list(entry.allowedConcepts),
        entry.lastSupervision?.date.description ?? "-", entry.nextDue?.description ?? "-",
        W.status(entry.status, language),
      ])
    }
    let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      out +=
        row.enumerated().map { index, cell in
          index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
        }.joined(separator: "  ") + "\n"
    }
    var notes: [String] = []
    for entry in plan.entries {
      for diagnostic in entry.diagnostics {
        notes.append("\(entry.id): \(diagnostic.location): \(diagnostic.message(language))")
      }
      for problem in entry.evidenceFit.problems {
        notes.append(
          "\(entry.id): " + W.pick(language, en: "evidence: ", da: "dokumentation: ") + W.problem(problem, language))
      }
      for remark in entry.openRemarks where remark.overdue {
        let due = remark.remark.due?.description ?? "-"
        notes.append(
          "\(entry.id): "
            + W.pick(
              language, en: "remark '\(remark.remark.id)' overdue since \(due)",
              da: "bemærkning '\(remark.remark.id)' forsinket siden \(due)"))
      }
      for supervision in entry.unapproved {
        notes.append(
          "\(entry.id): "
            + W.pick(
              language, en: "the supervision of \(supervision.date) by others is not approved",
              da: "tilsynet \(supervision.date) foretaget af andre er ikke godkendt"))
      }
      if entry.declaration.verdict != .passed {
        notes.append(
          "\(entry.id): " + W.pick(language, en: "declaration: ", da: "erklæring: ")
            + W.verdict(entry.declaration.verdict, language)
            + " (\(entry.declaration.gap) gap, \(entry.declaration.unanswered) "
            + W.pick(language, en: "unanswered)", da: "ubesvarede)"))
      }
    }
    if !notes.isEmpty { out += "\n" + notes.map { $0.escapingControls }.joined(separator: "\n") + "\n" }
    let summary = plan.summary
    out += "\n"
    out += W.pick(
      language,
      en: "\(summary.processors) processors: \(summary.overdue) overdue, \(summary.dueSoon) due soon, "
        + "\(summary.neverSupervised) never supervised, \(summary.conceptNotAllowed) concept not allowed, "
        + "\(summary.remarksOverdue) remarks overdue, \(summary.invalid) invalid\n",
      da: "\(summary.processors) databehandlere: \(summary.overdue) forsinkede, \(summary.dueSoon) snart, "
        + "\(summary.neverSupervised) uden tilsyn, \(summary.conceptNotAllowed) med koncept ikke tilladt, "
        + "\(summary.remarksOverdue) forsinkede bemærkninger, \(summary.invalid) ugyldige\n")
    return out
  }
}
