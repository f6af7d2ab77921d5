/// How a scalar was written; quoted and block scalars are always strings.
public enum ScalarStyle: UInt8, Sendable, Hashable {
  case plain, singleQuoted, doubleQuoted, literal, folded
}
