import Testing

@testable import YAMLSupport

/// libyaml's problem texts are read in one place; each one dpacheck explains maps to its case.
@Suite struct LibYAMLProblemTests {
  @Test func theTextsDpacheckExplainsAreRecognised() {
    #expect(LibYAMLProblem("invalid trailing UTF-8 octet") == .invalidTrailingByte)
    #expect(LibYAMLProblem("invalid trailing UTF-8 octet").isInvalidUTF8)
    #expect(LibYAMLProblem("invalid leading UTF-8 octet") == .invalidEncoding)
    #expect(LibYAMLProblem("invalid Unicode character") == .invalidEncoding)
    #expect(LibYAMLProblem("incomplete UTF-16 character") == .other)
    #expect(LibYAMLProblem("control characters are not allowed") == .controlCharacter)
    #expect(LibYAMLProblem("found character that cannot start any token") == .cannotStartToken)
    #expect(LibYAMLProblem("found a tab character that violates indentation") == .tabCharacter)
    #expect(LibYAMLProblem("mapping values are not allowed in this context") == .unexpectedValue)
    #expect(LibYAMLProblem("did not find expected key") == .missingKey)
    #expect(LibYAMLProblem("did not find expected '-' indicator") == .missingListItem)
    #expect(LibYAMLProblem("a text a newer libyaml might write") == .other)
  }

  /// Every case is reachable from a text libyaml 0.2.5 writes (the Danish table lists them all).
  @Test func everyCaseHasALibYAMLText() {
    let cases = Set(LibYAMLText.danish.keys.map { "\(LibYAMLProblem($0))" })
    for expected in ["invalidTrailingByte", "controlCharacter", "invalidEncoding", "cannotStartToken"] {
      #expect(cases.contains(expected), "\(expected)")
    }
    for expected in ["tabCharacter", "unexpectedValue", "missingKey", "missingListItem", "other"] {
      #expect(cases.contains(expected), "\(expected)")
    }
  }
}
