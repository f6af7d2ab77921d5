import ComplianceCore
import ComplianceReporters
import TestSupport
import Testing
import YAMLSupport

/// The kravbank: one row per requirement of a profile, in both languages.
@Suite struct KravbankTests {
  static let ruleSet = ReportModel.checker.ruleSet

  @Test func oneRowPerRequirementInRulesListOrder() {
    let kravbank = Kravbank(Self.ruleSet, language: .en)
    #expect(kravbank.rows.count == Self.ruleSet.requirements.count)
    #expect(Set(kravbank.rows.map(\.id)) == Set(Self.ruleSet.requirements.map(\.id)))
    #expect(kravbank.profileID == "kommune")
    let packs = kravbank.rows.map(\.pack)
    let order = Self.ruleSet.packs.map(\.id)
    #expect(packs == packs.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
  }

  @Test func mustFollowsTheGateAndFieldsNameTheQuestions() throws {
    let english = Kravbank(Self.ruleSet, language: .en)
    let danish = Kravbank(Self.ruleSet, language: .da)
    for (row, resolved) in zip(
      english.rows,
      english.rows.map { id in
        Self.ruleSet.requirements.first { $0.id == id.id }!
      })
    {
      let must = Self.ruleSet.failOn.includes(resolved.severity) && !resolved.requirement.isInformational
      #expect(row.obligation == (must ? .must : .should), "\(row.id)")
      #expect(!row.criterion.isEmpty && !row.requirement.isEmpty)
      #expect(row.legalBasis.hasPrefix(LegalCitation.clause(row.clause, .en)))
      #expect(!row.fields.isEmpty, "\(row.id) reads no field")
    }
    #expect(english.rows.contains { $0.obligation == .must } && english.rows.contains { $0.obligation == .should })
    let row = try #require(danish.rows.first { $0.obligation == .must })
    #expect(danish.text(row, .obligation) == "skal")
    #expect(
      english.text(english.rows[0], .obligation) == "must" || english.text(english.rows[0], .obligation) == "should")
    #expect(danish.rows[0].legalBasis.hasPrefix("bestemmelse ") || danish.rows[0].legalBasis.hasPrefix("bilag "))
    let answered = try #require(english.rows.first { $0.fields.contains { !$0.question.isEmpty } })
    #expect(english.text(answered, .fields).contains(": "))
    #expect(Kravbank.Column.fields.heading(.da) == "Besvares i erklæringens felter")
  }
}
