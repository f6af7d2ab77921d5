import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

/// Errors in rule packs are input errors with file, line and column.
@Suite struct RuleLoadingTests {
  private func loadError(check: String, parameters: String = "") -> Diagnostic? {
    do {
      _ = try InlineRules.catalog(requirements: InlineRules.requirement(check: check, parameters: parameters))
      return nil
    } catch let error as Diagnostic {
      return error
    } catch {
      return nil
    }
  }

  @Test func checkNamingAMissingFieldIsAnErrorWithASuggestion() throws {
    let error = try #require(loadError(check: "{field: breach_notification.max_hour, max: 48}"))
    #expect(error.code == "rules.check")
    #expect(error.location.file == "t/r.yaml")
    #expect(error.location.line == 10)
    #expect(error.message == "the questionnaire has no field 'breach_notification.max_hour'; did you mean 'max_hours'?")
  }

  @Test func enumLiteralsMustBeValuesTheFieldCanTake() throws {
    let error = try #require(loadError(check: "{field: subprocessors.authorisation, equals: generall}"))
    #expect(error.message == "'generall' is not a value 'subprocessors.authorisation' can take; did you mean 'general'?")
  }

  @Test func operatorsMustFitTheFieldType() throws {
    let error = try #require(loadError(check: "{field: vendor.name, max: 3}"))
    #expect(error.message == "'max' bounds numbers; 'vendor.name' is string")
  }

  @Test func unknownParameterIsAnError() throws {
    let error = try #require(loadError(check: "{field: breach_notification.max_hours, max: {param: hours}}", parameters: "{max_hours: 48}"))
    #expect(error.message == "unknown parameter 'hours'; did you mean 'max_hours'?")
  }

  @Test func unknownCountrySetIsAnError() throws {
    let error = try #require(loadError(check: "{field: vendor.country, in_set: efta}"))
    #expect(error.message.hasPrefix("unknown country set 'efta'; known sets: adequacy, adequacy_all, adequacy_dpf, eea, eu"))
  }

  @Test func unknownOperatorGetsASuggestion() throws {
    let error = try #require(loadError(check: "{field: breach_notification.max_hours, maximum: 48}"))
    #expect(error.message == "unknown operator 'maximum'; did you mean 'max'?")
  }

  @Test func packIsReadOnlyFromItsFolder() throws {
    let source = try DirectoryRuleSource(root: Package.path("Rules"))
    #expect(throws: Diagnostic.self) { _ = try source.read("../Package.swift") }
    #expect(throws: Diagnostic.self) { _ = try source.read("/etc/passwd") }
  }
}
