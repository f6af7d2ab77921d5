import ComplianceCore
import Testing
import YAMLSupport

@Suite struct LegalCitationTests {
  @Test(arguments: [
    ("Art. 28(3)(h)", "art. 28, stk. 3, litra h"), ("Art. 44", "art. 44"), ("Art. 32(1)", "art. 32, stk. 1"),
    ("Art. 9(2)(a)", "art. 9, stk. 2, litra a"), ("Recital 38", "betragtning 38"),
    ("Art. 28(3) 2nd subpara", "art. 28, stk. 3, 2. afsnit"), ("Art. 5(1)(e)", "art. 5, stk. 1, litra e"),
  ])
  func danishGDPRCitations(_ reference: String, _ danish: String) {
    #expect(LegalCitation.gdpr(reference, .da) == danish)
    #expect(LegalCitation.gdpr(reference, .en) == reference)
  }

  @Test func clausesAndAppendices() {
    #expect(LegalCitation.clause("9.2", .da) == "bestemmelse 9.2")
    #expect(LegalCitation.clause("C.7", .da) == "bilag C.7")
    #expect(LegalCitation.clause("A", .da) == "bilag A")
    #expect(LegalCitation.clause("8", .en) == "Clause 8")
    #expect(LegalCitation.clause("C.7", .en) == "Appendix C.7")
    #expect(LegalCitation.mapping("EU 2021/915 clause 7.8", .da) == "EU 2021/915 bestemmelse 7.8")
    #expect(LegalCitation.mapping("EU 2021/915 Annex III", .da) == "EU 2021/915 bilag III")
    #expect(LegalCitation.mapping("ISO/IEC 27001:2022 A.5.34", .da) == "ISO/IEC 27001:2022 A.5.34")
    #expect(LegalCitation.mapping("ISO/IEC 27001:2022 clause 8.2", .da) == "ISO/IEC 27001:2022 afsnit 8.2")
    #expect(LegalCitation.mapping("ISO/IEC 27001:2022 clause 8.2", .en) == "ISO/IEC 27001:2022 clause 8.2")
  }
}
