public import ComplianceCore
public import YAMLSupport

/// The plan as one self-contained HTML page (Danish or English), printable to A4.
public enum PlanHTML {
  /// The plan as HTML.
  public static func render(_ plan: SupervisionPlan, language: Language) -> String {
    typealias W = SupervisionWords
    let h = Escape.html
    let title = W.pick(language, en: "Supervision plan", da: "Tilsynsplan") + ": " + plan.controller.name
    var body = "<h1>\(h(title))</h1>\n"
    body +=
      "<p class=\"meta\">" + W.pick(language, en: "As of", da: "Pr.") + " \(plan.asOf) · "
      + h(plan.model.title.text(language)) + " (<code>\(h(plan.model.id))</code>)</p>\n"
    let summary = plan.summary
    body +=
      "<p>" + W.pick(language, en: "Processors", da: "Databehandlere") + ": \(summary.processors) · "
      + W.pick(language, en: "overdue", da: "forsinkede") + ": \(summary.overdue) · "
      + W.pick(language, en: "due soon", da: "snart") + ": \(summary.dueSoon) · "
      + W.pick(language, en: "never supervised", da: "uden tilsyn") + ": \(summary.neverSupervised) · "
      + W.pick(language, en: "concept not allowed", da: "koncept ikke tilladt") + ": \(summary.conceptNotAllowed) · "
      + W.pick(language, en: "remarks overdue", da: "forsinkede bemærkninger") + ": \(summary.remarksOverdue) · "
      + W.pick(language, en: "invalid", da: "ugyldige") + ": \(summary.invalid)</p>\n"
    body += "<h2>" + W.pick(language, en: "Annual calendar", da: "Årshjul") + "</h2>\n"
    let header = [
      W.pick(language, en: "Processor", da: "Databehandler"), W.pick(language, en: "Risk", da: "Risiko"),
      W.pick(language, en: "Concept (allowed)", da: "Koncept (tilladte)"),
      W.pick(language, en: "Last supervision", da: "Seneste tilsyn"), W.pick(language, en: "Next due", da: "Næste"),
      "Status", W.pick(language, en: "Declaration", da: "Erklæring"),
    ]
    let rows = plan.entries.map { entry -> [String] in
      let name =
        h(entry.processor.name ?? entry.id) + "<br><code>\(h(entry.id))</code>"
        + (entry.processor.service.map { "<br>\(h($0))" } ?? "")
      let points = W.pick(language, en: "points", da: "point")
      let risk = entry.risk.map { "\($0.points) \(points) (\($0.band?.label ?? "–"))" } ?? "–"
      let concept = h(W.concept(entry.concept, model: plan.model, language)) + " (\(W.list(entry.allowedConcepts)))"
      let last =
        entry.lastSupervision.map {
          "<span class=\"nowrap\">\($0.date)</span> (" + W.pick(language, en: "concept", da: "koncept")
            + " \($0.concept))"
        } ?? "–"
      let status = "<span class=\"s-\(entry.status.rawValue)\">\(h(W.status(entry.status, language)))</span>"
      let declaration =
        h(W.verdict(entry.declaration.verdict, language))
        + " (\(entry.declaration.gap) gap, \(entry.declaration.unanswered) "
        + W.pick(language, en: "unanswered", da: "ubesvarede") + ")"
      let next = "<span class=\"nowrap\">" + (entry.nextDue?.description ?? "–") + "</span>"
      return [name, risk, concept, last, next, status, declaration]
    }
    body += SupervisionHTML.table(header, rows)
    var items: [String] = []
    for entry in plan.entries {
      let who = "<code>\(h(entry.id))</code>: "
      for diagnostic in entry.diagnostics {
        items.append(
          who + "<span class=\"bad\">" + h("\(diagnostic.location): \(diagnostic.message(language))") + "</span>")
      }
      for problem in entry.evidenceFit.problems {
        items.append(who + W.pick(language, en: "evidence: ", da: "dokumentation: ") + h(W.problem(problem, language)))
      }
      for remark in entry.openRemarks {
        let state =
          remark.overdue
          ? "<span class=\"bad\">" + W.pick(language, en: "overdue", da: "forsinket") + "</span>"
          : W.pick(language, en: "open", da: "åben")
        items.append(
          who + W.pick(language, en: "remark ", da: "bemærkning ") + h(remark.remark.id) + " (\(state), "
            + (remark.remark.due?.description ?? "–") + (remark.remark.owner.map { ", " + h($0) } ?? "") + "): "
            + h(remark.remark.text))
      }
      for supervision in entry.unapproved {
        items.append(
          who
            + W.pick(
              language, en: "supervision by others on \(supervision.date) awaits approval",
              da: "tilsyn foretaget af andre \(supervision.date) afventer godkendelse"))
      }
    }
    if !items.isEmpty {
      body += "<h2>" + W.pick(language, en: "To follow up", da: "Til opfølgning") + "</h2>\n<ul>\n"
      body += items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>\n"
    }
    body += "<h2>" + W.pick(language, en: "Concepts of the model", da: "Modellens koncepter") + "</h2>\n"
    body += SupervisionHTML.table(
      [
        "#", W.pick(language, en: "Concept", da: "Koncept"), W.pick(language, en: "Evidence", da: "Dokumentation"),
        W.pick(language, en: "Repeated every", da: "Gentages hver"),
      ],
      plan.model.concepts.map { concept in
        [
          String(concept.number), h(concept.name.text(language)), h(concept.evidence.text(language)),
          concept.cadenceMonths.map { "\($0) " + W.pick(language, en: "months", da: "måneder") } ?? "–",
        ]
      })
    return SupervisionHTML.page(title: title, language: language, body: body)
  }
}
