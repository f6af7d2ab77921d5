public import ComplianceCore
public import YAMLSupport

/// Writes a declaration to fill in: every field of the questionnaire, grouped by section, each
/// preceded by its question and help as comments.
///
/// The blank template answers nothing: every scalar and list is `null` (unanswered — an empty list
/// `[]` would answer "none" and could meet a requirement vacuously), objects are written out key by
/// key, and each list of objects is followed by a commented example entry. It loads as a declaration as it is, and a
/// vendor fills it in without changing its structure. With `filledWithExamples`, every field holds
/// the questionnaire's example answer instead (and each list of objects one example entry): a worked
/// example, and the test that the questionnaire's examples answer every requirement.
public struct TemplateWriter: Sendable {
  /// The schema path written in the `yaml-language-server` modeline by default.
  public static let defaultSchemaPath = "./dpacheck-declaration.schema.json"

  /// The language of the questions and help.
  public var language: Language
  /// Whether to fill in the questionnaire's example answers.
  public var filledWithExamples: Bool
  /// The schema the first line points editors at.
  public var schemaPath: String
  /// The line length comments are wrapped to.
  public var columns: Int = Wrap.columns

  /// Creates a writer.
  public init(language: Language = .en, filledWithExamples: Bool = false, schemaPath: String = defaultSchemaPath) {
    self.language = language
    self.filledWithExamples = filledWithExamples
    self.schemaPath = schemaPath
  }

  /// The template for the questionnaire of `ruleSet`'s catalog (the union of every pack's fields).
  public func render(_ ruleSet: RuleSet) -> String {
    let catalog = ruleSet.catalog
    let questionnaire = catalog.questionnaire
    var lines = ["# yaml-language-server: $schema=\(schemaPath)"]
    lines += header(profile: ruleSet.profileID)
    lines.append("format: \(DeclarationLoader.format)")
    let topKeys = questionnaire.keys(under: "")
    let sections = questionnaire.sections.filter { topKeys.contains($0.key) }
    for section in sections {
      lines +=
        [""] + sectionHeader(section.title.text(language), ClauseName.describe(section.clause, in: catalog, language))
        + [""]
      lines += field(section.key, in: questionnaire, indent: 0)
    }
    let rest = topKeys.filter { key in !sections.contains { $0.key == key } }
    if !rest.isEmpty {
      lines += [""] + sectionHeader(AuthoringPhrase.otherQuestions.text(language), nil)
      for key in rest { lines += [""] + field(key, in: questionnaire, indent: 0) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func header(profile: String) -> [String] {
    let schemaFile = String(schemaPath.split(separator: "/").last ?? Substring(schemaPath))
    let command = "dpacheck schema" + (language == .da ? " --lang da" : "") + " > \(schemaFile)"
    let paragraphs = [
      AuthoringPhrase.templateTitle.format(language, profile),
      filledWithExamples ? AuthoringPhrase.templateFilled.text(language) : AuthoringPhrase.templateHowTo.text(language),
      AuthoringPhrase.templateSchema.format(language, command),
      AuthoringPhrase.templateCheck.text(language),
    ]
    return paragraphs.enumerated().flatMap { index, text in
      (index == 0 ? [] : ["#"]) + Wrap.comment(text, indent: 0, columns: columns)
    }
  }

  /// A rule line naming the section and the clause it serves; the clause goes on a line of its
  /// own when both do not fit.
  private func sectionHeader(_ title: String, _ clause: String?) -> [String] {
    let rule = { (text: String) in
      let head = "# ── \(text) "
      return head + String(repeating: "─", count: max(3, columns - head.count))
    }
    guard let clause else { return [rule(title)] }
    let combined = "\(title) · \(clause)"
    if combined.count + 8 <= columns { return [rule(combined)] }
    return [rule(title)] + Wrap.comment(clause, indent: 0, columns: columns)
  }

  /// The lines of one field at `path`: its comments, then its key and value (or nested keys).
  private func field(_ path: String, in questionnaire: Questionnaire, indent: Int) -> [String] {
    guard let spec = questionnaire.field(path) else { return [] }
    let pad = String(repeating: " ", count: indent)
    let key = YAMLTree.plain(spec.key, inFlow: false)
    var lines = comments(spec, indent: indent)
    switch spec.type {
    case .object:
      let children = questionnaire.keys(under: path)
      guard !children.isEmpty else { return lines + [pad + key + ": null"] }
      lines.append(pad + key + ":")
      for (index, child) in children.enumerated() {
        if index > 0 { lines.append("") }
        lines += field(path + "." + child, in: questionnaire, indent: indent + 2)
      }
    case .list where spec.itemType == .object && !spec.isRecursive:
      let entry = self.entry(path, in: questionnaire, indent: indent + 2)
      if filledWithExamples {
        lines.append(pad + key + ":")
        lines += entry
      } else {
        lines.append(pad + key + ": null")
        lines += Wrap.comment(AuthoringPhrase.exampleEntry.text(language), indent: indent, columns: columns)
        lines += entry.map { pad + "# " + $0.dropFirst(indent) }
      }
    default:
      lines.append(
        pad + key + ": " + (filledWithExamples ? spec.example(language).map { YAMLTree($0).flow() } ?? "null" : "null"))
    }
    return lines
  }

  /// One example entry of the list of objects at `path`, as block lines with `- ` at `indent`:
  /// each field with its question, help and example answer.
  private func entry(_ path: String, in questionnaire: Questionnaire, indent: Int) -> [String] {
    let itemPath = path + "[]"
    var writer = TemplateWriter(language: language, filledWithExamples: true, schemaPath: schemaPath)
    // A commented-out entry is two characters wider.
    writer.columns = filledWithExamples ? columns : columns - 2
    var lines: [String] = []
    for child in questionnaire.keys(under: itemPath) {
      lines += writer.field(itemPath + "." + child, in: questionnaire, indent: indent + 2).filter { !$0.isEmpty }
    }
    let pad = String(repeating: " ", count: indent)
    guard let first = lines.firstIndex(where: { !$0.hasPrefix(pad + "  #") }) else { return [pad + "- {}"] }
    // The first field's comments go before the dash, which goes on its key line.
    for index in 0..<first { lines[index] = pad + lines[index].dropFirst(indent + 2) }
    lines[first] = pad + "- " + lines[first].dropFirst(indent + 2)
    return lines
  }

  /// The question, the help, and a line with the kind of answer expected and an example.
  private func comments(_ spec: FieldSpec, indent: Int) -> [String] {
    var lines = Wrap.comment(spec.question.text(language), indent: indent, columns: columns)
    if let help = spec.help?.text(language), !help.isEmpty {
      lines += Wrap.comment(help, indent: indent, columns: columns)
    }
    var answer: [String] = []
    if let hint = FieldHint.describe(spec, language, filled: filledWithExamples) {
      answer.append(AuthoringPhrase.answerHint.format(language, hint))
    }
    if !filledWithExamples, spec.type != .object, let example = spec.example(language) {
      answer.append(AuthoringPhrase.exampleHint.format(language, YAMLTree(example).flow()))
    }
    if !answer.isEmpty {
      lines += Wrap.comment(answer.joined(separator: " "), indent: indent, columns: columns)
    }
    return lines
  }
}
