import ComplianceCore
import YAMLSupport

extension YAMLTree {
  /// A node as written in a rule file: plain scalars stay plain; quoted, block and `!!str`-tagged
  /// scalars are written quoted, so they stay strings.
  init(_ node: Node) {
    switch node {
    case .scalar(let scalar):
      let quoted = scalar.style != .plain || scalar.tag == .str
      self = .scalar(scalar.text, quoted: quoted)
    case .sequence(let sequence):
      self = .sequence(sequence.items.map(YAMLTree.init))
    case .mapping(let mapping):
      self = .mapping(mapping.entries.map { Entry(key: $0.key.text, value: YAMLTree($0.value)) })
    }
  }

  /// A validated declaration value; the members of an object in the order they were written.
  init(_ value: Value) {
    switch value {
    case .null: self = .null
    case .bool(let flag): self = .scalar(String(flag), quoted: false)
    case .int(let number): self = .scalar(String(number), quoted: false)
    case .number(let number): self = .scalar(ParameterValue.number(number).description, quoted: false)
    case .string(let text): self = .scalar(text, quoted: YAMLTree.looksTyped(text))
    case .date(let day): self = .scalar(day.description, quoted: false)
    case .list(let items): self = .sequence(items.map { YAMLTree($0.value) })
    case .object(let members):
      let ordered = members.sorted { a, b in
        (a.value.keyPosition.line, a.value.keyPosition.column, a.key)
          < (b.value.keyPosition.line, b.value.keyPosition.column, b.key)
      }
      self = .mapping(ordered.map { Entry(key: $0.key, value: YAMLTree($0.value.value)) })
    }
  }
}
