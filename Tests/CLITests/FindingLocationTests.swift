import Foundation
import TestSupport
import Testing

/// A finding points at the field that decided it, and "also at" lists only places that also fail.
@Suite(.serialized) struct FindingLocationTests {
  static let base = "Examples/declarations/nordlys-cloud.yaml"

  /// Runs `check` on `text` and returns the JSON and SARIF results of `rule`.
  static func finding(_ rule: String, in text: String) throws -> (json: [String: Any], sarif: [String: Any]) {
    try withTemporaryDirectory { folder in
      let file = folder.appendingPathComponent("decl.yaml")
      try text.write(to: file, atomically: true, encoding: .utf8)
      let json = try CLI.run(["check", "decl.yaml", "--as-of", "2026-11-26", "--format", "json"], in: folder.path)
      let sarif = try CLI.run(["check", "decl.yaml", "--as-of", "2026-11-26", "--format", "sarif"], in: folder.path)
      let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
      let findings = try #require((report["declarations"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
      let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
      let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
      return (
        try #require(findings.first { $0["rule"] as? String == rule }),
        try #require(results.first { $0["ruleId"] as? String == rule })
      )
    }
  }

  static func line(of key: String, in text: String) -> Int? {
    text.components(separatedBy: "\n").firstIndex { $0.contains(key) }.map { $0 + 1 }
  }

  @Test func anExpiredCertificateIsReportedAtItsExpiryDate() throws {
    let text = try String(contentsOfFile: Package.path(Self.base), encoding: .utf8)
      .replacingOccurrences(of: "valid_until: 2027-06-30", with: "valid_until: 2026-06-30")
    let (json, sarif) = try Self.finding("ASR-01", in: text)
    let expiry = try #require(Self.line(of: "valid_until: 2026-06-30", in: text))
    let item = try #require(Self.line(of: "- standard: iso27001", in: text))
    #expect(json["status"] as? String == "gap")
    #expect(json["path"] as? String == "assurance.certifications[0].valid_until")
    #expect((json["location"] as? [String: Any])?["line"] as? Int == expiry)
    let related = (json["related_locations"] as? [[String: Any]] ?? []).compactMap { $0["line"] as? Int }
    #expect(related == [item], "\(json)")
    let region = ((sarif["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
    #expect((region as? [String: Any])?["startLine"] as? Int == expiry)
  }

  @Test func compliantTransfersAreNotListedAsFailingBesideAnUncoveredLocation() throws {
    var text = try String(contentsOfFile: Package.path(Self.base), encoding: .utf8)
      .replacingOccurrences(
        of: "    - country: DE\n      role: backup\n",
        with: "    - country: DE\n      role: backup\n    - country: RS\n      role: support_access\n")
    let start = try #require(text.range(of: "\ntransfers:"))
    let end = try #require(text.range(of: "\ngovernment_access:"))
    text.replaceSubrange(
      start.lowerBound..<end.lowerBound,
      with: """

        transfers:
          - {country: GB, recipient: UK Support Ltd, mechanism: adequacy}
          - {country: CH, recipient: Swiss Ops AG, mechanism: adequacy}
          - {country: IL, recipient: Israel Dev Ltd, mechanism: adequacy}

        """)
    let (json, sarif) = try Self.finding("TRF-02a", in: text)
    let serbia = try #require(Self.line(of: "- country: RS", in: text))
    #expect(json["status"] as? String == "gap")
    #expect(json["severity"] as? String == "critical")
    #expect(json["clause"] as? String == "8")
    #expect((json["location"] as? [String: Any])?["line"] as? Int == serbia)
    #expect(json["related_locations"] == nil, "\(json["related_locations"] ?? "")")
    #expect(sarif["relatedLocations"] == nil, "\(sarif["relatedLocations"] ?? "")")
  }
}
