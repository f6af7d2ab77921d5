import ComplianceReporters
import Testing

/// The one CSV writer: RFC 4180 quoting and the guard against formulas.
@Suite struct CSVTextTests {
  @Test(arguments: [
    ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
    ("+1", "'+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "\"'\r=1\""),
  ])
  func formulaStartsAreNeutralised(input: String, expected: String) {
    #expect(CSVText.field(input) == expected)
  }

  @Test func ordinaryTextIsLeftAsItIs() {
    #expect(CSVText.field("Nordlys Cloud ApS") == "Nordlys Cloud ApS")
    #expect(CSVText.field("Æblegrød på Ø") == "Æblegrød på Ø")
    #expect(CSVText.field("a=b") == "a=b")
    #expect(CSVText.field("") == "")
    #expect(CSVText.field("12") == "12")
  }

  @Test func quotesFollowRFC4180() {
    #expect(CSVText.field("a,b") == "\"a,b\"")
    #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVText.record(["a", "b,c", "d"]) == "a,\"b,c\",d\r\n")
    #expect(CSVText.byteOrderMark.utf8.elementsEqual([0xEF, 0xBB, 0xBF]))
  }
}
