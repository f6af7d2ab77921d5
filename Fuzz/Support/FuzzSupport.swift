// Shared by every fuzz target (compiled into each by scripts/fuzz.sh; not part of the package).
//
// Invariants trap with fatalError, which libFuzzer reports as a crash and saves the input for.
// An invariant can be switched off by name with DPACHECK_FUZZ_IGNORE=name,name (for example to
// keep fuzzing past a known bug that the lead is fixing); every name is listed in docs/robustness.md.

import Foundation
import YAMLSupport

enum Fuzz {
  /// Invariants switched off through DPACHECK_FUZZ_IGNORE.
  static let ignored: Set<String> = Set(
    (ProcessInfo.processInfo.environment["DPACHECK_FUZZ_IGNORE"] ?? "")
      .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })

  /// Traps when `condition` is false, unless the invariant `name` is switched off.
  static func require(_ condition: @autoclosure () -> Bool, _ name: String, _ message: @autoclosure () -> String) {
    guard !ignored.contains(name), !condition() else { return }
    fatalError("fuzz invariant '\(name)' violated: \(message())")
  }

  /// FNV-1a of the input: a stable choice among variants of a target, so that a crash reproduces.
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// A character that a terminal acts on: C0 controls other than line feed and tab (ESC starts
  /// escape sequences) and DEL.
  static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
  }

  /// A C1 control character, U+0080-U+009F: terminals that honour 8-bit controls act on them too
  /// (U+009B is a one-character CSI), so they are checked separately (invariants `*-c1`).
  static func isC1Control(_ scalar: Unicode.Scalar) -> Bool { (0x80...0x9F).contains(scalar.value) }

  /// `text` with each C1 control character written `\u{…}`, so that a message shows where they are.
  static func showingC1Controls(_ text: String) -> String {
    text.unicodeScalars.map { isC1Control($0) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
  }

  /// Whether the invariant `name` is checked.
  static func checks(_ name: String) -> Bool { !ignored.contains(name) }

  /// The fuzz input as a source file.
  static func source(_ data: UnsafePointer<UInt8>, _ size: Int, name: String) -> SourceFile {
    SourceFile(name: name, bytes: Array(UnsafeBufferPointer(start: data, count: size)))
  }

  /// The `Rules/` folder: $DPACHECK_RULES, else the first `Rules/` above the binary or the working
  /// folder that holds `dk-dpa/pack.yaml`.
  static let rulesDirectory: String = {
    if let path = ProcessInfo.processInfo.environment["DPACHECK_RULES"], !path.isEmpty { return path }
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    for start in [
      URL(fileURLWithPath: exe).deletingLastPathComponent(),
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    ] {
      var folder = start.standardizedFileURL
      while folder.path != "/" {
        let candidate = folder.appendingPathComponent("Rules")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("dk-dpa/pack.yaml").path) {
          return candidate.path
        }
        folder = folder.deletingLastPathComponent()
      }
    }
    fatalError("cannot find the Rules/ folder: set DPACHECK_RULES")
  }()

  /// Runs `body` on `file` (relative to the package root) once: called from LLVMFuzzerInitialize so
  /// that the targets' globals and the libraries' lazy statics exist before libFuzzer starts to count
  /// allocations; otherwise LeakSanitizer reports them as leaks of the first input.
  static func warmUp(with file: String, _ body: (UnsafePointer<UInt8>, Int) -> CInt) {
    guard let data = FileManager.default.contents(atPath: packageRoot + "/" + file) else {
      fatalError("cannot read \(file)")
    }
    let bytes = [UInt8](data)
    _ = bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
  }

  /// The root of the package (the folder holding `Rules/`).
  static var packageRoot: String { URL(fileURLWithPath: rulesDirectory).deletingLastPathComponent().path }

  /// Every shipped rule file as (relative path, contents), sorted.
  static let shippedRuleFiles: [(path: String, contents: String)] = {
    let root = URL(fileURLWithPath: rulesDirectory)
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
      fatalError("cannot list \(root.path)")
    }
    var files: [(path: String, contents: String)] = []
    while let next = enumerator.nextObject() as? String {
      guard next.hasSuffix(".yaml") else { continue }
      guard let text = try? String(contentsOf: root.appendingPathComponent(next), encoding: .utf8) else {
        fatalError("cannot read \(next)")
      }
      files.append((next, text))
    }
    return files.sorted { $0.path < $1.path }
  }()
}

