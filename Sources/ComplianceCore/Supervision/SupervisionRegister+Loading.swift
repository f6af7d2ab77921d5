public import YAMLSupport

extension SupervisionRegister {
  /// Reads a register.
  ///
  /// A problem in the file as a whole (YAML, `format`, `controller`, `model`, `profile`, the
  /// `processors` list) is thrown. A problem inside one processor's entry (an unknown key, a wrong
  /// type, an id used twice) is kept as that processor's `problem`, so that a plan can still be
  /// written with the processor marked invalid.
  ///
  /// - Throws: a diagnostic with file, line and column.
  public static func load(_ source: SourceFile) throws(Diagnostic) -> SupervisionRegister {
    let root = try YAMLDocument.parseMapping(source)
    try FileFormat.check(root, expected: format, kind: .register, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.register, .definite))
    reader.allow("format")
    guard let controllerNode = try reader.node("controller", required: true) else {
      throw Diagnostic(.schemaMissingKey, .file(.register, .definite), .text("controller"), at: root.range.start)
    }
    var controllerReader = try ObjectReader(controllerNode, source: source, what: .text("controller"))
    let controller = Controller(
      name: try controllerReader.requiredString("name"), cvr: try controllerReader.string("cvr"))
    try controllerReader.finish()
    let model = try reader.scalar("model")
    let profile = try reader.string("profile")
    let items = try reader.sequence("processors", required: true) ?? []
    try reader.finish()
    var processors: [Processor] = []
    var firstUse: [String: SourceLocation] = [:]
    for (index, node) in items.enumerated() {
      var processor = Processor(
        id: node.mappingValue("id") ?? "processor-\(index + 1)", answers: [], supervisions: [],
        location: node.location)
      do throws(Diagnostic) {
        processor = try readProcessor(node, source: source, fallbackID: processor.id)
        if let first = firstUse[processor.id] {
          throw Diagnostic(
            .registerDuplicateProcessor, .text(processor.id), at: processor.location, in: source,
            notes: [Diagnostic.Note(.noteFirstProcessor, at: first)])
        }
        firstUse[processor.id] = processor.location
      } catch {
        processor.problem = error
      }
      processors.append(processor)
    }
    return SupervisionRegister(
      file: source.name, controller: controller, model: model?.text ?? SupervisionModel.defaultID,
      modelLocation: model?.location ?? root.range.start, profile: profile, processors: processors)
  }

  private static func readProcessor(_ node: Node, source: SourceFile, fallbackID: String) throws(Diagnostic)
    -> Processor
  {
    var reader = try ObjectReader(node, source: source, what: .text("processors"))
    let idScalar = try reader.scalar("id", required: true)
    let id = idScalar?.text ?? fallbackID
    if let idScalar, !isValidID(id) {
      throw reader.error(.registerProcessorID, .text(id.truncatedForMessage), at: idScalar.location)
    }
    var processor = Processor(id: id, answers: [], supervisions: [], location: node.location)
    processor.name = try reader.string("name")
    processor.service = try reader.string("service")
    processor.declaration = try reader.string("declaration")
    processor.profile = try reader.string("profile")
    if let dpa = try reader.node("dpa") {
      var dpaReader = try ObjectReader(dpa, source: source, what: .text("dpa"))
      processor.dpaTemplate = try dpaReader.string("template")
      processor.dpaSignedOn = try dpaReader.day("signed_on")
      try dpaReader.finish()
    }
    if let risk = try reader.node("risk") {
      guard case .mapping(let mapping) = risk else {
        throw reader.error(.schemaNotMapping, .text("risk"), .node(risk.summary), at: risk.location)
      }
      for entry in mapping.entries {
        if entry.key.text == "override" {
          var override = try ObjectReader(entry.value, source: source, what: .text("override"))
          let points = try override.scalar("points", required: true)
          processor.overrideLocation = points?.location
          guard let points, case .int(let value) = points.value else {
            throw reader.error(
              .schemaNotWholeNumber, .text("points"), .text(points?.text ?? ""), at: entry.value.location)
          }
          processor.override = RiskOverride(
            points: value, reason: try override.requiredString("reason"),
            approvedBy: try override.requiredString("approved_by"))
          try override.finish()
          continue
        }
        guard case .scalar(let scalar) = entry.value, !scalar.isNull else {
          throw reader.error(
            .schemaNotScalar, .text(entry.key.text), .node(entry.value.summary), at: entry.value.location)
        }
        processor.answers.append(
          RiskAnswer(
            question: entry.key.text, value: scalar.text, keyLocation: entry.key.location, location: scalar.location))
      }
    }
    if let concept = try reader.scalar("concept") {
      guard case .int(let value) = concept.value else {
        throw reader.error(.schemaNotWholeNumber, .text("concept"), .text(concept.text), at: concept.location)
      }
      processor.concept = value
      processor.conceptLocation = concept.location
    }
    var remarkIDs: Set<String> = []
    for item in try reader.sequence("supervisions") ?? [] {
      let supervision = try readSupervision(item, source: source)
      for remark in supervision.remarks where !remarkIDs.insert(remark.id).inserted {
        throw reader.error(.registerDuplicateRemark, .text(remark.id), at: item.location)
      }
      processor.supervisions.append(supervision)
    }
    processor.supervisions.sort { $0.date < $1.date }
    try reader.finish()
    return processor
  }

  private static func readSupervision(_ node: Node, source: SourceFile) throws(Diagnostic) -> Supervision {
    var reader = try ObjectReader(node, source: source, what: .text("supervisions"))
    let date = try reader.day("date", required: true) ?? .earliest
    let conceptScalar = try reader.scalar("concept", required: true)
    guard let conceptScalar, case .int(let concept) = conceptScalar.value else {
      throw reader.error(.schemaNotWholeNumber, .text("concept"), .text(conceptScalar?.text ?? ""), at: node.location)
    }
    let conclusion = try reader.enumValue("conclusion", as: Conclusion.self, required: true) ?? .satisfactory
    var evidence: [Evidence] = []
    for item in try reader.sequence("evidence") ?? [] {
      var entry = try ObjectReader(item, source: source, what: .text("evidence"))
      let kind = try entry.enumValue("kind", as: EvidenceKind.self, required: true) ?? .other
      let file = try entry.requiredString("file")
      let hash = try hashValue(&entry, key: "sha256")
      try entry.finish()
      // A hash that does not match is reported at the hash.
      let location = entry.mapping["sha256"]?.location ?? item.location
      evidence.append(Evidence(kind: kind, file: file, sha256: hash, location: location))
    }
    var remarks: [Remark] = []
    for item in try reader.sequence("remarks") ?? [] {
      var entry = try ObjectReader(item, source: source, what: .text("remarks"))
      remarks.append(
        Remark(
          id: try entry.requiredString("id"), text: try entry.requiredString("text"), owner: try entry.string("owner"),
          due: try entry.day("due"), closedOn: try entry.day("closed_on")))
      try entry.finish()
    }
    let approvedBy = try reader.string("approved_by")
    let record = try reader.string("record")
    let recordHash = try hashValue(&reader, key: "record_sha256")
    try reader.finish()
    return Supervision(
      date: date, concept: concept, conceptLocation: conceptScalar.location, evidence: evidence,
      conclusion: conclusion, remarks: remarks, approvedBy: approvedBy, record: record, recordSHA256: recordHash,
      location: node.location, recordLocation: reader.mapping["record_sha256"]?.location ?? node.location)
  }

  /// A SHA-256 written as 64 hex digits, lowercased.
  private static func hashValue(_ reader: inout ObjectReader, key: String) throws(Diagnostic) -> String? {
    guard let scalar = try reader.scalar(key) else { return nil }
    let text = scalar.text.lowercased()
    guard text.utf8.count == 64, text.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
      throw reader.error(.registerHashFormat, .text(scalar.text.truncatedForMessage), at: scalar.location)
    }
    return text
  }

  /// Whether `id` is lowercase letters, digits and `-`, and not empty.
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.count <= 100
      && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") }
  }
}

extension Node {
  /// The text of a scalar member of a mapping node.
  fileprivate func mappingValue(_ key: String) -> String? {
    guard case .mapping(let mapping) = self else { return nil }
    return mapping[key]?.scalarText
  }
}
