import Foundation
import TestSupport
import Testing
import YAMLSupport

/// The message table is complete and consistent: every kind has a row with both languages, the
/// placeholders of the two languages fit together, and the texts follow the message conventions.
@Suite struct DiagnosticTableTests {
  /// The placeholder numbers a template uses.
  static func placeholders(_ template: String) -> Set<Int> {
    var found: Set<Int> = []
    var rest = Substring(template)
    while let percent = rest.firstIndex(of: "%") {
      let next = rest.index(after: percent)
      guard next < rest.endIndex else { break }
      if let number = rest[next].wholeNumberValue { found.insert(number) }
      rest = rest[next...]
    }
    return found
  }

  /// Whether the text has words besides its placeholders.
  static func hasWords(_ template: String) -> Bool {
    var text = template
    for number in 1...9 { text = text.replacingOccurrences(of: "%\(number)", with: "") }
    return text.contains(where: \.isLetter)
  }

  @Test func everyKindHasARow() {
    let missing = DiagnosticKind.allCases.filter { !$0.hasEntry }
    #expect(missing.isEmpty, "kinds without a row in the table: \(missing)")
  }

  @Test(arguments: DiagnosticKind.allCases.filter { $0 != .verbatim })
  func theLanguagesFitTogether(kind: DiagnosticKind) {
    let da = kind.template(.da)
    let en = kind.template(.en)
    #expect(!da.isEmpty && !en.isEmpty)
    // Every argument is shown in at least one language, and the arguments are numbered without gaps.
    let used = Self.placeholders(da).union(Self.placeholders(en))
    #expect(used == Set(used.isEmpty ? [] : Array(1...(used.max() ?? 0))), "\(kind): \(used.sorted())")
    if Self.hasWords(en) { #expect(da != en, "\(kind) is not translated: \(en)") }
  }

  @Test(arguments: DiagnosticKind.allCases.filter { $0 != .verbatim })
  func theTextsFollowTheConventions(kind: DiagnosticKind) {
    for language in Language.allCases {
      let text = kind.template(language)
      #expect(!text.hasSuffix("."), "\(kind) (\(language)) ends with a period")
      #expect(text == text.trimmingCharacters(in: .whitespaces) || kind.role == .hint, "\(kind) (\(language))")
      if let first = text.first, first.isLetter {
        #expect(first.isLowercase, "\(kind) (\(language)) starts with a capital")
      }
      switch kind.role {
      case .message:
        #expect(kind.code != .unknown, "\(kind) has no code")
      case .hint:
        #expect(text.hasPrefix("; ") || text.hasPrefix(": "), "\(kind) (\(language)) does not continue a message")
      case .note, .fragment:
        break
      }
    }
  }

  @Test func libyamlTextsAreTranslatedAndTheUnknownKeptAsTheyAre() {
    for (english, danish) in LibYAMLText.danish {
      #expect(LibYAMLText.text(english, .en) == english)
      #expect(LibYAMLText.text(english, .da) == danish)
      #expect(danish != english, "'\(english)' is not translated")
    }
    #expect(LibYAMLText.text("found something new", .da) == "libyaml melder 'found something new'")
    #expect(LibYAMLText.text("found something new", .en) == "found something new")
  }

  @Test func aDiagnosticIsRenderedInEitherLanguage() throws {
    let source = SourceFile(name: "t.yaml", text: "vendor:\n  name: A\n  name: B\n")
    let diagnostic: Diagnostic
    do {
      _ = try YAMLDocument.parseMapping(source)
      Issue.record("no error")
      return
    } catch {
      diagnostic = error
    }
    #expect(diagnostic.code == .yamlDuplicateKey)
    #expect(diagnostic.rendered(colored: false, language: .en) == diagnostic.description)
    #expect(
      diagnostic.rendered(colored: false, language: .da) == """
        t.yaml:3:3: fejl: nøglen 'name' står to gange; første gang i linje 2
          name: B
          ^
        t.yaml:2:3: bemærk: 'name' står første gang her
        """)
  }

  @Test func argumentsAreNeverSearchedForPlaceholders() {
    let message = DiagnosticMessage(.yamlDuplicateKey, .text("%2"), .number(7))
    #expect(message.text(.en) == "duplicate key '%2'; it was first given on line 7")
    #expect(message.text(.da) == "nøglen '%2' står to gange; første gang i linje 7")
  }

  @Test func argumentsAreShownInTheLanguage() {
    #expect(MessageArgument.alternatives(["4", "2", "0"]).text(.da) == "4, 2 eller 0")
    #expect(MessageArgument.alternatives(["4", "0"]).text(.en) == "4 or 0")
    #expect(MessageArgument.node(.string("x")).text(.da) == "teksten 'x'")
    #expect(MessageArgument.file(.questionnaire, .demonstrative).text(.da) == "dette spørgeskema")
    #expect(MessageArgument.file(.waivers, .definite).text(.en) == "the waivers file")
    #expect(MessageArgument.libyaml("did not find expected key").text(.da) == "fandt ikke den forventede nøgle")
  }
}
