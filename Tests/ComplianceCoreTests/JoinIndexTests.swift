import ComplianceCore
import Foundation
import TestSupport
import Testing
import YAMLSupport

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
    Case(
      name: "many matches",
      declaration: "keys: [US]\ntransfers: [" + Array(repeating: "US", count: 40).joined(separator: ", ") + "]"),
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
      text +=
        country == "null-country"
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
    try Self.expectSameFinding(indexed, walked, on: Self.body(testCase.declaration))
  }

  /// Evaluates the one requirement of each catalog on `body`: the findings must read the same.
  static func expectSameFinding(
    _ indexed: Catalog, _ walked: Catalog, on body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let fast = try InlineRules.evaluate(indexed, declaration: body)
    let slow = try InlineRules.evaluate(walked, declaration: body)
    #expect(fast.status == slow.status, sourceLocation: sourceLocation)
    #expect(fast.message(.en) == slow.message(.en), sourceLocation: sourceLocation)
    #expect(fast.message(.da) == slow.message(.da), sourceLocation: sourceLocation)
    #expect(fast.location == slow.location, sourceLocation: sourceLocation)
    #expect(fast.path == slow.path, sourceLocation: sourceLocation)
    #expect(
      fast.relatedLocations.map(\.location) == slow.relatedLocations.map(\.location), sourceLocation: sourceLocation)
    #expect(fast.valuesRead.map(\.path) == slow.valuesRead.map(\.path), sourceLocation: sourceLocation)
    #expect(fast.missing == slow.missing, sourceLocation: sourceLocation)
  }

  /// Backup countries and, per sub-processor, its countries (`-` for a sub-processor that gives
  /// none, `[]` for an empty list); the short form of a nested join.
  static let nestedCases: [Case] = [
    Case(name: "covered by the second sub-processor", declaration: "backup: [US]\nsubs: [DE] [US, IN]"),
    Case(name: "covered by none", declaration: "backup: [US, CN]\nsubs: [DE] [IN, JP] []"),
    Case(name: "a sub-processor without countries", declaration: "backup: [CN]\nsubs: [DE] - [IN]"),
    Case(name: "matched and one without countries", declaration: "backup: [IN]\nsubs: - [DE] [IN]"),
    Case(name: "only empty lists", declaration: "backup: [CN]\nsubs: [] []"),
    Case(
      name: "many matches",
      declaration: "backup: [US]\nsubs: " + Array(repeating: "[US, US]", count: 20).joined(separator: " ")),
  ]

  static func nestedBody(_ short: String) -> String {
    let lines = short.split(separator: "\n").map(String.init)
    var text = "security:\n  backup:\n    countries: \(lines[0].dropFirst("backup: ".count))\nsubprocessors:\n  list:"
    for (index, countries) in lines[1].dropFirst("subs: ".count).split(separator: " ", omittingEmptySubsequences: true)
      .reduce(
        into: [String](),
        { groups, part in
          if part.hasPrefix("[") || part == "-" {
            groups.append(String(part))
          } else {
            groups[groups.count - 1] += " " + part
          }
        }
      ).enumerated()
    {
      text += "\n    - name: S\(index)"
      if countries != "-" { text += "\n      countries: \(countries)" }
    }
    return text + "\n"
  }

  static func nestedCheck(_ comparison: String) -> String {
    "{each: security.backup.countries, as: backup, where: {field: ., not_in_set: eea},"
      + " check: {some: $.subprocessors.list, check: {some: countries, check: \(comparison)}}}"
  }

  @Test(arguments: nestedCases) func nestedJoinMatchesTheWalk(_ testCase: Case) throws {
    let indexed = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: Self.nestedCheck("{field: ., same_as: backup}")))
    let walked = try InlineRules.catalog(
      requirements: InlineRules.requirement(check: Self.nestedCheck("{all: [{field: ., same_as: backup}]}")))
    try Self.expectSameFinding(indexed, walked, on: Self.nestedBody(testCase.declaration))
  }
}
