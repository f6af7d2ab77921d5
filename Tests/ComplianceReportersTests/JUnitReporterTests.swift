import ComplianceCore
import ComplianceReporters
import Foundation
import Testing
import YAMLSupport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// JUnit XML rendered in-process from canned models, read back by an XML parser.
@Suite struct JUnitReporterTests {
  /// The attributes of every element, by element name, in document order.
  final class Elements: NSObject, XMLParserDelegate {
    var found: [(name: String, attributes: [String: String])] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String]
    ) {
      found.append((name, attributes))
    }

    static func parse(_ text: String) throws -> [(name: String, attributes: [String: String])] {
      let parser = XMLParser(data: Data(text.utf8))
      let elements = Elements()
      parser.delegate = elements
      #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
      return elements.found
    }
  }

  @Test func totalsMatchTheModel() throws {
    let reports = [ReportModel.unanswered, ReportModel.invalid, ReportModel.hostile]
    let elements = try Elements.parse(ReportModel.render(.junit, reports))
    let root = try #require(elements.first)
    #expect(root.name == "testsuites")
    let valid = reports.filter(\.valid)
    let tests = valid.reduce(0) { $0 + $1.findings.count } + 1
    #expect(root.attributes["tests"] == String(tests))
    #expect(root.attributes["errors"] == "1")
    let summaries = reports.map { ReportModel.checker.summary(of: $0) }
    #expect(root.attributes["failures"] == String(summaries.reduce(0) { $0 + $1.gateFailures }))
    #expect(elements.filter { $0.name == "testsuite" }.count == reports.count)
    #expect(elements.filter { $0.name == "testcase" }.count == tests)
  }

  @Test func vendorTextIsEscaped() throws {
    let text = try ReportModel.render(.junit, [ReportModel.hostile])
    #expect(text.contains("Evil | *Corp* &lt;b&gt;x&lt;/b&gt; &amp; [y](z)"))
    _ = try Elements.parse(text)
  }
}
