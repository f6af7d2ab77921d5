import ComplianceCore
import Foundation
import TestSupport
import Testing

/// A join (`some: $.list` comparing an item's field with a bound item's) is answered from an index
/// of the list; its findings must be the ones an item-by-item walk gives. Wrapping the comparison in
/// a one-part `all` keeps the evaluator on the walk, which gives the same outcome by definition.
@Suite struct JoinIndexTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var declaration: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "every key covered", declaration: "keys: [US, IN]\ntransfers: [US, IN, US]"),
    Case(name: "one key uncovered", declaration: "keys: [US, CN, IN]\ntransfers: [US, IN, JP, BR, CA]"),
    Case(name: "no transfers match", declaration: "keys: [CN]\ntransfers: [US, IN, JP, BR]"),
    Case(name: "a transfer without a country", declaration: "keys: [CN, US]\ntransfers: [US, null-country, IN]"),
    Case(name: "only transfers without a country", declaration: "keys: [CN]\ntransfers: [null-country, null-country]"),
    Case(name: "no transfers", declaration: "keys: [CN]\ntransfers: []"),
    Case(name: "many matches", declaration: "keys: [US]\ntransfers: [" + Array(repeating: "US", count: 40).joined(separator: ", ") + "]"),
    Case(name: "keys in the EEA only", declaration: "keys: [DK, DE]\ntransfers: [US]"),
  ]

  /// A declaration body from the short form of a case: key countries and transfer countries.
  static func body(_ short: String) -> String {
    let lines = short.split(separator: "\n").map(String.init)
    let keys = lines[0].dropFirst("keys: ".count)
    let transfers = lines[1].dropFirst("transfers: [".count).dropLast().split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces) }
    var text = "security:\n  encryption:\n    key_countries: \(keys)\ntransfers:"
    if transfers.isEmpty { return text + " []\n" }
    for (index, country) in transfers.enumerated() {
      text += country == "null-country"
        ? "\n  - {recipient: R\(index), mechanism: scc}"
        : "\n  - {country: \(country), recipient: R\(index), mechanism: scc}"
    }
    return text + "\n"
  }

  static func check(_ comparison: String) -> String {
    "{each: security.encryption.key_countries, as: key, where: {field: ., not_in_set: eea},"
      + " check: {some: $.transfers, check: \(comparison)}}"
  }

  @Test(arguments: cases) func indexedJoinMatchesTheWalk(_ testCase: Case) throws {
    let indexed = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: Self.check("{field: country, same_as: key}")))
    let walked = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: Self.check("{all: [{field: country, same_as: key}]}")))
    let body = Self.body(testCase.declaration)
    let fast = try InlineRules.evaluate(indexed, declaration: body)
    let slow = try InlineRules.evaluate(walked, declaration: body)
    #expect(fast.status == slow.status)
    #expect(fast.message(.en) == slow.message(.en))
    #expect(fast.message(.da) == slow.message(.da))
    #expect(fast.location == slow.location)
    #expect(fast.path == slow.path)
    #expect(fast.relatedLocations.map(\.location) == slow.relatedLocations.map(\.location))
    #expect(fast.valuesRead.map(\.path) == slow.valuesRead.map(\.path))
  }
}
