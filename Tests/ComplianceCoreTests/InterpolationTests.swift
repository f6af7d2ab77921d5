import Testing

@testable import ComplianceCore

/// `{name}` placeholders in requirement texts.
@Suite struct InterpolationTests {
  let values = ["days": "30", "country": "Danmark", "empty": ""]

  @Test func knownPlaceholdersAreFilledAndEverythingElseStays() {
    #expect(Interpolation.fill("within {days} days", with: values) == "within 30 days")
    #expect(Interpolation.fill("{days}{days}", with: values) == "3030")
    #expect(Interpolation.fill("ø {country} æ {days}", with: values) == "ø Danmark æ 30")
    #expect(Interpolation.fill("a{empty}b", with: values) == "ab")
    // Unknown names, empty braces and unclosed braces are left as written.
    #expect(Interpolation.fill("{unknown} and {days}", with: values) == "{unknown} and 30")
    #expect(Interpolation.fill("{} {", with: values) == "{} {")
    #expect(Interpolation.fill("{{days}}", with: values) == "{30}")
    #expect(Interpolation.fill("{days", with: values) == "{days")
    #expect(Interpolation.fill("no braces", with: values) == "no braces")
    #expect(Interpolation.fill("", with: values) == "")
  }

  @Test func placeholderNamesAreLettersDigitsAndUnderscores() {
    #expect(Interpolation.placeholders(in: "{days} and {max_age2} but not {a b} or {ø}") == ["days", "max_age2"])
    #expect(Interpolation.placeholders(in: "none here").isEmpty)
  }
}
