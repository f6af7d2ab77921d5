import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

/// Whole numbers are read exactly and held to the range the questionnaire declares for their field.
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
    let marked = MarkedText("""
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
    #expect(found.map(\.message) == [
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
}
