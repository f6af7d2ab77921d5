public import YAMLSupport

extension SupervisionModel {
  /// Reads a model file.
  ///
  /// A model with `extends` starts from that model: `bands` given replace the base's; a question
  /// listed with answers changes the points (and bounds) of those answers; a concept listed by
  /// number changes the fields given. `changes` are appended to the base's.
  ///
  /// - Parameter base: loads the model an `extends` names (an id or a file), given the name and
  ///   where it is written.
  /// - Throws: a diagnostic with file, line and column for unknown keys, wrong types, bands that do
  ///   not cover the scale exactly once and bands that name unknown concepts.
  public static func load(
    _ source: SourceFile, base: (String, SourceLocation) throws(Diagnostic) -> SupervisionModel
  ) throws(Diagnostic) -> SupervisionModel {
    let root = try YAMLDocument.parseMapping(source)
    try FileFormat.check(root, expected: format, kind: .supervisionModel, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.supervisionModel, .definite))
    reader.allow("format")
    let last = PathName.lastComponent(of: source.name)
    let stem = String(last.split(separator: ".").first ?? Substring(last))
    var model: SupervisionModel
    if let parent = try reader.scalar("extends") {
      model = try base(parent.text, parent.location)
      model.extends = parent.text
      model.id = try reader.string("id") ?? stem
      model.file = source.name
      model.title = try reader.localized("title", required: false) ?? model.title
    } else {
      model = SupervisionModel(
        id: try reader.string("id") ?? stem, file: source.name, title: try reader.requiredLocalized("title"),
        extends: nil, questions: [], bands: [], concepts: [], reportMaxAgeMonths: 15, sources: [], changes: [])
    }
    let extending = model.extends != nil
    if let value = try reader.int("report_max_age_months", in: NumberRange(lower: 1, upper: 120, isWhole: true)) {
      model.reportMaxAgeMonths = value
    }
    for node in try reader.sequence("sources") ?? [] {
      var item = try ObjectReader(node, source: source, what: .text("sources"))
      model.sources.append(
        Source(
          title: try item.requiredString("title"), url: try item.requiredString("url"),
          date: try item.requiredString("date")))
      item.allow("says")
      try item.finish()
    }
    for node in try reader.sequence("questions", required: !extending) ?? [] {
      try readQuestion(node, into: &model, extending: extending, source: source)
    }
    for node in try reader.sequence("concepts", required: !extending) ?? [] {
      try readConcept(node, into: &model, extending: extending, source: source)
    }
    model.concepts.sort { $0.number < $1.number }
    if let bands = try reader.sequence("bands", required: !extending) {
      model.bands = []
      for node in bands {
        var item = try ObjectReader(node, source: source, what: .text("bands"))
        let from = try item.int("from") ?? 0
        let to = try item.int("to") ?? from
        let concepts = try item.scalars("concepts") ?? []
        var numbers: [Int] = []
        for scalar in concepts {
          guard let number = Int(scalar.text), model.concept(number) != nil else {
            throw item.error(.modelConcept, .text(scalar.text), at: scalar.location)
          }
          numbers.append(number)
        }
        item.allow("note")
        let confirmed = try item.bool("confirmed") ?? false
        try item.finish()
        model.bands.append(Band(from: from, to: to, concepts: numbers.sorted(), confirmed: confirmed))
      }
      model.bands.sort { $0.from < $1.from }
      try checkBands(model, at: root.entry("bands")?.value.location ?? root.range.start, source: source)
    }
    for node in try reader.sequence("changes") ?? [] {
      var item = try ObjectReader(node, source: source, what: .text("changes"))
      let on = try item.day("on", required: true) ?? Day.earliest
      model.changes.append(Change(on: on, by: try item.requiredString("by"), what: try item.requiredString("what")))
      try item.finish()
    }
    try reader.finish()
    return model
  }

  private static func readQuestion(
    _ node: Node, into model: inout SupervisionModel, extending: Bool, source: SourceFile
  ) throws(Diagnostic) {
    var item = try ObjectReader(node, source: source, what: .text("questions"))
    let id = try item.requiredString("id")
    let existing = model.questions.firstIndex { $0.id == id }
    var question =
      existing.map { model.questions[$0] }
      ?? Question(id: id, title: LocalizedText(da: id, en: id), derivation: .register, field: nil, answers: [])
    if let title = try item.localized("title", required: existing == nil) { question.title = title }
    if let derivation = try item.enumValue("from", as: Derivation.self) { question.derivation = derivation }
    if let field = try item.string("field") { question.field = field }
    item.allow("note")
    for answerNode in try item.sequence("answers", required: existing == nil) ?? [] {
      var answer = try ObjectReader(answerNode, source: source, what: .text("answers"))
      let value = try answer.requiredString("value")
      let points = try answer.int("points", in: NumberRange(lower: 0, upper: 100, isWhole: true)) ?? 0
      let atMost = try answer.int("at_most")
      let label = try answer.localized("label", required: false)
      let confirmed = try answer.bool("confirmed") ?? false
      answer.allow("note")
      try answer.finish()
      if let index = question.answers.firstIndex(where: { $0.value == value }) {
        question.answers[index].points = points
        if let atMost { question.answers[index].atMost = atMost }
        if let label { question.answers[index].label = label }
        question.answers[index].confirmed = confirmed
      } else {
        question.answers.append(
          Answer(
            value: value, points: points, atMost: atMost, label: label ?? LocalizedText(da: value, en: value),
            confirmed: confirmed))
      }
    }
    try item.finish()
    if let existing { model.questions[existing] = question } else { model.questions.append(question) }
  }

  private static func readConcept(
    _ node: Node, into model: inout SupervisionModel, extending: Bool, source: SourceFile
  ) throws(Diagnostic) {
    var item = try ObjectReader(node, source: source, what: .text("concepts"))
    let number = try item.int("number", in: NumberRange(lower: 1, upper: 99, isWhole: true)) ?? 0
    let existing = model.concepts.firstIndex { $0.number == number }
    let blank = LocalizedText(da: "", en: "")
    var concept =
      existing.map { model.concepts[$0] }
      ?? Concept(
        number: number, name: blank, consistsOf: blank, evidence: blank, evidenceRule: .none, cadenceMonths: nil,
        confirmed: false)
    let required = existing == nil
    if let name = try item.localized("name", required: required) { concept.name = name }
    if let text = try item.localized("consists_of", required: required) { concept.consistsOf = text }
    if let text = try item.localized("evidence", required: required) { concept.evidence = text }
    if let rule = try item.enumValue("evidence_rule", as: EvidenceRule.self) { concept.evidenceRule = rule }
    if item.mapping.entry("cadence_months") != nil {
      // Written as null: no planned repetition.
      concept.cadenceMonths = try item.int("cadence_months", in: NumberRange(lower: 1, upper: 120, isWhole: true))
    }
    if let confirmed = try item.bool("confirmed") { concept.confirmed = confirmed }
    item.allow("note")
    try item.finish()
    if let existing { model.concepts[existing] = concept } else { model.concepts.append(concept) }
  }

  /// Every total of the scale must fall in exactly one band.
  private static func checkBands(_ model: SupervisionModel, at location: SourceLocation, source: SourceFile)
    throws(Diagnostic)
  {
    let scale = model.scale
    for points in scale {
      let count = model.bands.count { $0.from <= points && points <= $0.to }
      if count != 1 {
        throw Diagnostic(
          .modelBands, .number(points), .number(scale.lowerBound), .number(scale.upperBound), at: location,
          in: source)
      }
    }
  }
}
