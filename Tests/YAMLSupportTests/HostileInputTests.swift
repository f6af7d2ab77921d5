import Foundation
import Testing
import YAMLSupport

/// Hostile inputs fail fast with a precise error, never a crash or runaway memory.
@Suite struct HostileInputTests {
  private func diagnostic(_ bytes: [UInt8], limits: YAMLLimits = .default) -> Diagnostic? {
    do {
      _ = try YAMLDocument.parseMapping(SourceFile(name: "h.yaml", bytes: bytes), limits: limits)
      return nil
    } catch {
      return error
    }
  }

  @Test func aliasBombFailsAtTheAliasThatPassesTheLimit() throws {
    var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
      previous = name
    }
    let clock = ContinuousClock()
    let start = clock.now
    let error = try #require(diagnostic(Array(lines.joined(separator: "\n").utf8)))
    let elapsed = clock.now - start
    #expect(error.code == .yamlLimitNodes)
    // 9^6 > 1,000,000: the limit is passed inside the line of "g", at one of its aliases.
    #expect(error.location.line == 7)
    #expect(error.message.contains("once this alias is expanded"))
    #expect(elapsed < .seconds(1))
  }

  @Test func hundredThousandDeepNestingFailsAtTheLimit() throws {
    let text = "x: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let clock = ContinuousClock()
    let start = clock.now
    let error = try #require(diagnostic(Array(text.utf8)))
    #expect(clock.now - start < .seconds(1))
    #expect(error.code == .yamlLimitDepth)
    #expect(error.location == SourceLocation(file: "h.yaml", line: 1, column: 4 + YAMLLimits.default.maxDepth - 1))
  }

  @Test func deepBlockNestingFailsAtTheLimit() throws {
    var text = ""
    for depth in 0..<300 { text += String(repeating: " ", count: depth) + "k\(depth):\n" }
    let error = try #require(diagnostic(Array(text.utf8)))
    #expect(error.code == .yamlLimitDepth)
  }

  @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
    let error = try #require(diagnostic(Array("a: 1\nname: Ær".utf8) + [0xFF] + Array("\n".utf8)))
    #expect(error.code == .yamlEncoding)
    #expect(error.location == SourceLocation(file: "h.yaml", line: 2, column: 9))
    #expect(error.message.contains("not valid UTF-8"))
  }

  @Test func nulByteIsReportedAtItsLineAndColumn() throws {
    let error = try #require(diagnostic(Array("a: 1\nb: x".utf8) + [0x00] + Array("y\n".utf8)))
    #expect(error.code == .yamlEncoding)
    #expect(error.location == SourceLocation(file: "h.yaml", line: 2, column: 5))
    #expect(error.message == "control characters such as NUL are not allowed in YAML")
  }

  @Test func utf16IsRefusedNotGuessed() throws {
    let error = try #require(
      diagnostic([0xFF, 0xFE] + Array("a: 1".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })))
    #expect(error.code == .yamlEncoding)
    #expect(error.location == SourceLocation(file: "h.yaml", line: 1, column: 1))
  }

  @Test func oversizedInputIsRefusedBeforeParsing() throws {
    let limits = YAMLLimits(maxDepth: 256, maxNodes: 1_000_000, maxInputBytes: 1_000)
    let error = try #require(diagnostic(Array(("a: " + String(repeating: "x", count: 2_000)).utf8), limits: limits))
    #expect(error.code == .yamlLimitSize)
    #expect(error.location == SourceLocation(file: "h.yaml", line: 1, column: 1))
  }

  @Test func hugeScalarWithinTheSizeLimitParses() throws {
    let text = "a: " + String(repeating: "x", count: 2_000_000) + "\n"
    let root = try YAMLDocument.parseMapping(SourceFile(name: "big.yaml", text: text))
    guard case .scalar(let scalar)? = root["a"] else {
      Issue.record("not a scalar")
      return
    }
    #expect(scalar.text.utf8.count == 2_000_000)
  }
}
