extension Value {
  /// The value as text that ignores order and position: keys sorted, the items of a list sorted,
  /// null members left out (null is unanswered, as absent is). Two values are the same answer
  /// exactly when their canonical texts are equal.
  var canonical: String {
    switch self {
    case .null: return "~"
    case .bool(let value): return value ? "T" : "F"
    case .int(let value): return "i\(value)"
    case .number(let value): return "n\(Value.format(value))"
    case .string(let value): return "s\(value.utf8.count):\(value)"
    case .date(let value): return "d\(value)"
    case .list(let items):
      let parts = items.map(\.value.canonical).sorted()
      return "[\(parts.count):" + parts.map { "\($0.utf8.count):\($0)" }.joined() + "]"
    case .object(let members):
      let parts = members.filter { !$0.value.isNull }.map { ($0.key, $0.value.value.canonical) }
        .sorted { $0.0 < $1.0 }
      return "{\(parts.count):" + parts.map { "\($0.0.utf8.count):\($0.0)\($0.1.utf8.count):\($0.1)" }.joined() + "}"
    }
  }
}
