import ComplianceCore
import Frontend
import Testing

@Suite struct ConcurrencyTests {
  /// Results come back in index order, not in the order the iterations finish (the early indices
  /// here do the most work, so they finish last).
  @Test func concurrentMapKeepsTheOrderOfItsIndices() {
    let count = 64
    let results = concurrentMap(count: count) { index -> [Int] in
      var sum = 0
      for step in 0..<((count - index) * 20_000) { sum &+= step % 7 }
      return [index, sum == -1 ? 0 : index * index]
    }
    #expect(results == (0..<count).map { [$0, $0 * $0] })
    #expect(concurrentMap(count: 0) { $0 }.isEmpty)
  }
}
