import YAMLSupport

/// A small YAML tree for writing: the declaration fragments, examples and checks that the authoring
/// tools print.
///
/// Scalars are written plain when that reads back as the same text, and double-quoted otherwise, so
/// every line written parses again under the YAML 1.2 core schema with the meaning intended.
enum YAMLTree: Sendable {
  /// One key and its value.
  struct Entry: Sendable {
    var key: String
    var value: YAMLTree
  }

  /// A scalar's text; `quoted` forces double quotes (a string that looks like a number or boolean).
  case scalar(String, quoted: Bool)
  case sequence([YAMLTree])
  case mapping([Entry])

  /// The plain scalar `null`.
  static let null = YAMLTree.scalar("null", quoted: false)

  /// Collections whose flow form is at most this long are written on one line.
  static let maxFlowLength = 72

  /// The tree as block YAML lines, indented by `indent` spaces.
  ///
  /// A scalar gives one line; an empty or short collection of scalars is written in flow style.
  func blockLines(indent: Int = 0) -> [String] {
    let pad = String(repeating: " ", count: indent)
    switch self {
    case .scalar:
      return [pad + flow()]
    case .sequence(let items):
      if let inline = inlineForm() { return [pad + inline] }
      return items.flatMap { item -> [String] in
        if let inline = item.inlineForm() { return [pad + "- " + inline] }
        let lines = item.blockLines(indent: indent + 2)
        guard let first = lines.first else { return [] }
        return [pad + "- " + first.dropFirst(indent + 2)] + lines.dropFirst()
      }
    case .mapping(let entries):
      if entries.isEmpty { return [pad + "{}"] }
      return entries.flatMap { entry -> [String] in
        let key = Self.plain(entry.key, inFlow: false)
        if let inline = entry.value.inlineForm() { return [pad + key + ": " + inline] }
        return [pad + key + ":"] + entry.value.blockLines(indent: indent + 2)
      }
    }
  }

  /// The one-line form of a scalar or a short collection, or nil when it needs block lines.
  func inlineForm() -> String? {
    switch self {
    case .scalar: return flow()
    case .sequence(let items) where items.isEmpty: return "[]"
    case .mapping(let entries) where entries.isEmpty: return "{}"
    default:
      let text = flow()
      return text.count <= Self.maxFlowLength && !containsMappingInSequence ? text : nil
    }
  }

  /// The tree in flow style on one line: `[a, b]`, `{key: value}`.
  func flow() -> String {
    switch self {
    case .scalar(let text, let quoted):
      return quoted ? Escape.doubleQuoted(text) : Self.plain(text, inFlow: false)
    case .sequence(let items):
      return "[" + items.map { $0.flowItem() }.joined(separator: ", ") + "]"
    case .mapping(let entries):
      return "{" + entries.map { Self.plain($0.key, inFlow: true) + ": " + $0.value.flowItem() }.joined(separator: ", ")
        + "}"
    }
  }

  private func flowItem() -> String {
    if case .scalar(let text, let quoted) = self {
      return quoted ? Escape.doubleQuoted(text) : Self.plain(text, inFlow: true)
    }
    return flow()
  }

  /// Lists of mappings read better as block lists.
  private var containsMappingInSequence: Bool {
    switch self {
    case .scalar: return false
    case .sequence(let items):
      return items.contains { item in
        if case .mapping(let entries) = item, !entries.isEmpty { return true }
        return item.containsMappingInSequence
      }
    case .mapping(let entries): return entries.contains { $0.value.containsMappingInSequence }
    }
  }

  /// `text` as a plain scalar if that is safe in the context, else double-quoted.
  static func plain(_ text: String, inFlow: Bool) -> String {
    needsQuotes(text, inFlow: inFlow) ? Escape.doubleQuoted(text) : text
  }

  /// Whether a plain scalar would not read back as `text`: indicators, comments, line breaks,
  /// leading or trailing spaces, and (in flow collections) the flow indicators.
  static func needsQuotes(_ text: String, inFlow: Bool) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
    if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) { return true }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
      // `-`, `?` and `:` start a plain scalar only when followed by a non-space.
      let second = text.unicodeScalars.dropFirst().first
      guard "-?:".unicodeScalars.contains(first), let second, second != " ",
        !(inFlow && ",[]{}".unicodeScalars.contains(second))
      else {
        return true
      }
    }
    if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
    if text.unicodeScalars.contains(where: Escape.needsEscapeInQuotes) { return true }
    if inFlow && text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return true }
    return false
  }

  /// Whether a string must be quoted to stay a string: it would read as null, a boolean or a number
  /// under the YAML 1.2 core schema. `NO` and `yes` stay plain: they are strings, as dpacheck and
  /// YAML 1.2 tools (yaml-language-server, check-jsonschema) read them.
  static func looksTyped(_ text: String) -> Bool {
    if case .string = CoreSchema.resolvePlain(text) { return false }
    return true
  }

}
