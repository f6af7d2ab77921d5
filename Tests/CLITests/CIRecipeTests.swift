import Foundation
import TestSupport
import Testing

/// The CI recipes (Examples/ci/), the pre-commit hooks, the Dockerfile and docs/ci.md: the recipes
/// validate against their CI systems' schemas, every revision the docs tell people to pin exists,
/// every version they state is the one that revision (or this checkout) reports, and the steps that
/// scripts/try-github-recipe.sh runs are the recipe's own.
@Suite struct CIRecipeTests {
  /// The files that tell people what to pin.
  static let pinningFiles = [
    "docs/ci.md", "README.md", "Examples/ci/github-actions.yml", "Examples/ci/gitlab-ci.yml", ".pre-commit-hooks.yaml",
  ]

  static func read(_ relative: String) throws -> String {
    try String(contentsOfFile: Package.path(relative), encoding: .utf8)
  }

  /// Whether the package is a git checkout (`.git` is a folder, or a file in a worktree) and git is
  /// installed: a source archive has no history to look revisions up in.
  static let gitCheckout =
    FileManager.default.fileExists(atPath: Package.path(".git")) && Validators.find("git") != nil

  /// The 40-hex revisions named in `text`.
  static func revisions(in text: String) -> [String] {
    let found = text.matches(of: #/\b[0-9a-f]{40}\b/#).map { String($0.output) }
    return Array(Set(found)).sorted()
  }

  /// The version in a Version.swift source text.
  static func version(inSource source: String) -> String? {
    source.firstMatch(of: #/current = "([^"]+)"/#).map { String($0.output.1) }
  }

  static func git(_ arguments: [String]) throws -> Validators.Run {
    try #require(try Validators.run("git", ["-C", Package.root.path] + arguments))
  }

  // MARK: - Schemas

  @Test(
    Validators.jsonSchemaTool,
    arguments: [
      ("vendor.github-workflows", "Examples/ci/github-actions.yml"),
      ("vendor.gitlab-ci", "Examples/ci/gitlab-ci.yml"),
    ])
  func recipeValidatesAgainstItsSchema(schema: String, recipe: String) throws {
    // The built-in schemas ship inside check-jsonschema: no network.
    let result = try Validators.run("check-jsonschema", ["--builtin-schema", schema, Package.path(recipe)])
    let run = try #require(result, "check-jsonschema is not on PATH")
    #expect(run.status == 0, "\(recipe) against \(schema):\n\(run.output)")
  }

  // MARK: - Pinned revisions and versions

  @Test(.enabled(if: gitCheckout, "not a git checkout, or git is not installed: no history to look revisions up in"))
  func everyPinnedRevisionExists() throws {
    var named = 0
    for file in Self.pinningFiles {
      for revision in Self.revisions(in: try Self.read(file)) {
        named += 1
        let run = try Self.git(["cat-file", "-e", "\(revision)^{commit}"])
        #expect(run.status == 0, "\(file) pins \(revision), which is not a commit of this repository")
      }
    }
    #expect(named > 0, "docs/ci.md and the recipes pin no revision")
    #expect(!Self.revisions(in: try Self.read("docs/ci.md")).isEmpty, "docs/ci.md names no revision to pin")
  }

  /// A version written `vX.Y.Z` in the docs (a tag someone would pin) is this checkout's version.
  @Test func everyPinnedVersionTagIsTheCurrentVersion() throws {
    let current = try #require(Self.version(inSource: try Self.read("Sources/ComplianceCore/Model/Version.swift")))
    for file in Self.pinningFiles {
      // Not an action's tag (`uses: owner/action@v1.2.3`).
      for match in try Self.read(file).matches(of: #/(?m)(?:^|[^@\w.-])v(\d+\.\d+\.\d+)\b/#) {
        #expect(String(match.output.1) == current, "\(file) names v\(match.output.1); the version is \(current)")
      }
    }
    let version = try CLI.run(["--version"])
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == current)
  }

  /// "reports `dpacheck --version` X.Y.Z" beside a pinned revision is what that revision's
  /// Version.swift says.
  @Test(.enabled(if: gitCheckout, "not a git checkout, or git is not installed: no history to look revisions up in"))
  func theVersionStatedForAPinnedRevisionIsTheOneItReports() throws {
    var stated = 0
    for file in Self.pinningFiles {
      let text = try Self.read(file)
      let claims = text.matches(of: #/reports `dpacheck --version` (\d+\.\d+\.\d+)/#).map { String($0.output.1) }
      for revision in Self.revisions(in: text) {
        let show = try Self.git(["show", "\(revision):Sources/ComplianceCore/Model/Version.swift"])
        try #require(show.status == 0, "\(revision): \(show.output)")
        let reported = try #require(Self.version(inSource: show.output))
        for claim in claims {
          stated += 1
          #expect(claim == reported, "\(file) says \(revision) reports \(claim); its Version.swift says \(reported)")
        }
      }
    }
    #expect(stated > 0, "no file says which version the pinned revision reports")
  }

  // MARK: - The recipes' steps

  /// The `run: |` blocks of a workflow, by step name, each line without its indentation.
  static func runBlocks(_ workflow: String) -> [String: [String]] {
    var blocks: [String: [String]] = [:]
    var name: String?
    var block: (name: String, indent: Int, lines: [String])?
    func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
    for line in workflow.split(separator: "\n", omittingEmptySubsequences: false) {
      if let open = block {
        if line.trimmingCharacters(in: .whitespaces).isEmpty || indentation(line) > open.indent {
          block?.lines.append(line.trimmingCharacters(in: .whitespaces))
          continue
        }
        blocks[open.name] = open.lines.filter { !$0.isEmpty }
        block = nil
      }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("- name: ") { name = String(trimmed.dropFirst("- name: ".count)) }
      if trimmed == "run: |", let name { block = (name, indentation(line), []) }
    }
    if let open = block { blocks[open.name] = open.lines.filter { !$0.isEmpty } }
    return blocks
  }

  @Test func theTryScriptRunsTheGitHubRecipesPullRequestStepsLineForLine() throws {
    let blocks = Self.runBlocks(try Self.read("Examples/ci/github-actions.yml"))
    let script = try Self.read("scripts/try-github-recipe.sh").split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    for step in [
      "Baseline report of the base branch", "Declarations this pull request changes",
      "Check the changed declarations against the baseline",
    ] {
      let lines = try #require(blocks[step], "the GitHub recipe has no step '\(step)' with a run: block")
      let start = try #require(script.firstIndex(of: "# step: \(step)"), "the script has no '# step: \(step)'")
      // The function's body: the lines after `name() {`, up to its closing brace.
      let body = Array(script[(start + 2)...].prefix { $0 != "}" })
      #expect(body == lines, "scripts/try-github-recipe.sh's step '\(step)' is not the recipe's run: block")
    }
  }

  @Test func theRecipesCheckTheChangedDeclarationsAgainstABaselineAndUseOptionalFilesOnlyWhenPresent() throws {
    for recipe in ["Examples/ci/github-actions.yml", "Examples/ci/gitlab-ci.yml"] {
      let text = try Self.read(recipe)
      #expect(text.contains(#"if [ -f baseline.json ]; then options+=(--baseline baseline.json); fi"#), "\(recipe)")
      #expect(text.contains(#"if [ -f "$WAIVERS" ]; then options+=(--waivers "$WAIVERS"); fi"#), "\(recipe)")
      #expect(text.contains(#""$DECLARATIONS/*.yaml" "$DECLARATIONS/*.yml""#), "\(recipe) misses .yml or .yaml")
      #expect(!text.contains("--waivers waivers.yaml"), "\(recipe) passes a waivers file that may not exist")
      #expect(text.contains("DPACHECK_REVISION: "), "\(recipe) builds no pinned revision")
      #expect(!text.contains("git clone --depth 1"), "\(recipe) builds the default branch")
    }
    let github = try Self.read("Examples/ci/github-actions.yml")
    #expect(github.contains("github/codeql-action/upload-sarif@v4"))
    #expect(!github.contains("upload-sarif@v3"))
    #expect(github.contains("actions/cache@"))
    // GitHub builds the pinned revision's container image (the Dockerfile) once and caches its binary;
    // GitLab builds in the Swift image, and checks the whole folder in the container image.
    #expect(github.contains(#"docker build -q --build-arg SWIFT_IMAGE="$SWIFT_IMAGE""#))
    #expect(try Self.read("Dockerfile").contains("swift build -c release -Xswiftc -static-stdlib --product dpacheck"))
    let gitlab = try Self.read("Examples/ci/gitlab-ci.yml")
    #expect(gitlab.contains("codequality: gl-code-quality-report.json"))
    #expect(gitlab.contains("junit: dpacheck-junit.xml"))
    #expect(gitlab.contains("--format codequality"))
    #expect(gitlab.contains("swift build -c release -Xswiftc -static-stdlib --product dpacheck"))
    #expect(gitlab.contains("    name: $DPACHECK_IMAGE"))
  }

  @Test func thePreCommitHooksSeeDeclarationsAndTheWaiversFileApart() throws {
    let hooks = try Self.read(".pre-commit-hooks.yaml")
    #expect(hooks.contains("entry: dpacheck check --fail-on high --skip-non-declarations"))
    #expect(hooks.contains("- id: dpacheck-waivers"))
    #expect(hooks.contains("pass_filenames: false"))
    let docs = try Self.read("docs/ci.md")
    #expect(docs.contains(#"files: ^vendors/.*\.ya?ml$"#), "docs/ci.md's example config does not narrow files")
    #expect(!docs.contains("rev: v0.1.0") && !hooks.contains("rev: v0.1.0"), "a tag that is not published")
  }

  @Test func theDockerfileBuildsWhatTheStepsScriptBuilds() throws {
    let dockerfile = try Self.read("Dockerfile")
    let steps = try Self.read("scripts/docker-build-steps.sh")
    let build = "swift build -c release -Xswiftc -static-stdlib --product dpacheck"
    #expect(dockerfile.contains(build))
    #expect(steps.contains(build))
    #expect(dockerfile.contains("debian:bookworm-slim"))
    #expect(dockerfile.contains("libyaml-0-2"))
    #expect(dockerfile.contains(#"ENTRYPOINT ["dpacheck"]"#))
    let ignored = try Self.read(".dockerignore").split(separator: "\n").map(String.init)
    #expect(ignored.contains(".build*"))
  }
}
