import YAMLSupport

extension DiffBuilder {
  /// Adds a change for each country the newer declaration names that the older one did not, and
  /// for each it no longer names, wherever it appears: the vendor's locations, key and backup
  /// countries, transfers, and every sub-processor of the chain.
  mutating func compareCountries() {
    let before = Self.countries(in: old, questionnaire: questionnaire)
    let after = Self.countries(in: new, questionnaire: questionnaire)
    for (code, place) in after.sorted(by: { $0.key < $1.key }) where before[code] == nil {
      changes.append(
        DeclarationChange(
          kind: .countryAdded, path: place.path, old: nil, new: .string(code), reason: .kind,
          location: place.location, label: code))
    }
    for (code, place) in before.sorted(by: { $0.key < $1.key }) where after[code] == nil {
      changes.append(
        DeclarationChange(
          kind: .countryRemoved, path: place.path, old: .string(code), new: nil, reason: nil, location: place.location,
          isInOld: true, label: code))
    }
  }

  /// Every country a declaration names, with the first place it is named (in the file's order).
  static func countries(in declaration: Declaration, questionnaire: Questionnaire)
    -> [String: (path: String, location: SourceLocation)]
  {
    var found: [String: (path: String, location: SourceLocation, position: (Int, Int))] = [:]
    func note(_ code: String, _ path: String, _ value: Located) {
      let position = value.keyPosition
      if let known = found[code], known.position <= position { return }
      found[code] = (path, value.location(in: declaration.file), position)
    }
    func visit(_ value: Located, path: String, schema: String) {
      switch value.value {
      case .object(let members):
        for member in members {
          let childPath = path.isEmpty ? member.key : "\(path).\(member.key)"
          let childSchema = schema.isEmpty ? member.key : "\(schema).\(member.key)"
          visit(member.value, path: childPath, schema: childSchema)
        }
      case .list(let items):
        let itemSchema = questionnaire.outermost(schema + "[]")
        for (index, item) in items.enumerated() {
          visit(item, path: "\(path)[\(index)]", schema: itemSchema)
        }
      case .string(let code):
        let field = questionnaire.field(schema) ?? questionnaire.field(String(schema.dropLast(2)))
        let isCountry =
          field.map { schema.hasSuffix("[]") ? $0.itemType == .country : $0.type == .country } ?? false
        if isCountry { note(code, path, value) }
      default: break
      }
    }
    visit(declaration.root, path: "", schema: "")
    return found.mapValues { ($0.path, $0.location) }
  }

  /// Adds a change for each requirement whose finding's status changed.
  mutating func compareFindings(_ before: [Finding], _ after: [Finding]) {
    var oldByRule: [String: Finding] = [:]
    for finding in before { oldByRule[finding.rule] = finding }
    for finding in after {
      guard let previous = oldByRule[finding.rule], previous.status != finding.status else { continue }
      changes.append(
        DeclarationChange(
          kind: .findingChanged, path: finding.path, old: .string(previous.status.rawValue),
          new: .string(finding.status.rawValue),
          reason: Self.isWorse(previous.status, finding.status) ? .worseFinding : nil, location: finding.location,
          rule: finding.rule, title: LocalizedText(da: finding.title(.da), en: finding.title(.en))))
    }
  }

  /// Whether a finding got worse: from met or not applicable to a gap or unanswered, or from
  /// unanswered to a gap.
  static func isWorse(_ before: Status, _ after: Status) -> Bool {
    func rank(_ status: Status) -> Int {
      switch status {
      case .met, .notApplicable, .waived: 0
      case .unanswered: 1
      case .gap: 2
      }
    }
    return rank(after) > rank(before)
  }
}
