import Foundation
import TestSupport
import Testing

/// A waivers file shared by a portfolio: a run of one file speaks only of that file's waivers.
@Suite struct SharedWaiversTests {
  static let late = "Examples/declarations/late-breach-notice.yaml"
  static let other = "Examples/declarations/stale-evidence.yaml"

  @Test func aSingleFileRunWarnsOnlyAboutItsOwnWaivers() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("waivers.yaml")
      try """
      format: dpacheck/waivers/v1
      waivers:
        - rule: BR-01
          vendor: Renoflow ApS
          reason: Contract amendment signed
          approved_by: Jane Jensen, DPO
          expires: 2027-03-31
        - rule: BR-01
          vendor: Somebody Else A/S
          reason: Old agreement
          approved_by: Jane Jensen, DPO
          expires: 2026-06-30
        - rule: DECL-01
          path: "elsewhere/*.yaml"
          reason: Not used by these files
          approved_by: Jane Jensen, DPO
          expires: 2027-01-31

      """.write(to: file, atomically: true, encoding: .utf8)
      let single = try CLI.run(["check", Self.late, "--waivers", file.path, "--as-of", "2026-11-26"])
      #expect(single.status == 0, "\(single.stdout)")
      #expect(!single.stdout.contains("Somebody Else"), "another vendor's expired waiver")
      #expect(!single.stdout.contains("elsewhere/*.yaml"), "a waiver for other paths")
      let json = try CLI.run([
        "check", Self.late, "--waivers", file.path, "--as-of", "2026-11-26", "--format", "json",
      ])
      #expect(json.stdout.components(separatedBy: "\"target\" :").count - 1 == 1)
      let portfolio = try CLI.run(["check", Self.late, Self.other, "--waivers", file.path, "--as-of", "2026-11-26"])
      #expect(portfolio.stdout.contains("Somebody Else"), "a portfolio run still lists every waiver")
    }
  }
}
