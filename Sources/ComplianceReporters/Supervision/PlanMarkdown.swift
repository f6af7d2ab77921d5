public import ComplianceCore
public import YAMLSupport

/// The plan as Markdown: a table per processor status, for an e-mail or a wiki page.
public enum PlanMarkdown {
  /// The plan as Markdown text.
  public static func render(_ plan: SupervisionPlan, language: Language) -> String {
    typealias W = SupervisionWords
    var out =
      "# " + W.pick(language, en: "Supervision plan", da: "Tilsynsplan") + ": "
      + Escape.markdown(plan.controller.name) + "\n\n"
    out +=
      W.pick(language, en: "As of", da: "Pr.") + " \(plan.asOf) · " + W.pick(language, en: "model", da: "model")
      + " \(Escape.markdownCode(plan.model.id))\n\n"
    let header = [
      "ID", W.pick(language, en: "Processor", da: "Databehandler"), W.pick(language, en: "Points", da: "Point"),
      W.pick(language, en: "Allowed", da: "Tilladte"), W.pick(language, en: "Concept", da: "Koncept"),
      W.pick(language, en: "Last", da: "Seneste"), W.pick(language, en: "Next due", da: "Næste"), "Status",
      W.pick(language, en: "Declaration", da: "Erklæring"),
    ]
    out += "| " + header.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for entry in plan.entries {
      let cells = [
        "`\(entry.id)`", Escape.markdownCell(entry.processor.name ?? ""),
        entry.risk.map { "\($0.points) (\($0.band?.label ?? "–"))" } ?? "–", W.list(entry.allowedConcepts),
        entry.concept.map(String.init) ?? "–", entry.lastSupervision?.date.description ?? "–",
        entry.nextDue?.description ?? "–", "**" + W.status(entry.status, language) + "**",
        W.verdict(entry.declaration.verdict, language),
      ]
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    var notes: [String] = []
    for entry in plan.entries {
      for diagnostic in entry.diagnostics {
        notes.append("`\(entry.id)`: " + Escape.markdown("\(diagnostic.location): \(diagnostic.message(language))"))
      }
      for problem in entry.evidenceFit.problems {
        notes.append("`\(entry.id)`: " + W.problem(problem, language))
      }
      for remark in entry.openRemarks {
        let state =
          remark.overdue ? W.pick(language, en: "overdue", da: "forsinket") : W.pick(language, en: "open", da: "åben")
        notes.append(
          "`\(entry.id)` " + Escape.markdown(remark.remark.id) + " (\(state), "
            + (remark.remark.due?.description ?? "–") + "): " + Escape.markdown(remark.remark.text))
      }
    }
    if !notes.isEmpty {
      out += "\n## " + W.pick(language, en: "To follow up", da: "Til opfølgning") + "\n\n"
      out += notes.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }
    let summary = plan.summary
    out +=
      "\n" + W.pick(language, en: "Overdue", da: "Forsinkede") + ": \(summary.overdue) · "
      + W.pick(language, en: "due soon", da: "snart") + ": \(summary.dueSoon) · "
      + W.pick(language, en: "never supervised", da: "uden tilsyn") + ": \(summary.neverSupervised) · "
      + W.pick(language, en: "concept not allowed", da: "koncept ikke tilladt") + ": \(summary.conceptNotAllowed) · "
      + W.pick(language, en: "remarks overdue", da: "forsinkede bemærkninger") + ": \(summary.remarksOverdue)\n"
    return out
  }
}
