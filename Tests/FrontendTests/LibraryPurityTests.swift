import Foundation
import TestSupport
import Testing

/// ComplianceCore and ComplianceReporters are values in, values out: everything that touches the
/// process (files, folders, streams, the environment, the working folder, signals, threads) is the
/// front end's (`Sources/Frontend`). This test reads their sources and fails on any system call or
/// module that would let them do otherwise.
@Suite struct LibraryPurityTests {
  /// Text that has no place in the pure libraries, with why.
  static let forbidden: [(pattern: String, why: String)] = [
    (
      #"^\s*(public |package |internal |@preconcurrency )?import (Glibc|Musl|Darwin|WinSDK|Foundation\w*|Dispatch)\b"#,
      "a system or Foundation module"
    ),
    (
      #"(?<![\w.])(getcwd|getenv|setenv|realpath|opendir|readdir|stat|lstat|fstat|unlink|rename|fsync)\("#,
      "a file-system or environment call"
    ),
    // `read`, `write` and `close` on descriptors need a system module, caught above.
    (#"(?<![\w.])(open|fopen|lseek|pread|pwrite|isatty)\("#, "a file descriptor call"),
    (
      #"\b(FileManager|FileHandle|ProcessInfo|DispatchQueue|Thread|pthread_\w+|sigaction|signal)\b"#,
      "process, thread or signal API"
    ),
    (#"\b(STDIN_FILENO|STDOUT_FILENO|STDERR_FILENO|stdin|stdout|stderr)\b"#, "a standard stream"),
    (#"\b(FileSystem|InputFile|StandardError|Environment|TemporaryFiles|ReportSink)\."#, "a front-end type"),
  ]

  @Test(arguments: ["Sources/ComplianceCore", "Sources/ComplianceReporters"])
  func libraryTouchesNothingOutsideItsArguments(_ folder: String) throws {
    let root = Package.root.appendingPathComponent(folder)
    let files = try #require(FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String])
      .filter { $0.hasSuffix(".swift") }.sorted()
    #expect(files.count > 10, "no sources found under \(folder)")
    var found: [String] = []
    for file in files {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.hasPrefix("///") || line.drop { $0 == " " }.hasPrefix("//") ? "" : String(line)
        for rule in Self.forbidden where code.range(of: rule.pattern, options: .regularExpression) != nil {
          found.append("\(folder)/\(file):\(number + 1): \(rule.why): \(line.trimmingCharacters(in: .whitespaces))")
        }
      }
    }
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }

  /// The rules above do find what they are meant to: each line here must be caught.
  @Test func patternsCatchWhatTheyForbid() {
    let samples = [
      "import Glibc", "public import Foundation", "let cwd = getcwd(nil, 0)", "let d = open(path, O_RDONLY)",
      "FileManager.default", "DispatchQueue.concurrentPerform(iterations: 2) { _ in }", "isatty(STDOUT_FILENO)",
      "FileSystem.currentDirectory", "let value = getenv(name)",
    ]
    for sample in samples {
      #expect(Self.forbidden.contains { sample.range(of: $0.pattern, options: .regularExpression) != nil }, "\(sample)")
    }
    let allowed = [
      "let parts = text.split(separator: \"/\")", "reader.read(key)", "func write(_ text: String)",
      "write(child, indent: indent + 2)", "try reopen(x)",
    ]
    for sample in allowed {
      #expect(
        !Self.forbidden.contains { sample.range(of: $0.pattern, options: .regularExpression) != nil }, "\(sample)")
    }
  }
}
