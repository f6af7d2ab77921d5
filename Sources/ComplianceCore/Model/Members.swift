public import YAMLSupport

/// An object's members in the order they were written, looked up by key.
///
/// Objects in a declaration have a handful of keys, so a scan comparing keys is cheaper than
/// hashing them. Two objects are equal when they have the same keys with equal values, in any order.
public struct Members: RandomAccessCollection, Sendable, Hashable {
  private var keys: [String] = []
  private var values: [Located] = []

  /// No members.
  public init() {}

  /// Room for `count` members.
  mutating func reserveCapacity(_ count: Int) {
    keys.reserveCapacity(count)
    values.reserveCapacity(count)
  }

  /// Appends a member whose key is not among the members yet (a mapping's keys are unique).
  mutating func append(_ key: String, _ value: Located) {
    keys.append(key)
    values.append(value)
  }

  /// The value of `key`.
  subscript(key: String) -> Located? {
    guard let index = index(of: key) else { return nil }
    return values[index]
  }

  /// Where `key` is; lengths are compared first, which most keys already differ in.
  private func index(of key: String) -> Int? {
    let length = key.utf8.count
    for index in keys.indices where keys[index].utf8.count == length && keys[index] == key {
      return index
    }
    return nil
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { keys.count }
  public subscript(position: Int) -> (key: String, value: Located) { (keys[position], values[position]) }

  public static func == (lhs: Members, rhs: Members) -> Bool {
    guard lhs.count == rhs.count else { return false }
    return lhs.indices.allSatisfy { rhs[lhs.keys[$0]] == lhs.values[$0] }
  }

  public func hash(into hasher: inout Hasher) {
    // Order-independent, like equality: the members' hashes are summed.
    var sum = 0
    for index in indices {
      var member = Hasher()
      member.combine(keys[index])
      member.combine(values[index])
      sum = sum &+ member.finalize()
    }
    hasher.combine(count)
    hasher.combine(sum)
  }
}
