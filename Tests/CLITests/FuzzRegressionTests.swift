import Foundation
import TestSupport
import Testing

/// Inputs that fuzzing once found trouble with: each must now give a clean result — exit 0, 1 or 2,
/// no crash — and no raw control character in what reaches the terminal.
@Suite struct FuzzRegressionTests {
  static let folder = "Tests/Fixtures/fuzz-regressions"

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: Package.path(folder))) ?? []).sorted()
  }

  @Test func thereAreRegressionInputs() {
    #expect(!Self.files.isEmpty)
  }

  @Test(arguments: files)
  func regressionInputIsHandledCleanly(_ file: String) throws {
    let result = try CLI.run(["check", "\(Self.folder)/\(file)", "--as-of", "2026-11-26"], timeout: 10)
    #expect([0, 1, 2].contains(result.status), "exit \(result.status)")
    let controls = (result.stdout + result.stderr).unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty, "control characters reach the terminal: \(controls.map { String($0.value, radix: 16) })")
  }
}
