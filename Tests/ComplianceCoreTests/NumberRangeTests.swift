import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

/// Whole numbers are read exactly and held to a range in every kind of file: a questionnaire field's
/// declared bounds, a day or month count, a number of items. Date arithmetic saturates.
@Suite struct NumberRangeTests {
  static let catalog = Result { try Package.catalog() }

  private func diagnostics(_ marked: MarkedText) throws -> [Diagnostic] {
    let catalog = try Self.catalog.get()
    let loader = DeclarationLoader(questionnaire: catalog.questionnaire, countries: catalog.countries)
    do {
      _ = try loader.load(marked.source())
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test func wholeNumbersPastTheFieldsRangeAreErrorsAtTheValue() throws {
    let marked = MarkedText(
      """
      format: dpacheck/declaration/v1
      confidentiality:
        access_review_days: 1️⃣9223372036854775807
      security:
        logging: {retention_days: 2️⃣99999999999999999999}
      breach_notification: {max_hours: 3️⃣-9223372036854775808}
      assurance:
        reports:
          - {kind: soc2, exceptions: 4️⃣9223372036854775300}
      """)
    let found = try diagnostics(marked)
    #expect(found.map(\.location) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣"].compactMap { marked.location($0) })
    #expect(
      found.map(\.message) == [
        "'access_review_days' must be from 0 to 36500; found 9223372036854775807",
        "'retention_days' must be from 0 to 36500; found 99999999999999999999",
        "'max_hours' must be from 0 to 8760; found -9223372036854775808",
        "'exceptions' must be from 0 to 1000000; found 9223372036854775300",
      ])
  }

  @Test func wholeNumbersAtTheEndsOfTheRangeAreRead() throws {
    let catalog = try Self.catalog.get()
    let loader = DeclarationLoader(questionnaire: catalog.questionnaire, countries: catalog.countries)
    let text = """
      format: dpacheck/declaration/v1
      confidentiality: {access_review_days: 36500, training_interval_months: 0}
      """
    let declaration = try loader.load(SourceFile(name: "d.yaml", text: text))
    #expect(declaration.value(at: "confidentiality.access_review_days")?.value == .int(36500))
    #expect(declaration.value(at: "confidentiality.training_interval_months")?.value == .int(0))
  }

  @Test func decimalIntegersAreReadExactly() {
    #expect(CoreSchema.decimalInteger("9223372036854775807") == .value(Int.max))
    #expect(CoreSchema.decimalInteger("-9223372036854775808") == .value(Int.min))
    #expect(CoreSchema.decimalInteger("9223372036854775808") == .aboveRange)
    #expect(CoreSchema.decimalInteger("-9223372036854775809") == .belowRange)
    #expect(CoreSchema.decimalInteger("+00042") == .value(42))
    #expect(CoreSchema.decimalInteger("-0") == .value(0))
    for text in ["", "-", "1e3", "0x1F", "1.0", " 1", "1_000"] {
      #expect(CoreSchema.decimalInteger(text) == nil, "\(text)")
    }
  }

  @Test func dateArithmeticSaturatesAtTheEndsOfTheCalendar() throws {
    let day = try #require(Day("2026-11-26"))
    #expect(day.adding(days: Int.max) == Day.latest)
    #expect(day.adding(days: Int.min) == Day.earliest)
    #expect(day.adding(months: Int.max) == Day.latest)
    #expect(day.adding(months: Int.min) == Day.earliest)
    #expect(Day.latest.adding(days: 1) == Day.latest)
    #expect(Day.earliest.adding(months: -1) == Day.earliest)
    #expect(Day(ordinal: Int.max) == Day.latest)
    #expect(Day(ordinal: Int.min) == Day.earliest)
    #expect(Day.earliest.description == "0001-01-01")
    #expect(Day.latest.description == "9999-12-31")
    #expect(day.adding(days: 36_500).description == "2126-11-02")
  }

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

  @Test func literalsAreHeldToTheRangeOfTheirUse() throws {
    let cases: [(check: String, message: String)] = [
      (
        "{field: security.risk_assessment_date, max_age_days: 1e15}",
        "'max_age_days' must be a whole number of days from 0 to 36500; found '1e15'"
      ),
      (
        "{field: security.risk_assessment_date, max_age_days: 36501}",
        "'max_age_days' must be a whole number of days from 0 to 36500; found '36501'"
      ),
      (
        "{field: security.risk_assessment_date, max_age_months: -1}",
        "'max_age_months' must be a whole number of months from 0 to 1200; found '-1'"
      ),
      (
        "{field: processing.purposes, min_items: 1.5}",
        "'min_items' must be a whole number of items from 0 to 1000000; found '1.5'"
      ),
      (
        "{field: breach_notification.max_hours, max: 9223372036854775807}",
        "'max' must be a whole number from 0 to 8760; found '9223372036854775807'"
      ),
      (
        "{each: assurance.reports, check: {field: type, equals: 3}}",
        "'type' holds a whole number from 1 to 2; found '3'"
      ),
    ]
    for (check, message) in cases {
      let error = try #require(loadError(check: check), "\(check)")
      #expect(error.message == message)
      #expect(error.location.line == 10, "the check's line")
    }
    #expect(loadError(check: "{field: security.risk_assessment_date, max_age_days: 36500}") == nil)
  }

  @Test func aParameterTakesTheRangeOfItsUsesAndItsDefaultMustBeInIt() throws {
    let dated = "{field: security.risk_assessment_date, max_age_days: {param: days}}"
    let error = try #require(loadError(check: dated, parameters: "{days: 40000}"))
    #expect(error.message == "parameter 'days' must be a whole number of days from 0 to 36500; found '40000'")
    #expect(error.location.line == 10, "the line of the parameters")
    let bounded = "{field: breach_notification.max_hours, max: {param: hours}}"
    let requirement = InlineRules.requirement(check: bounded, parameters: "{hours: 48}")
    let catalog = try InlineRules.catalog(requirements: requirement)
    let spec = try #require(catalog.allRequirements.first?.parameter("hours"))
    #expect(spec.range == NumberRange(lower: 0, upper: 8760, isWhole: true))
  }

  /// Rule files and profiles honour the standard tags: `!!int "30"` is the number 30.
  @Test func aProfileReadsATaggedQuotedNumberAsANumber() throws {
    let requirements = InlineRules.requirement(
      check: "{field: security.risk_assessment_date, max_age_days: {param: days}}", parameters: "{days: 365}")
    let profile = "format: dpacheck/profile/v1\npacks: [t]\nparameters:\n  T-01: {days: !!int \"30\"}\n"
    let catalog = try InlineRules.catalog(requirements: requirements, profiles: ["x": profile])
    let ruleSet = try RuleSet.resolve(profile: "x", in: catalog) { (path) throws(Diagnostic) -> SourceFile in
      throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
    }
    #expect(ruleSet.requirements.first?.parameters["days"] == .number(30))
  }

  @Test func aProfileValueOutsideTheParametersRangeIsAnErrorAtTheValue() throws {
    let requirements = InlineRules.requirement(
      check: "{field: security.risk_assessment_date, max_age_days: {param: days}}", parameters: "{days: 365}")
    let marked = MarkedText("format: dpacheck/profile/v1\npacks: [t]\nparameters:\n  T-01: {days: 1️⃣-5}\n")
    let catalog = try InlineRules.catalog(requirements: requirements, profiles: ["x": marked.text])
    #expect {
      _ = try RuleSet.resolve(profile: "x", in: catalog) { (path) throws(Diagnostic) -> SourceFile in
        throw Diagnostic(.ioMissing, "no files", at: .start(of: path))
      }
    } throws: { error in
      let diagnostic = error as? Diagnostic
      let message = "parameter 'days' of 'T-01' must be a whole number of days from 0 to 36500; found '-5'"
      return diagnostic?.message == message
        && diagnostic?.location == marked.location("1️⃣", file: "profiles/x.yaml")
    }
  }
}
