public import YAMLSupport

/// A processing's risk under a supervision model: each question's answer and where it came from,
/// the total points, an approved override, and the band.
public struct RiskAssessment: Sendable {
  /// Where an answer came from.
  public enum Source: String, Sendable, Codable {
    /// Read from the declaration.
    case declaration
    /// Written in the register; the declaration does not say.
    case register
    /// Written in the register where the declaration says otherwise or the same.
    case override
    /// Neither says: the heaviest answer is assumed until the question is answered.
    case assumed
  }

  /// One question's answer.
  public struct Answer: Sendable {
    /// The question's id.
    public var question: String
    /// The answer's value.
    public var answer: String
    /// Its points.
    public var points: Int
    /// Where it came from.
    public var source: Source
    /// What the declaration says, as read (`processing.special_categories: [health]`), if anything.
    public var declared: String?
  }

  /// The answers, in the model's order.
  public var answers: [Answer]
  /// The sum of the answers' points.
  public var computedPoints: Int
  /// The register's override, if any.
  public var override: SupervisionRegister.RiskOverride?
  /// The points that count: the override's, else the computed sum.
  public var points: Int { override?.points ?? computedPoints }
  /// The band of `points`.
  public var band: SupervisionModel.Band?

  /// Scores a processing.
  ///
  /// - Parameters:
  ///   - declaration: the processor's declaration, when valid.
  ///   - answers: the register's answers (already checked against the model).
  public static func assess(
    model: SupervisionModel, declaration: Declaration?, answers: [SupervisionRegister.RiskAnswer],
    override: SupervisionRegister.RiskOverride?, countries: Countries, asOf: Day
  ) -> RiskAssessment {
    var result: [Answer] = []
    for question in model.questions {
      let derived = declaration.flatMap { derive(question, from: $0, countries: countries, asOf: asOf) }
      let derivedAnswer = derived.flatMap { question.answer($0.value) }
      if let written = answers.first(where: { $0.question == question.id }), let answer = question.answer(written.value)
      {
        result.append(
          Answer(
            question: question.id, answer: answer.value, points: answer.points,
            source: derivedAnswer == nil ? .register : .override, declared: derived?.declared))
      } else if let derived, let answer = derivedAnswer {
        result.append(
          Answer(
            question: question.id, answer: answer.value, points: answer.points, source: .declaration,
            declared: derived.declared))
      } else if let heaviest = question.heaviest {
        result.append(
          Answer(
            question: question.id, answer: heaviest.value, points: heaviest.points, source: .assumed,
            declared: derived?.declared))
      }
    }
    let total = result.reduce(0) { $0 + $1.points }
    let points = override?.points ?? total
    return RiskAssessment(answers: result, computedPoints: total, override: override, band: model.band(for: points))
  }

  /// The answer a declaration gives to a question, and what it says, when it gives one.
  static func derive(
    _ question: SupervisionModel.Question, from declaration: Declaration, countries: Countries, asOf: Day
  ) -> (value: String, declared: String)? {
    switch question.derivation {
    case .register:
      return nil
    case .count:
      guard let field = question.field, let located = declaration.value(at: field),
        case .int(let count) = located.value
      else { return nil }
      let answer = question.answers.first { ($0.atMost ?? Int.max) >= count }
      return answer.map { ($0.value, "\(field): \(count)") }
    case .anyListed:
      guard let field = question.field, let located = declaration.value(at: field),
        case .list(let items) = located.value
      else { return nil }
      return (items.isEmpty ? "no" : "yes", "\(field): \(located.value.display)")
    case .sensitivity:
      return sensitivity(of: declaration)
    case .outsideEEA:
      return outsideEEA(declaration, countries: countries, asOf: asOf)
    }
  }

  private static func sensitivity(of declaration: Declaration) -> (value: String, declared: String)? {
    let special = declaration.value(at: "processing.special_categories")
    if case .list(let items)? = special?.value, !items.isEmpty {
      return ("special_categories", "processing.special_categories: \(special?.value.display ?? "")")
    }
    let flags = ["processing.cpr_numbers", "processing.criminal_offences", "processing.children"]
    let set = flags.filter { declaration.value(at: $0)?.value == .bool(true) }
    if !set.isEmpty {
      return ("protected", set.map { "\($0): true" }.joined(separator: ", "))
    }
    let allFalse = flags.allSatisfy { declaration.value(at: $0)?.value == .bool(false) }
    if case .list? = special?.value, allFalse {
      return ("none", "processing.special_categories: [], " + flags.map { "\($0): false" }.joined(separator: ", "))
    }
    return nil
  }

  private static func outsideEEA(_ declaration: Declaration, countries: Countries, asOf: Day)
    -> (value: String, declared: String)?
  {
    var codes: [String] = []
    if case .list(let sites)? = declaration.value(at: "processing.locations")?.value {
      for site in sites {
        if case .object(let members) = site.value, case .string(let code)? = members["country"]?.value {
          codes.append(code)
        }
      }
    }
    if case .list(let processors)? = declaration.value(at: "subprocessors.list")?.value {
      for processor in processors {
        guard case .object(let members) = processor.value, case .list(let list)? = members["countries"]?.value
        else { continue }
        for item in list { if case .string(let code) = item.value { codes.append(code) } }
      }
    }
    guard !codes.isEmpty else { return nil }
    let all = Array(Set(codes)).sorted()
    let declared = "processing.locations[].country, subprocessors.list[].countries: [\(all.joined(separator: ", "))]"
    let outside = all.contains { !countries.contains($0, inSet: "eea", on: asOf) }
    return (outside ? "yes" : "no", declared)
  }
}
