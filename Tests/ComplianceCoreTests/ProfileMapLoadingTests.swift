import ComplianceCore
import Testing
import YAMLSupport

/// The profile map: globs relative to its folder, the first match wins, no match means the run's
/// profile.
@Suite struct ProfileMapLoadingTests {
  static func map(_ text: String, at name: String = "config/profiles.yaml") throws -> ProfileMap {
    try ProfileMap.load(
      SourceFile(name: name, text: text), knownProfiles: ["kommune", "kommune-sundhed"], workingDirectory: "/work")
  }

  static let text = """
    format: dpacheck/profile-map/v1
    profiles:
      - path: "../vendors/sundhed/**"
        profile: kommune-sundhed
      - path: "../vendors/sundhed/special.yaml"
        profile: kommune
      - path: "../vendors/*-omsorg.yaml"
        profile: kommune-sundhed
    """

  @Test func theFirstMatchingEntryWinsAndGlobsAreRelativeToTheMap() throws {
    let map = try Self.map(Self.text)
    #expect(map.profile(for: "vendors/sundhed/a/b.yaml") == "kommune-sundhed")
    #expect(map.profile(for: "vendors/sundhed/special.yaml") == "kommune-sundhed")
    #expect(map.profile(for: "/work/vendors/hjem-omsorg.yaml") == "kommune-sundhed")
    #expect(map.profile(for: "vendors/skole.yaml") == nil)
    #expect(map.profile(for: "config/vendors/sundhed/x.yaml") == nil)
    #expect(map.profiles == ["kommune-sundhed", "kommune"])
    #expect(map.entries.map(\.location.line) == [3, 5, 7])
  }

  @Test func anUnknownProfileIsAnErrorAtItsValue() throws {
    let text = Self.text.replacing("profile: kommune\n", with: "profile: komune\n")
    #expect {
      try Self.map(text)
    } throws: { error in
      guard let diagnostic = error as? Diagnostic else { return false }
      return diagnostic.location.line == 6 && diagnostic.location.column == 14
        && diagnostic.message(.en).contains("unknown profile 'komune'; did you mean 'kommune'?")
    }
  }

  @Test func anEmptyMapMatchesNothing() throws {
    let map = try Self.map("format: dpacheck/profile-map/v1\nprofiles: []\n")
    #expect(map.profile(for: "vendors/a.yaml") == nil && map.profiles.isEmpty)
  }
}
