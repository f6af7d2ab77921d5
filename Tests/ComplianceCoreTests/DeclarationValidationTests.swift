import ComplianceCore
import TestSupport
import Testing
import YAMLSupport

@Suite struct DeclarationValidationTests {
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

  private func load(_ text: String) throws -> Declaration {
    let catalog = try Self.catalog.get()
    return try DeclarationLoader(questionnaire: catalog.questionnaire, countries: catalog.countries)
      .load(SourceFile(name: "d.yaml", text: text))
  }

  @Test func unknownKeyGetsASuggestionAtTheKey() throws {
    let marked = MarkedText("format: dpacheck/declaration/v1\nbreach_notification:\n  1️⃣max_hour: 24\n")
    let found = try diagnostics(marked)
    #expect(found.count == 1)
    #expect(found.first?.location == marked.location("1️⃣"))
    #expect(found.first?.message == "unknown key 'max_hour' in 'breach_notification'; did you mean 'max_hours'?")
  }

  @Test func unknownKeysAreFoundAtEveryDepth() throws {
    let marked = MarkedText(
      """
      format: dpacheck/declaration/v1
      1️⃣vendr: {name: X}
      subprocessors:
        list:
          - name: A
            transfer: {2️⃣mechanizm: scc}
      """)
    let found = try diagnostics(marked)
    #expect(found.map(\.location) == [marked.location("1️⃣"), marked.location("2️⃣")])
    try #require(found.count == 2, "\(found.map(\.description))")
    #expect(found[0].message.contains("did you mean 'vendor'?"))
    #expect(found[1].message.contains("in 'subprocessors.list[].transfer'; did you mean 'mechanism'?"))
  }

  @Test func yesForABooleanSaysUseTrueOrFalse() throws {
    let marked = MarkedText("format: dpacheck/declaration/v1\ninstructions:\n  documented_only: 1️⃣yes\n")
    let found = try diagnostics(marked)
    #expect(found.first?.location == marked.location("1️⃣"))
    #expect(found.first?.message == "'documented_only' must be true or false; found 'yes': use true or false")
  }

  @Test func wrongTypesSayWhatWasExpected() throws {
    let marked = MarkedText(
      """
      format: dpacheck/declaration/v1
      declared_on: 1️⃣2026-02-30
      breach_notification:
        max_hours: 2️⃣"24"
        content: 3️⃣nature
      processing:
        locations:
          - country: 4️⃣XX
            role: 5️⃣storagee
      vendor:
        contact_email: 6️⃣not-an-email
      """)
    let found = try diagnostics(marked)
    // Two diagnostics at one place would be a mistake, reported by the count below, not a crash.
    let byMarker = Dictionary(found.map { ($0.location, $0.message) }, uniquingKeysWith: { first, _ in first })
    #expect(byMarker[try #require(marked.location("1️⃣"))] == "'2026-02-30' is not a valid date")
    #expect(
      byMarker[try #require(marked.location("2️⃣"))]
        == "'max_hours' must be a whole number; found the quoted string '24': remove the quotes")
    #expect(
      byMarker[try #require(marked.location("3️⃣"))]?
        .hasPrefix("'content' must be a list; found the string 'nature'") == true)
    #expect(
      byMarker[try #require(marked.location("4️⃣"))]
        == "'XX' is not an ISO 3166-1 alpha-2 country code (such as DK, DE or US)")
    #expect(
      byMarker[try #require(marked.location("5️⃣"))]
        == "'storagee' is not a valid value for 'role'; did you mean 'storage'?")
    #expect(
      byMarker[try #require(marked.location("6️⃣"))]
        == "'contact_email' must be an e-mail address; found 'not-an-email'")
    #expect(found.count == 6)
  }

  /// E-mail addresses are checked on their bytes when they are ASCII and on their characters
  /// otherwise; both ways must give the same verdicts.
  @Test(arguments: [
    ("privacy@nordlys.example", true), ("a@b.c", true), ("ø@nordlys.dk", true), ("dpo@københavn.dk", true),
    ("no-at.example", false), ("a@@b.c", false), ("@b.c", false), ("a@b", false), ("a@.b", false),
    ("a@b.", false), ("a b@c.d", false), ("a@b.c\\t", false), ("a@b.c\\r\\n", false), ("ø@b.c\\u2003", false),
    ("a@b@c.d", false), ("æ@ø", false),
  ])
  func emailAddressesAreCheckedTheSameWayWhateverTheirCharacters(address: String, valid: Bool) throws {
    let text = "format: dpacheck/declaration/v1\nvendor:\n  contact_email: \"\(address)\"\n"
    let found = try diagnostics(MarkedText(text)).filter { $0.code == .declarationEmail }
    #expect(found.isEmpty == valid, "\(address)")
  }

