import ComplianceCore
import Foundation
import Frontend
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
    #expect(error.code == .rulesCheck)
    #expect(error.location.file == "t/r.yaml")
    #expect(error.location.line == 10)
    #expect(error.message == "the questionnaire has no field 'breach_notification.max_hour'; did you mean 'max_hours'?")
  }

  @Test func enumLiteralsMustBeValuesTheFieldCanTake() throws {
    let error = try #require(loadError(check: "{field: subprocessors.authorisation, equals: generall}"))
    #expect(
      error.message == "'generall' is not a value 'subprocessors.authorisation' can take; did you mean 'general'?")
  }

  @Test func operatorsMustFitTheFieldType() throws {
    let error = try #require(loadError(check: "{field: vendor.name, max: 3}"))
    #expect(error.message == "'max' bounds numbers; 'vendor.name' is string")
  }

  @Test func unknownParameterIsAnError() throws {
    let error = try #require(
      loadError(check: "{field: breach_notification.max_hours, max: {param: hours}}", parameters: "{max_hours: 48}"))
    #expect(error.message == "unknown parameter 'hours'; did you mean 'max_hours'?")
  }

  @Test func unknownCountrySetIsAnError() throws {
    let error = try #require(loadError(check: "{field: vendor.country, in_set: efta}"))
    #expect(
      error.message.hasPrefix("unknown country set 'efta'; known sets: adequacy, adequacy_all, adequacy_dpf, eea, eu"))
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

  /// Requirement files are parsed side by side, but the error reported is always the one a
  /// pack-by-pack, file-by-file load meets first: here pack `a`'s second file, though pack `b`'s
  /// header and its file are broken too and `a/2.yaml` is the largest file to parse.
  @Test func theFirstErrorInLoadingOrderIsReportedWhateverFinishesFirst() throws {
    let countries = try String(contentsOfFile: Package.path("Rules/data/countries.yaml"), encoding: .utf8)
    let questionnaire = try String(contentsOfFile: Package.path("Rules/dk-dpa/questionnaire.yaml"), encoding: .utf8)
    func pack(_ id: String) -> String { "format: dpacheck/pack/v1\nid: \(id)\ntitle: {da: T, en: T}\nversion: \"1\"\n" }
    let good =
      "format: dpacheck/requirements/v1\nrequirements:\n"
      + InlineRules.requirement(id: "A-01", check: "{field: vendor.name, exists: true}")
    let padding = String(repeating: "# padding\n", count: 5_000)
    let files: [(String, String)] = [
      ("data/countries.yaml", countries),
      ("a/questionnaire.yaml", questionnaire),
      ("a/pack.yaml", pack("a")),
      ("a/1.yaml", good),
      ("a/2.yaml", padding + "format: dpacheck/requirements/v1\nrequirements: {broken: [}\n"),
      ("a/3.yaml", "format: dpacheck/requirements/v2\n"),
      ("b/pack.yaml", pack("b") + "unknown_key: 1\n"),
      ("b/1.yaml", "format: dpacheck/requirements/v1\nrequirements: 7\n"),
    ]
    for run in 0..<20 {
      do {
        _ = try RuleLoader(
          rules: EmbeddedRuleSource(files: files, prefix: ""),
          scheduler: run % 2 == 0 ? ConcurrentScheduler() : SerialScheduler()
        ).loadCatalog()
        Issue.record("the broken packs loaded")
      } catch {
        #expect(error.location.file == "a/2.yaml")
        #expect(error.location.line == 5_002)
      }
    }
  }

  /// Parsing the requirement files side by side or one after another loads the same catalog.
  @Test func concurrentAndSequentialLoadsAgree() throws {
    let source = try DirectoryRuleSource(root: Package.path("Rules"))
    let concurrent = try RuleLoader(rules: source, scheduler: ConcurrentScheduler()).loadCatalog()
    let sequential = try RuleLoader(rules: source).loadCatalog()
    func shape(_ catalog: Catalog) -> [String] {
      catalog.packs.flatMap { pack in
        pack.requirements.map {
          "\(pack.id) \($0.id) \($0.definedAt) \($0.severity) \($0.check.fieldsRead) \($0.examples.count)"
        }
      }
    }
    #expect(shape(concurrent) == shape(sequential))
    #expect(!shape(concurrent).isEmpty)
  }

  /// A pack loaded into a catalog loaded before gets the requirements that loading both at once
  /// gives, and its requirement ids are checked against the catalog's.
  @Test func packLoadedIntoACatalogMatchesLoadingItWithTheRest() throws {
    let countries = try String(contentsOfFile: Package.path("Rules/data/countries.yaml"), encoding: .utf8)
    let questionnaire = try String(contentsOfFile: Package.path("Rules/dk-dpa/questionnaire.yaml"), encoding: .utf8)
    func pack(_ id: String, _ requirementID: String) -> [(String, String)] {
      [
        ("\(id)/pack.yaml", "format: dpacheck/pack/v1\nid: \(id)\ntitle: {da: T, en: T}\nversion: \"1\"\n"),
        (
          "\(id)/r.yaml",
          "format: dpacheck/requirements/v1\nrequirements:\n"
            + InlineRules.requirement(id: requirementID, check: "{field: breach_notification.max_hours, max: 48}")
        ),
      ]
    }
    let baseFiles =
      [
        ("data/countries.yaml", countries), ("a/questionnaire.yaml", questionnaire),
        ("profiles/p.yaml", "format: dpacheck/profile/v1\npacks: [a]\n"),
      ] + pack("a", "A-01")
    let base = try RuleLoader(rules: EmbeddedRuleSource(files: baseFiles, prefix: "")).loadCatalog()
    let added = try RuleLoader(rules: EmbeddedRuleSource(files: pack("b", "B-01"), prefix: "")).loadPacks(into: base)
    let whole = try RuleLoader(rules: EmbeddedRuleSource(files: baseFiles + pack("b", "B-01"), prefix: ""))
      .loadCatalog()
    func shape(_ catalog: Catalog) -> [String] {
      catalog.packs.flatMap { pack in
        [pack.id]
          + pack.requirements.map {
            "\($0.id) \($0.definedAt) \($0.severity) \($0.check.fieldsRead) \($0.examples.count)"
          }
      }
    }
    #expect(shape(added) == shape(whole))
    #expect(added.packs.map(\.id) == ["a", "b"])
    #expect(added.profileIDs == ["p"])

    do {
      _ = try RuleLoader(rules: EmbeddedRuleSource(files: pack("b", "A-01"), prefix: "")).loadPacks(into: base)
      Issue.record("a requirement id of the catalog was accepted twice")
    } catch {
      #expect(error.code == .rulesDuplicateId)
      #expect(error.location.file == "b/r.yaml")
      #expect(error.notes.map { $0.location?.file } == ["a/r.yaml"])
    }
    do {
      _ = try RuleLoader(rules: EmbeddedRuleSource(files: pack("a", "C-01"), prefix: "")).loadPacks(into: base)
      Issue.record("a pack of the catalog was loaded again")
    } catch {
      #expect(error.code == .rulesPackId)
      #expect(error.message == "the pack 'a' is loaded already")
      #expect(error.location.file == "a/pack.yaml")
    }
  }
}

@Suite struct RuleTextTests {
  @Test func blockScalarTextsReadAsOneLineOfProse() throws {
    let requirement = """
        - id: T-01
          title:
            da: >
              En titel
              over to linjer
            en: |
              A title
                on two lines
          rationale: {da: "Begrundelse", en: "Rationale"}
          met_if: {da: "Kravet er opfyldt, hvis x.", en: "The requirement is met if x."}
          clause: "10"
          gdpr: ["Art. 33(2)"]
          severity: high
          check: {field: breach_notification.max_hours, max: 48}
          remediation: {da: "Gør x.", en: "Do x."}

      """
    let catalog = try InlineRules.catalog(requirements: requirement, readsExamples: false)
    let loaded = try #require(catalog.allRequirements.first { $0.id == "T-01" })
    #expect(loaded.title.da == "En titel over to linjer")
    #expect(loaded.title.en == "A title on two lines")
  }
}
