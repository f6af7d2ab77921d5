import ComplianceCore

/// A check written back in the YAML form of the rule language (`docs/rule-language.md`), for
/// `dpacheck explain`.
enum CheckText {
  /// The check as a YAML tree; short leaves come out in flow style: `{field: a.b, equals: true}`.
  static func tree(_ check: Check) -> YAMLTree {
    switch check {
    case .all(let checks): return mapping([("all", .sequence(checks.map(tree)))])
    case .any(let checks): return mapping([("any", .sequence(checks.map(tree)))])
    case .not(let inner): return mapping([("not", tree(inner))])
    case .implies(let when, let then): return mapping([("when", tree(when)), ("then", tree(then))])
    case .quantifier(let quantifier):
      var entries: [(String, YAMLTree)] = [(quantifier.isUniversal ? "each" : "some", plain(path(quantifier.list)))]
      if let key = quantifier.recursiveKey { entries.append(("recursive", plain(key))) }
      if let name = quantifier.name { entries.append(("as", plain(name))) }
      if let filter = quantifier.filter { entries.append(("where", tree(filter))) }
      entries.append(("check", tree(quantifier.body)))
      return mapping(entries)
    case .leaf(let leaf):
      return mapping([("field", plain(path(leaf.subject))), operation(leaf)])
    }
  }

  /// A path as written in a check: `a.b`, `.` for the item itself, `$.a` from the root, `site.a`.
  static func path(_ subject: Subject) -> String {
    switch subject.base {
    case .current: return subject.keys.isEmpty ? "." : subject.keys.joined(separator: ".")
    case .root: return (["$"] + subject.keys).joined(separator: ".")
    case .bound(let name): return ([name] + subject.keys).joined(separator: ".")
    }
  }

  /// The leaf's operator and its operand as written, by the operand's kind.
  private static func operation(_ leaf: Leaf) -> (String, YAMLTree) {
    let operand: YAMLTree
    switch leaf.operation.argument {
    case .none: operand = plain("true")
    case .value(let value): operand = literal(value)
    case .values(let values): operand = .sequence(values.map(literal))
    case .countrySet(let name): operand = plain(name)
    case .bound(let bound): operand = self.operand(bound)
    case .path(let subject): operand = plain(path(subject))
    case .dateOffset(let subject, .literal(0)): operand = plain(path(subject))
    case .dateOffset(let subject, let days):
      operand = mapping([("field", plain(path(subject))), ("plus_days", self.operand(days))])
    }
    return (leaf.operation.operator.name, operand)
  }

  private static func literal(_ literal: Literal) -> YAMLTree {
    switch literal {
    case .bool(let value): return plain(String(value))
    case .number(let value): return plain(ParameterValue.number(value).description)
    case .string(let text): return .scalar(text, quoted: YAMLTree.looksTyped(text))
    }
  }

  private static func operand(_ operand: Operand) -> YAMLTree {
    switch operand {
    case .literal(let value): return plain(ParameterValue.number(value).description)
    case .parameter(let name): return mapping([("param", plain(name))])
    case .field(let subject): return mapping([("field", plain(path(subject)))])
    }
  }

  private static func plain(_ text: String) -> YAMLTree { .scalar(text, quoted: false) }

  private static func mapping(_ entries: [(String, YAMLTree)]) -> YAMLTree {
    .mapping(entries.map { YAMLTree.Entry(key: $0.0, value: $0.1) })
  }
}
