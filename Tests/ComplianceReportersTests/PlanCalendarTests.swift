import ComplianceCore
import Foundation
import Frontend
import TestSupport
import Testing
import YAMLSupport

@testable import ComplianceReporters

/// The iCalendar and CSV details of the plan that a calendar program or a spreadsheet relies on,
/// and hostile text in the HTML: on canned values.
@Suite struct PlanCalendarTests {
  @Test func linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    let line = "DESCRIPTION:" + String(repeating: "æøå", count: 40)
    let folded = PlanCalendar.fold(line)
    #expect(folded.hasSuffix("\r\n"))
    let parts = folded.dropLast().components(separatedBy: "\r\n")
    #expect(parts.count > 1)
    for (index, part) in parts.enumerated() {
      #expect(part.utf8.count <= 75, "\(part)")
      if index > 0 { #expect(part.hasPrefix(" ")) }
    }
    // Unfolding gives the line back ("\r\n" is one Character in Swift).
    #expect(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
  }

  @Test func textIsEscapedAsRFC5545Says() {
    #expect(PlanCalendar.escape("a, b; c\\d\ne\u{7}") == "a\\, b\\; c\\\\d\\ne")
  }

  @Test func remarkIDsBecomeUIDSlugs() {
    #expect(PlanCalendar.slug("R 1/Æ") == "r-1--")
    #expect(PlanCalendar.slug("2026-1") == "2026-1")
  }

  @Test func csvCellsNeutraliseFormulasAndQuoteSeparators() {
    #expect(CSVText.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVText.field("-1") == "'-1")
    #expect(CSVText.field("Lønvest A/S, Løn") == "\"Lønvest A/S, Løn\"")
    #expect(CSVText.field("plain") == "plain")
  }

  @Test func hostileNamesAreTextInTheHTMLPlan() throws {
    let model = try SupervisionModel.load(
      InputFile.source(Package.path("Rules/supervision/datatilsynet-2021.yaml"))
    ) { (name, location) throws(Diagnostic) -> SupervisionModel in
      throw Diagnostic(.modelUnknown, .text(name), .list([]), at: location)
    }
    let register = try SupervisionRegister.load(
      SourceFile(
        name: "r.yaml",
        text: """
          format: dpacheck/register/v1
          controller: {name: "<b>Kommune</b>"}
          processors:
            - {id: x, name: "<script>alert(1)</script>", concept: 5}
          """))
    let inputs = register.processors.map {
      SupervisionPlan.Input(
        processor: $0, declaration: nil, report: nil, failOn: .high, warningWindowDays: 60, profile: nil, problems: [])
    }
    let plan = SupervisionPlan.compute(
      register: register, model: model, inputs: inputs,
      countries: try Package.catalog().countries, asOf: Day("2026-12-01") ?? .earliest)
    let html = PlanHTML.render(plan, language: .en)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;b&gt;Kommune&lt;/b&gt;"))
    // Never supervised, and the calendar still carries the name as text.
    #expect(plan.entries.first?.status == .neverSupervised)
    #expect(PlanCalendar.render(plan, language: .en).contains("SUMMARY:Supervision: <script>alert(1)</script>"))
  }
}
