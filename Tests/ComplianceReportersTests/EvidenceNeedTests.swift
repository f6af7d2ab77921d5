import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

@testable import ComplianceReporters

/// Only the text summary of a portfolio renders no finding in detail, so only it lets the checker
/// skip evidence; every other format and every single declaration needs it.
@Suite struct EvidenceNeedTests {
  @Test func onlyThePortfolioTextSummaryGoesWithoutEvidence() throws {
    let catalog = try Package.catalog()
    let ruleSet = try RuleSet.resolve(profile: "kommune", in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
    for isPortfolio in [false, true] {
      let run = RunContext(options: RenderOptions(), ruleSet: ruleSet, failOn: ruleSet.failOn, isPortfolio: isPortfolio)
      for format in ReportFormat.allCases {
        let expected = !(format == .text && isPortfolio)
        #expect(format.reporter.needs(in: run).contains(.evidence) == expected, "\(format) portfolio=\(isPortfolio)")
        let matrix = format == .html || format == .xlsx
        #expect(format.reporter.needs(in: run).contains(.clauseCounts) == matrix, "\(format)")
        #expect(format.reporter.needs(in: run).contains(.openFindings) == (format == .html), "\(format)")
      }
    }
  }
}