  @Test func norwayStaysTheStringNO() throws {
    let declaration = try load(
      """
      format: dpacheck/declaration/v1
      vendor:
        country: NO
        cvr: 01234567
      security:
        encryption:
          min_tls_version: 1.2

      """)
    #expect(declaration.value(at: "vendor.country")?.value == .string("NO"))
    #expect(declaration.value(at: "vendor.cvr")?.value == .string("01234567"))
    #expect(declaration.value(at: "security.encryption.min_tls_version")?.value == .string("1.2"))
  }

  @Test func extensionKeysAreIgnoredAndNullIsUnanswered() throws {
    let declaration = try load(
      "format: dpacheck/declaration/v1\nx-internal: {anything: [1, 2]}\nvendor:\n  x-crm-id: 42\n  name: null\n")
    #expect(declaration.vendorName == nil)
    #expect(declaration.value(at: "x-internal") == nil)
  }

  @Test func formatLineIsRequiredAndVersioned() throws {
    let missing = try diagnostics(MarkedText("vendor: {name: X}\n"))
    #expect(missing.first?.code == .formatMissing)
    let marked = MarkedText("format: 1️⃣dpacheck/declaration/v2\n")
    let unknown = try diagnostics(marked)
    #expect(unknown.first?.location == marked.location("1️⃣"))
    #expect(
      unknown.first?.message
        == "unknown declaration format version 'dpacheck/declaration/v2'; known versions: dpacheck/declaration/v1")
  }

  /// A declaration judges a value by its text and style: a quoted number is refused whatever its
  /// tag, and `!!str` keeps digits text (decisions.md, "Custom tags are errors").
  @Test func standardTagsDoNotUnquoteAValue() throws {
    let marked = MarkedText(
      """
      format: dpacheck/declaration/v1
      breach_notification: {max_hours: 1️⃣!!int "24", phased_updates: 2️⃣!!bool 'true'}
      confidentiality: {access_review_days: 3️⃣!!str 180}
      """)
    let found = try diagnostics(marked)
    #expect(found.map(\.location) == ["1️⃣", "2️⃣", "3️⃣"].compactMap { marked.location($0) })
    #expect(
      found.map(\.message) == [
        "'max_hours' must be a whole number; found the quoted string '24': remove the quotes",
        "'phased_updates' must be true or false; found the quoted string 'true': remove the quotes",
        "'access_review_days' must be a whole number; found '180'",
      ])
  }

  /// A problem with an alias is reported where the alias is used, with a note at the definition;
  /// a value read through an alias is located at the alias.
  @Test func aliasesAreReportedWhereTheyAreUsed() throws {
    let marked = MarkedText(
      """
      format: dpacheck/declaration/v1
      x-defaults: 1️⃣&m {name: Nordlys Cloud ApS}
      vendor: *m
      confidentiality:
        access_review_days: 2️⃣*m
      """)
    let found = try diagnostics(marked)
    try #require(found.count == 1, "\(found.map(\.description))")
    #expect(found[0].location == marked.location("2️⃣"))
    #expect(found[0].message == "'access_review_days' must be a single value (a whole number); found a mapping")
    #expect(found[0].notes.map(\.message) == ["'*m' is defined at line 2"])
    #expect(found[0].notes.map(\.location) == [marked.location("1️⃣")])
    #expect(found[0].notes.map { $0.message(.da) } == ["'*m' er defineret i linje 2"])
    let declaration = try load("format: dpacheck/declaration/v1\nx-h: &h 24\nbreach_notification:\n  max_hours: *h\n")
    let hours = try #require(declaration.value(at: "breach_notification.max_hours"))
    #expect(hours.value == .int(24))
    #expect(hours.location(in: "d.yaml") == SourceLocation(file: "d.yaml", line: 4, column: 14))
  }

  @Test func blankTemplateIsValid() throws {
    let declaration = try load("format: dpacheck/declaration/v1\ndeclared_on:\nvendor:\n  name:\n")
    #expect(declaration.vendorName == nil)
  }
}
