public import ComplianceCore
public import YAMLSupport

/// The record (*tilsynsnotat*) as Markdown or as one printable HTML page, in Danish or English.
///
/// Both are built from the same sections: a heading and a list of label–value rows, or a table.
public enum RecordDocument {
  enum Block {
    case rows([(String, String)])
    case table([String], [[String]])
    case paragraph(String)
  }

  /// The record as Markdown.
  public static func markdown(_ record: SupervisionRecord, language: Language) -> String {
    let (title, sections) = self.sections(record, language: language, escape: Escape.markdownCell)
    var out = "# \(Escape.markdown(title))\n"
    for (heading, blocks) in sections {
      if !out.hasSuffix("\n\n") { out += "\n" }
      out += "## \(heading)\n\n"
      for block in blocks {
        switch block {
        case .rows(let rows):
          out += rows.map { "- **\($0.0)**: \($0.1)" }.joined(separator: "\n") + "\n\n"
        case .table(let header, let rows):
          out +=
            "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: header.count) + "\n"
          out += rows.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n\n"
        case .paragraph(let text):
          out += text + "\n\n"
        }
      }
    }
    while out.hasSuffix("\n\n") { out.removeLast() }
    return out
  }

  /// The record as HTML.
  public static func html(_ record: SupervisionRecord, language: Language) -> String {
    let (title, sections) = self.sections(record, language: language, escape: Escape.html)
    var body = "<h1>\(Escape.html(title))</h1>\n"
    for (heading, blocks) in sections {
      body += "<h2>\(heading)</h2>\n"
      for block in blocks {
        switch block {
        case .rows(let rows):
          body +=
            "<table>\n"
            + rows.map { "<tr><th style=\"width:30%\">\($0.0)</th><td>\($0.1)</td></tr>" }
            .joined(separator: "\n") + "\n</table>\n"
        case .table(let header, let rows):
          body += SupervisionHTML.table(header, rows)
        case .paragraph(let text):
          body += "<p>\(text)</p>\n"
        }
      }
    }
    return SupervisionHTML.page(title: title, language: language, body: body)
  }

