import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

/// The chain of sub-processors (EDPB Opinion 22/2024): checks at every hop, "unknown beyond this
/// point" unanswered, the bound on depth, and the objection deadline of a notified sub-processor.
@Suite struct SubprocessorChainTests {
  static func findings(_ body: String) throws -> [String: Finding] {
    let checker = try DeclarationDiffTests.checker()
    let (_, findings) = try DeclarationDiffTests.load(body, file: "chain.yaml", with: checker)
    return Dictionary(uniqueKeysWithValues: findings.map { ($0.rule, $0) })
  }

  /// A chain of `levels` sub-processors, one below the other; the deepest has `last` as its own
  /// fields (YAML flow mapping entries) and, unless `open`, `subprocessors: []`.
  static func chain(levels: Int, last: String, open: Bool = false) -> String {
    var lines = ["subprocessors:", "  authorisation: general", "  change_notice_days: 30", "  list:"]
    for level in 1...levels {
      let pad = String(repeating: "    ", count: level - 1)
      if level < levels {
        lines.append("\(pad)    - name: Level \(level) A/S")
        lines.append("\(pad)      countries: [DK]")
        lines.append("\(pad)      subprocessors:")
      } else {
        lines.append("\(pad)    - {name: Level \(level) Ltd, \(last)\(open ? "" : ", subprocessors: []")}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test(arguments: [1, 2, 3, 4])
  func aThirdCountryHopWithoutABasisIsAGapAtAnyDepth(depth: Int) throws {
    let findings = try Self.findings(Self.chain(levels: depth, last: "countries: [US]"))
    let transfer = try #require(findings["TRF-02c"])
    #expect(transfer.status == .gap)
    #expect(transfer.message(.en).contains("Level \(depth) Ltd"), "\(transfer.message(.en))")
    let expectedPath =
      "subprocessors.list[0]" + String(repeating: ".subprocessors[0]", count: depth - 1) + ".transfer"
    #expect(transfer.path == expectedPath)
  }

  @Test(arguments: [1, 2, 3])
  func anOnwardTransferWithAValidBasisIsMet(depth: Int) throws {
    let findings = try Self.findings(
      Self.chain(levels: depth, last: "countries: [IN], transfer: {mechanism: scc, tia_date: 2026-03-01}"))
    #expect(findings["TRF-02c"]?.status == .met)
    #expect(findings["SUB-13"]?.status == .met)
  }

  @Test(arguments: [1, 2, 3])
  func aMissingLevelIsUnansweredNeverMet(depth: Int) throws {
    let findings = try Self.findings(Self.chain(levels: depth, last: "countries: [DE]", open: true))
    let chain = try #require(findings["SUB-13"])
    #expect(chain.status == .unanswered)
    #expect(chain.path.hasSuffix(".subprocessors"))
    #expect(chain.path.hasPrefix("subprocessors.list[0]"))
  }

  @Test func aSecondLevelSubprocessorWithoutFlowDownIsAGap() throws {
    let findings = try Self.findings(Self.chain(levels: 2, last: "countries: [DE], flow_down: false"))
    #expect(findings["SUB-05"]?.status == .gap)
  }

  @Test func aChainDeeperThanTheLimitIsInvalidInput() throws {
    let checker = try DeclarationDiffTests.checker()
    let levels = Questionnaire.maxChainLevels + 1
    let body = Self.chain(levels: levels, last: "countries: [DE]")
    let source = SourceFile(name: "deep.yaml", bytes: Array(("format: dpacheck/declaration/v1\n" + body).utf8))
    #expect(throws: DiagnosticList.self) { try checker.ruleSet.catalog.declarationLoader.load(source) }
    do {
      _ = try checker.ruleSet.catalog.declarationLoader.load(source)
    } catch {
      let diagnostic = try #require(error.diagnostics.first)
      #expect(diagnostic.text.kind == .declarationChainTooDeep)
      #expect(diagnostic.rendered(colored: false, language: .en).contains("nests deeper than 4 levels"))
      // It points at the first item of the fifth level.
      #expect(diagnostic.location.line == body.split(separator: "\n").count + 1)
    }
    // Four levels are read.
    _ = try Self.findings(Self.chain(levels: Questionnaire.maxChainLevels, last: "countries: [DE]"))
  }

  struct NoticeCase: Sendable, CustomTestStringConvertible {
    var engaged: String
    var expected: Status
    var testDescription: String { "engaged \(engaged)" }
  }

  /// Notified on 2026-03-01 with 30 days' notice: the deadline is 2026-03-31, on which an objection
  /// is still in time.
  @Test(arguments: [
    NoticeCase(engaged: "2026-03-15", expected: .gap),
    NoticeCase(engaged: "2026-03-31", expected: .gap),
    NoticeCase(engaged: "2026-04-01", expected: .met),
  ])
  func engagementIsJudgedAgainstTheObjectionDeadline(_ notice: NoticeCase) throws {
    let body = Self.chain(
      levels: 1, last: "countries: [DE], notified_on: 2026-03-01, engaged_from: \(notice.engaged)")
    let finding = try #require(try Self.findings(body)["SUB-12"])
    #expect(finding.status == notice.expected)
    if notice.expected == .gap {
      let message = finding.message(.en)
      #expect(message.contains(notice.engaged) && message.contains("2026-03-31") && message.contains("2026-03-01"))
      #expect(message.contains("30 days"), "\(message)")
    }
  }
}
