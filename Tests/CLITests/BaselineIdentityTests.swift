import Foundation
import TestSupport
import Testing

/// A declaration is matched with its baseline entry by its normalised path, then by vendor and
/// service when the path changed; an identity that matches more than one entry, or none, is new
/// (docs/ci.md). One file's findings are never compared with another file's.
@Suite(.serialized) struct BaselineIdentityTests {
  static let asOf = ["--as-of", "2026-11-26"]

  /// nordlys-cloud.yaml with a breach notice of `hours` hours (BR-01 is a gap above 48).
  static func declaration(hours: Int) throws -> String {
    let text = try String(contentsOfFile: Package.path("Examples/declarations/nordlys-cloud.yaml"), encoding: .utf8)
    let changed = text.replacingOccurrences(of: "max_hours: 24", with: "max_hours: \(hours)")
    #expect(hours == 24 || changed != text, "the example no longer says max_hours: 24")
    return changed
  }

  /// Writes `files` (name → hours) into the folder `name` below `directory`.
  static func folder(_ name: String, in directory: URL, _ files: [String: Int]) throws {
    let folder = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (file, hours) in files {
      try declaration(hours: hours).write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }
  }

  /// The review's case: one vendor, two files; the compliant one is renamed and made worse.
  @Test func aRenamedFileOfAVendorWithTwoFilesIsNewAndItsGapFails() throws {
    try withTemporaryDirectory { directory in
      try Self.folder("b1", in: directory, ["x-arkiv.yaml": 24, "z-sag.yaml": 72])
      try Self.folder("b2", in: directory, ["arkiv-2027.yaml": 72, "z-sag.yaml": 72])
      let baseline = try CLI.run(["check", "b1", "--format", "json", "-o", "b1.json"] + Self.asOf, in: directory.path)
      #expect(baseline.status == 1)
      let result = try CLI.run(["check", "b2", "--baseline", "b1.json"] + Self.asOf, in: directory.path)
      #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
      // Without the baseline it fails too; the baseline must not hide the renamed file's gap.
      #expect(try CLI.run(["check", "b2"] + Self.asOf, in: directory.path).status == 1)
    }
  }

  @Test func aDotSlashPathIsTheSameFileAndNothingChanged() throws {
    try withTemporaryDirectory { directory in
      try Self.folder("b1", in: directory, ["x-arkiv.yaml": 24, "z-sag.yaml": 72])
      _ = try CLI.run(["check", "b1", "--format", "json", "-o", "b1.json"] + Self.asOf, in: directory.path)
      for spelling in ["./b1", "b1/", "\(directory.path)/b1", "./b1/./"] {
        let result = try CLI.run(["check", spelling, "--baseline", "b1.json"] + Self.asOf, in: directory.path)
        // The same gap as in the baseline: not new, so the gate passes; nothing was resolved.
        #expect(result.status == 0, "\(spelling): \(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("resolved"), "\(spelling): \(result.stdout)")
        #expect(!result.stdout.contains("was gap"), "\(spelling): \(result.stdout)")
        #expect(result.stdout.contains("  b1/x-arkiv.yaml\n"), "\(spelling): \(result.stdout)")
        #expect(!result.stdout.contains("./b1"), "\(spelling): \(result.stdout)")
      }
    }
  }

  @Test func aRenamedFileOfAVendorWithOneFileIsMatchedByVendorAndService() throws {
    try withTemporaryDirectory { directory in
      try Self.folder("b1", in: directory, ["nordlys.yaml": 72])
      try Self.folder("b2", in: directory, ["nordlys-2027.yaml": 72])
      _ = try CLI.run(["check", "b1", "--format", "json", "-o", "b1.json"] + Self.asOf, in: directory.path)
      let result = try CLI.run(["check", "b2", "--baseline", "b1.json"] + Self.asOf, in: directory.path)
      // The gap was there before, under the old name: not new.
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
  }

  @Test func reportsNameAnInputBelowTheWorkingDirectoryRelatively() throws {
    try withTemporaryDirectory { directory in
      // A gap, so that every format (SARIF too) names the file.
      try Self.folder("vendors", in: directory, ["a.yaml": 72])
      let absolute = directory.appendingPathComponent("vendors/a.yaml").path
      for format in ["text", "json", "junit", "sarif", "markdown", "html"] {
        let result = try CLI.run(["check", absolute, "--format", format] + Self.asOf, in: directory.path)
        #expect(result.status == 1)
        #expect(!result.stdout.contains(directory.path), "\(format) holds the absolute path")
        #expect(result.stdout.contains("vendors/a.yaml"), "\(format)")
      }
    }
  }

  @Test func aWaivedFindingThatWasMetIsNotCalledKnownInTheBaseline() throws {
    try withTemporaryDirectory { directory in
      try Self.folder("before", in: directory, ["sag.yaml": 24])
      try Self.folder("after", in: directory, ["sag.yaml": 72])
      _ = try CLI.run(["check", "before/sag.yaml", "--format", "json", "-o", "b.json"] + Self.asOf, in: directory.path)
      try """
      format: dpacheck/waivers/v1
      waivers:
        - rule: BR-01
          vendor: Nordlys Cloud ApS
          reason: Amendment to 24 hours signed
          approved_by: Jane Jensen, DPO
          expires: 2027-03-31

      """.write(to: directory.appendingPathComponent("waivers.yaml"), atomically: true, encoding: .utf8)
      let result = try CLI.run(
        ["check", "after/sag.yaml", "--baseline", "b.json", "--waivers", "waivers.yaml"] + Self.asOf, in: directory.path
      )
      #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
      #expect(result.stdout.contains("[waived;"))
      #expect(!result.stdout.contains("known in the baseline"), "\(result.stdout)")
    }
  }
}
