import ComplianceCore
import Foundation
import YAMLSupport

/// The English words of dpacheck's own texts, for finding English in output that must be Danish.
///
/// The list is the words of the English side of the diagnostic table (`DiagnosticKind`, libyaml's
/// texts, file kinds, node kinds) and of the report phrases (`Phrase`, and the operators' wordings),
/// minus
/// - words that are the same in both languages: a word that one text of the tables has in both
///   its English and its Danish form ("true", "yaml"; `sameInBoth`, reviewed by a test), a word
///   of the rule packs' Danish texts ("it", as in "it-kontroller"), and words that are common
///   Danish words in their own right ("to", "at", "her", "mail");
/// - names and codes: the questionnaire's top-level keys, types and enum values, the packs',
///   profiles' and country sets' names, which messages show as they are written (deeper keys are
///   written as dotted paths, which are not words).
///
/// Text is searched outside single quotes (user text and names are quoted), outside backticks,
/// outside lists of names, and without tokens that are paths, dotted field paths, codes, flags or
/// numbers.
package enum EnglishWords {
  /// The list, built once.
  package static let list: Result<Set<String>, any Error> = Result { try build() }

  /// Short Danish words that are also English words of the tables.
  static let danishHomographs: Set<String> = ["to", "at", "her", "by", "den", "men", "under", "over", "mail"]

  static func build() throws -> Set<String> {
    let texts = try texts()
    let english = Set(texts.pairs.flatMap { words(in: withoutNameLists($0.en), dropQuoted: true) })
    let danish = Set(texts.danishContent.flatMap { words(in: withoutNameLists($0), dropQuoted: true) })
    let codes = Set(texts.names.flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) })
    return english.subtracting(try sameInBoth()).subtracting(danish).subtracting(codes).subtracting(danishHomographs)
  }

  /// The words that one text of the tables has in both its English and its Danish form: names of
  /// formats and values ("true", "yaml", "url"). Reviewed: a word new here is a translation gone
  /// wrong or a new shared word (`DanishOutputTests`).
  package static func sameInBoth() throws -> Set<String> {
    var shared: Set<String> = []
    for (en, da) in try texts().pairs {
      let danish = Set(words(in: withoutNameLists(da), dropQuoted: true))
      shared.formUnion(words(in: withoutNameLists(en), dropQuoted: true).filter(danish.contains))
    }
    return shared
  }

  /// dpacheck's texts: each English text with its Danish, the Danish texts of the rule packs, and
  /// the names and codes the lists are made from.
  package static func texts() throws -> (pairs: [(en: String, da: String)], danishContent: [String], names: [String]) {
    var pairs: [(en: String, da: String)] = []
    var danish: [String] = []
    for kind in DiagnosticKind.allCases { pairs.append((kind.template(.en), kind.template(.da))) }
    for (en, da) in LibYAMLText.danish { pairs.append((en, da)) }
    for kind in FileKind.allCases {
      for form in FileKind.Form.allCases { pairs.append((kind.name(form, .en), kind.name(form, .da))) }
    }
    for node in [NodeSummary.mapping, .list, .null, .bool("x"), .number("1"), .string("x")] {
      pairs.append((node.text(.en), node.text(.da)))
    }
    for phrase in Phrase.allCases { pairs.append((phrase.text(.en), phrase.text(.da))) }
    // What the operators expect. The shipped country sets' own wordings (`ExpectationWording.names`)
    // are left out: they quote names that are the same in both languages (EU-US Data Privacy
    // Framework).
    for texts in Operator.Wording.allCases.map(\.texts) {
      pairs += [(texts.plain.en, texts.plain.da), (texts.negated.en, texts.negated.da)]
    }
    let catalog = try Package.catalog()
    for requirement in catalog.allRequirements {
      danish += [requirement.title.da, requirement.rationale.da, requirement.metIf.da, requirement.remediation.da]
    }
    var names: [String] = []
    for field in catalog.questionnaire.fields {
      danish.append(field.question.da)
      if let help = field.help { danish.append(help.da) }
      // A top-level key may stand unquoted ("intet punkt i transfers opfylder kravet"); deeper
      // ones are written as dotted paths, which are not words.
      if !field.path.contains(".") { names.append(field.path) }
      names += field.values
    }
    for section in catalog.questionnaire.sections { danish.append(section.title.da) }
    for pack in catalog.packs {
      danish.append(pack.title.da)
      danish += pack.clauseTitles.values.map(\.da)
      names.append(pack.id)
    }
    names += catalog.profileIDs + catalog.countries.sets.keys
    names += FieldType.allCases.map(\.rawValue)
    return (pairs, danish, names)
  }

  /// The text values of the declarations at `paths` (files, or folders of them), longest first:
  /// the vendors' own words, which a report may show unquoted ("Postwave Mail LLC").
  package static func userText(of paths: [String]) throws -> [String] {
    var files: [String] = []
    for path in paths {
      let full = Package.path(path)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
      if isFolder.boolValue {
        // Every declaration below the folder, as `check` reads a folder.
        let names = try FileManager.default.subpathsOfDirectory(atPath: full).filter { $0.hasSuffix(".yaml") }
        files += names.sorted().map { "\(full)/\($0)" }
      } else {
        files.append(full)
      }
    }
    var texts: Set<String> = []
    for file in files {
      let source = SourceFile(name: file, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: file))))
      var stack = [try YAMLDocument.parse(source)]
      while let node = stack.popLast() {
        switch node {
        case .scalar(let scalar) where scalar.text.count >= 3 && scalar.text.contains(where: \.isLetter):
          texts.insert(scalar.text)
        case .scalar: break
        case .sequence(let sequence): stack += sequence.items
        case .mapping(let mapping): stack += mapping.entries.map(\.value)
        }
      }
    }
    return texts.sorted { $0.count > $1.count }
  }

  /// The words of `text` that are on the list; lists of names after their Danish introductions
  /// ("tilladte nøgler: rule, vendor, path") are names, not words.
  package static func found(in text: String) throws -> [String] {
    let list = try Self.list.get()
    return words(in: withoutNameLists(text), dropQuoted: true).filter(list.contains)
  }

  /// `text` without its lists of names (`nameList`).
  package static func withoutNameLists(_ text: String) -> String {
    text.replacingOccurrences(of: nameList, with: " ", options: .regularExpression)
  }

  /// A list of names after the words that introduce one in the Danish texts, up to the end of its
  /// clause.
  static let nameList =
    #"(tilladte nøgler(?: her)?|en af|ingen af|kendte \p{L}+|kravets parametre|én operator|; fandt|mangler): [^;?]*"#

  /// The words of `text`, lower case: letters only, two or more; quoted text and backtick code
  /// dropped when asked; tokens that hold a path, a dotted name, a code, a placeholder, a flag or a
  /// digit dropped.
  package static func words(in text: String, dropQuoted: Bool) -> [String] {
    var text = text
    if dropQuoted {
      // A quote opens where no letter precedes it and closes where none follows: "vendor's"
      // and "id'et" are words, not quotes.
      let quoted = #"(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])"#
      text = text.replacingOccurrences(of: quoted, with: " ", options: .regularExpression)
      text = text.replacingOccurrences(of: #"`[^`]*`"#, with: " ", options: .regularExpression)
    }
    var result: [String] = []
    for token in text.split(whereSeparator: \.isWhitespace) {
      let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()[]{}\"'!?.…«»“”*|"))
      // Paths, dotted names, codes, numbers, placeholders (`{value}`) and command-line flags
      // (`--as-of`) are not words.
      if trimmed.hasPrefix("-") || token.contains("{")
        || trimmed.contains(where: { "/._@=<>%$#&+".contains($0) || $0.isNumber })
      {
        continue
      }
      for word in trimmed.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 2 {
        result.append(String(word))
      }
    }
    return result
  }
}
