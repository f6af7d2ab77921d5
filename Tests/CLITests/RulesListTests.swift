import Foundation
import TestSupport
import Testing

/// `rules list --format html|csv`: the kravbank a municipality attaches to a tender.
@Suite(.serialized) struct RulesListTests {
  static let python = Validators.trait(needing: ["python3"], install: "apt-get install python3")

  /// How many requirements `profile` has: one finding each in a check's JSON report.
  static func requirementCount(_ profile: String) throws -> Int {
    let json = try CLI.run([
      "check", "Examples/declarations/nordlys-cloud.yaml", "--profile", profile, "--as-of", "2026-12-01", "--format",
      "json",
    ])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let declaration = try #require((object["declarations"] as? [[String: Any]])?.first)
    return (declaration["findings"] as? [Any])?.count ?? -1
  }

  @Test(python, arguments: [("kommune", "da"), ("kommune-sundhed", "en")])
  func csvHasARowPerRequirementAndReadsBack(profile: String, lang: String) throws {
    try withTemporaryDirectory(prefix: "dpacheck-kravbank") { directory in
      let path = directory.appendingPathComponent("kravbank.csv").path
      let result = try CLI.run(["rules", "list", "--profile", profile, "--format", "csv", "--lang", lang, "-o", path])
      #expect(result.status == 0, "\(result.stderr)")
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
      let rows = try CSVReportTests.parse(path)
      let expected = try Self.requirementCount(profile)
      #expect(rows.count - 1 == expected)
      #expect(rows.allSatisfy { $0.count == 7 })
      let header =
        lang == "da"
        ? ["Id", "Krav", "Opfyldt, hvis", "Hjemmel", "Skal/bør", "Alvor", "Besvares i erklæringens felter"]
        : [
          "Id", "Requirement", "Met if", "Legal basis", "Must/should", "Severity",
          "Answered by the declaration's fields",
        ]
      #expect(rows.first == header)
      let body = rows.dropFirst()
      #expect(Set(body.map { $0[0] }).count == expected, "ids repeat")
      let words = lang == "da" ? ["skal", "bør"] : ["must", "should"]
      #expect(body.allSatisfy { words.contains($0[4]) })
      #expect(body.contains { $0[4] == words[0] } && body.contains { $0[4] == words[1] })
      let met = lang == "da" ? "Kravet er opfyldt, hvis" : "The requirement is met if"
      #expect(body.allSatisfy { $0[2].hasPrefix(met) }, "a criterion does not start with '\(met)'")
      #expect(body.allSatisfy { $0[3].contains("GDPR") || $0[3].contains("Clause") || $0[3].contains("bestemmelse") })
      #expect(body.allSatisfy { !$0[6].isEmpty }, "a requirement names no field")
      let breach = try #require(body.first { $0[0] == "BR-01" })
      #expect(breach[6].contains("breach_notification."))
    }
  }

  @Test func theStricterProfileIsStricterInTheKravbank() throws {
    let plain = try CLI.run(["rules", "list", "--profile", "kommune", "--format", "csv"]).stdout
    let strict = try CLI.run(["rules", "list", "--profile", "kommune-sundhed", "--format", "csv"]).stdout
    func row(_ csv: String, _ id: String) -> String {
      csv.components(separatedBy: "\r\n").first { $0.hasPrefix(id + ",") } ?? ""
    }
    // kommune-sundhed sets BR-01's max_hours to 24 (kommune: 48) and fails on medium gaps.
    #expect(row(plain, "BR-01").contains("48") && row(strict, "BR-01").contains("24"))
    #expect(
      strict.components(separatedBy: ",must,").count > plain.components(separatedBy: ",must,").count,
      "fail_on: medium makes more requirements a must")
  }

  @Test func htmlIsOneSelfContainedPageWithARowPerRequirement() throws {
    let result = try CLI.run(["rules", "list", "--profile", "kommune", "--format", "html", "--lang", "da"])
    #expect(result.status == 0, "\(result.stderr)")
    let html = result.stdout
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
    #expect(html.contains("<title>Kravbank: profil kommune</title>"))
    let policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
    #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"))
    for forbidden in ["<script", "<link", "<img", "src=", "url("] { #expect(!html.contains(forbidden), "\(forbidden)") }
    let rows = html.components(separatedBy: "<tr class=\"").dropFirst()
    #expect(rows.count == (try Self.requirementCount("kommune")))
    #expect(rows.allSatisfy { $0.hasPrefix("must\"") || $0.hasPrefix("should\"") })
    #expect(html.contains("<td class=\"ob\">skal</td>") && html.contains("<td class=\"ob\">bør</td>"))
    #expect(html.contains("<code>breach_notification.max_hours</code>"))
  }

  @Test func textStaysTheDefault() throws {
    let text = try CLI.run(["rules", "list"]).stdout
    let explicit = try CLI.run(["rules", "list", "--format", "text"]).stdout
    #expect(text == explicit)
    #expect(text.hasPrefix("ID "))
    #expect(!text.contains("\r\n") && !text.hasPrefix("\u{FEFF}"))
  }
}