/// What the fuzz input looks like as lines, to bound the positions that diagnostics give.
struct InputShape {
  let source: SourceFile
  /// The number of lines as `SourceFile` counts them (as libyaml does: LF, CR LF, lone CR, NEL,
  /// U+2028, U+2029; a break at the end opens an empty last line).
  let lineCount: Int
  private let bytes: [UInt8]
  private let ranges: [Range<Int>]
  /// The widths of the lines measured so far (-1: not yet): most inputs need one or two.
  private let measured: Widths

  private final class Widths {
    var values: [Int]
    init(count: Int) { values = Array(repeating: -1, count: count) }
  }

  init(_ source: SourceFile) {
    self.source = source
    // Once: a file made from text (the rulepack target's) makes its bytes on every `bytes`.
    bytes = source.bytes
    ranges = source.lineRanges()
    lineCount = ranges.count
    measured = Widths(count: ranges.count)
  }

  /// The width of line `index` (0-based) in Unicode scalars, decoded as `SourceFile.line` decodes it.
  func width(ofLine index: Int) -> Int {
    if measured.values[index] >= 0 { return measured.values[index] }
    let range = ranges[index]
    // An ASCII line is as wide as it is long; others are decoded, as invalid UTF-8 is repaired.
    let width =
      bytes[range].allSatisfy { $0 < 0x80 }
      ? range.count : String(decoding: bytes[range], as: UTF8.self).unicodeScalars.count
    measured.values[index] = width
    return width
  }

  /// Checks a position: always line ≥ 1 and column ≥ 1; in this input, line ≤ lines + 1 and the
  /// column at most one past the end of its line.
  func check(_ location: SourceLocation, _ what: @autoclosure () -> String) {
    Fuzz.require(location.line >= 1 && location.column >= 1, "location-positive", "\(what()) at \(location)")
    guard location.file == source.name else { return }
    Fuzz.require(
      location.line <= lineCount + 1, "location-line", "\(what()) at \(location); the input has \(lineCount) lines")
    if location.line <= lineCount {
      let width = width(ofLine: location.line - 1)
      Fuzz.require(
        location.column <= width + 1, "location-column",
        "\(what()) at \(location); line \(location.line) has \(width) characters")
    }
  }

  /// Checks a diagnostic: its positions, its parts, and its rendering.
  func check(_ diagnostic: Diagnostic) {
    check(diagnostic.location, "diagnostic \(diagnostic.code) '\(diagnostic.message)'")
    for note in diagnostic.notes {
      if let location = note.location { check(location, "a note of \(diagnostic.code)") }
    }
    Fuzz.require(
      diagnostic.code != .unknown && !diagnostic.message.isEmpty, "diagnostic-text",
      "a diagnostic without code or message at \(diagnostic.location)")
    let plain = diagnostic.rendered(colored: false)
    _ = diagnostic.rendered(colored: true)
    Fuzz.require(
      plain.hasPrefix("\(diagnostic.location): "), "diagnostic-render",
      "rendering does not start with the position: \(plain)")
    Fuzz.require(
      !plain.unicodeScalars.contains(where: Fuzz.isTerminalControl),
      "diagnostic-control",
      "a control character reaches the rendered diagnostic (terminal escape injection): \(plain.debugDescription)")
    Fuzz.require(
      !plain.unicodeScalars.contains(where: Fuzz.isC1Control),
      "diagnostic-c1",
      "a C1 control character reaches the rendered diagnostic: \(Fuzz.showingC1Controls(plain))")
  }
}