  static func sections(_ record: SupervisionRecord, language: Language, escape: (String) -> String)
    -> (String, [(String, [Block])])
  {
    typealias W = SupervisionWords
    func t(_ en: String, _ da: String) -> String { W.pick(language, en: en, da: da) }
    let processor = record.processor
    let supervision = record.supervision
    let model = record.model
    let title =
      t("Supervision record", "Tilsynsnotat") + ": " + (processor.name ?? processor.id) + " — \(supervision.date)"
    var sections: [(String, [Block])] = []
    sections.append(
      (
        t("Parties and agreement", "Parter og aftale"),
        [
          .rows([
            (
              t("Controller", "Dataansvarlig"),
              escape(record.controller.name + (record.controller.cvr.map { ", CVR \($0)" } ?? ""))
            ),
            (t("Processor", "Databehandler"), escape((processor.name ?? "–") + " (\(processor.id))")),
            (t("Service", "Ydelse"), escape(processor.service ?? "–")),
            (
              t("Data processing agreement", "Databehandleraftale"),
              escape(
                (processor.dpaTemplate ?? "–") + ", " + t("signed", "underskrevet") + " "
                  + (processor.dpaSignedOn?.description ?? "–"))
            ),
            (t("Register", "Register"), escape(record.register)),
          ])
        ]
      ))
    let risk = record.risk
    var riskRows = risk.answers.map { answer in
      [
        escape(W.question(answer.question, model: model, language)),
        escape(W.answer(answer.answer, question: answer.question, model: model, language)), String(answer.points),
        escape(W.source(answer.source, language) + (answer.declared.map { ": \($0)" } ?? "")),
      ]
    }
    if let override = risk.override {
      riskRows.append([
        t("Override", "Tilsidesættelse"), escape(override.reason), String(override.points),
        escape(t("approved by ", "godkendt af ") + override.approvedBy),
      ])
    }
    sections.append(
      (
        t("Risk assessment", "Risikovurdering"),
        [
          .table(
            [t("Question", "Spørgsmål"), t("Answer", "Svar"), t("Points", "Point"), t("Source", "Kilde")], riskRows),
          .rows([
            (t("Points", "Point"), "\(risk.points) (" + t("band", "interval") + " \(risk.band?.label ?? "–"))"),
            (t("Allowed concepts", "Tilladte koncepter"), W.list(risk.band?.concepts ?? [])),
            (t("Model", "Model"), escape(model.title.text(language)) + " (\(escape(model.id)))"),
          ]),
        ]
      ))
    let concept = model.concept(supervision.concept)
    sections.append(
      (
        t("Supervision concept", "Tilsynskoncept"),
        [
          .rows([
            (t("Concept used", "Anvendt koncept"), escape(W.concept(supervision.concept, model: model, language))),
            (t("Consists of", "Består af"), escape(concept.map { $0.consistsOf.text(language) } ?? "–")),
            (t("Evidence it yields", "Dokumentation"), escape(concept.map { $0.evidence.text(language) } ?? "–")),
            (
              t("Evidence fits the concept", "Dokumentationen passer til konceptet"),
              record.evidenceFit.ok
                ? t("yes", "ja")
                : escape(record.evidenceFit.problems.map { W.problem($0, language) }.joined(separator: "; "))
            ),
          ])
        ]
      ))
    var files = record.evidence
    if let external = record.externalRecord { files.append(external) }
    sections.append(
      (
        t("Evidence reviewed", "Gennemgået dokumentation"),
        files.isEmpty
          ? [.paragraph(t("No evidence files are recorded.", "Der er ikke registreret dokumentationsfiler."))]
          : [
            .table(
              [t("Kind", "Art"), t("File", "Fil"), "SHA-256", t("Check", "Kontrol")],
              files.map {
                [
                  escape($0.kind), escape($0.file), escape($0.recorded ?? $0.actual ?? "–"),
                  escape(W.verification($0.verification, language)),
                ]
              })
          ]
      ))
    var declarationBlocks: [Block] = [
      .rows([
        (t("Declaration", "Erklæring"), escape(record.declaration.file ?? "–")),
        (t("Profile", "Profil"), escape(record.declaration.profile ?? "–")),
        (t("As of", "Pr."), record.asOf.description),
        (
          t("Verdict", "Resultat"),
          escape(W.verdict(record.declaration.verdict, language)) + " (\(record.declaration.gap) gap, "
            + "\(record.declaration.unanswered) " + t("unanswered", "ubesvarede") + ")"
        ),
      ])
    ]
    let open =
      record.report?.findings.filter { $0.status == .gap || $0.status == .unanswered || $0.status == .waived } ?? []
    if !open.isEmpty {
      declarationBlocks.append(
        .table(
          [t("Requirement", "Krav"), t("Status", "Status"), t("Severity", "Alvor"), t("Finding", "Fund")],
          open.map {
            [
              escape($0.rule), escape($0.status.rawValue), escape($0.severity.rawValue),
              escape($0.title(language) + ": " + $0.message(language)),
            ]
          }))
    }
    sections.append((t("Gap report of the declaration", "Erklæringens mangler"), declarationBlocks))
    var conclusionRows: [(String, String)] = [
      (t("Conclusion", "Konklusion"), escape(W.conclusion(supervision.conclusion, language)))
    ]
    conclusionRows.append(
      (t("Approved by", "Godkendt af"), escape(supervision.approvedBy ?? t("not approved", "ikke godkendt"))))
    if supervision.record != nil {
      conclusionRows.append(
        (
          t("Supervision made by others", "Tilsyn foretaget af andre"),
          supervision.counts
            ? t(
              "approved by the controller: counts as its supervision",
              "godkendt af den dataansvarlige: tæller som dens tilsyn")
            : t("not yet approved: does not count", "endnu ikke godkendt: tæller ikke")
        ))
    }
    var conclusion: [Block] = [.rows(conclusionRows)]
    if !supervision.remarks.isEmpty {
      conclusion.append(
        .table(
          [
            "ID", t("Remark", "Bemærkning"), t("Owner", "Ansvarlig"), t("Due", "Frist"), t("Closed", "Lukket"),
            t("State", "Tilstand"),
          ],
          supervision.remarks.map {
            [
              escape($0.id), escape($0.text), escape($0.owner ?? "–"), $0.due?.description ?? "–",
              $0.closedOn?.description ?? "–", RecordJSON.state($0, asOf: record.asOf),
            ]
          }))
    }
    sections.append((t("Conclusion and follow-up", "Konklusion og opfølgning"), conclusion))
    return (title, sections)
  }
}
