package import YAMLSupport

/// A node tree written out in full, positions, styles and tags included: two trees are the same
/// exactly when their dumps are.
package enum NodeDump {
  package static func dump(_ node: Node) -> String {
    var lines: [String] = []
    write(node, indent: "", into: &lines)
    return lines.joined(separator: "\n")
  }

  private static func write(_ node: Node, indent: String, into lines: inout [String]) {
    switch node {
    case .scalar(let scalar):
      lines.append(indent + describe(scalar) + describe(node.alias))
    case .sequence(let sequence):
      lines.append("\(indent)sequence \(describe(sequence.range))" + describe(node.alias))
      for item in sequence.items { write(item, indent: indent + "  ", into: &lines) }
    case .mapping(let mapping):
      lines.append("\(indent)mapping \(describe(mapping.range))" + describe(node.alias))
      for entry in mapping.entries {
        lines.append("\(indent)  key " + describe(entry.key) + describe(entry.key.alias))
        write(entry.value, indent: indent + "    ", into: &lines)
      }
    }
  }

  private static func describe(_ scalar: Scalar) -> String {
    let tag = scalar.tag?.longForm ?? "-"
    return "scalar \(describe(scalar.range)) \(scalar.style) tag=\(tag) \(String(reflecting: scalar.text))"
  }

  /// ` alias=*name@line:column` for an alias, nothing for any other node.
  private static func describe(_ alias: Alias?) -> String {
    alias.map { " alias=*\($0.name)@\($0.definedAt.line):\($0.definedAt.column)" } ?? ""
  }

  private static func describe(_ range: SourceRange) -> String {
    "\(range.start)-\(range.end.line):\(range.end.column)"
  }
}
