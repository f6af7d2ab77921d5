import Frontend
import Testing

/// Colour follows no-color.org: a terminal, and NO_COLOR unset or empty.
@Suite struct TerminalTests {
  @Test func noColorCountsOnlyWhenItHasAValue() {
    #expect(Terminal.wantsColor(isTerminal: true, noColor: nil))
    #expect(Terminal.wantsColor(isTerminal: true, noColor: ""))
    #expect(!Terminal.wantsColor(isTerminal: true, noColor: "1"))
    #expect(!Terminal.wantsColor(isTerminal: true, noColor: "0"), "any non-empty value turns colour off")
    #expect(!Terminal.wantsColor(isTerminal: false, noColor: nil))
  }
}
