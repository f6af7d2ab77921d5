/// A scalar's value under the YAML 1.2 core schema.
public enum ScalarValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
}
