public import YAMLSupport

/// A municipality's acceptance of a gap for a time (design §6).
public struct Waiver: Sendable {
  /// The requirement id.
  public var rule: String
  /// The vendor name it applies to (exact match with `vendor.name`).
  public var vendor: String?
  /// A glob, relative to the waivers file's folder, of declaration paths it applies to.
  public var path: String?
  /// Why the gap is accepted.
  public var reason: String
  /// Who approved it.
  public var approvedBy: String
  /// The last day it applies.
  public var expires: Day
  /// Where it is written.
  public var location: SourceLocation

  /// `vendor` or `path`, as shown in messages.
  public var target: String { vendor ?? path ?? "" }

  /// Whether the waiver ends within `WaiverSet.warningWindowDays` of `asOf` (it may have ended).
  func isExpiringSoon(asOf: Day) -> Bool {
    expires.ordinal - asOf.ordinal <= WaiverSet.warningWindowDays
  }
}

/// A waivers file.
public struct WaiverSet: Sendable {
  /// The waivers in file order.
  public var waivers: [Waiver]
  /// The folder that `path` globs are relative to (absolute, standardised).
  public var baseDirectory: String
  /// The working folder that relative declaration paths start from (absolute).
  public var workingDirectory: String

  static let format = "dpacheck/waivers/v1"
  /// Waivers expiring within this many days are warned about.
  public static let warningWindowDays = 30

  /// Reads and validates a waivers file; rule ids must exist in `knownRules`.
  ///
  /// - Parameter workingDirectory: the absolute folder that the file's name and the declarations'
  ///   paths are relative to (the process's working folder).
  public static func load(
    _ source: SourceFile, knownRules: Set<String>, workingDirectory: String
  ) throws(Diagnostic) -> WaiverSet {
    let root = try YAMLDocument.parseMapping(source)
    try FileFormat.check(root, expected: format, kind: .waivers, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.waivers, .definite))
    reader.allow("format")
    var waivers: [Waiver] = []
    for node in try reader.sequence("waivers", required: true) ?? [] {
      var item = try ObjectReader(node, source: source, what: .phrase(.thingWaiver))
      guard let rule = try item.scalar("rule", required: true) else { continue }
      guard knownRules.contains(rule.text) else {
        let message = DiagnosticMessage(.waiverUnknownRule, .text(rule.text))
          .adding(Suggestion.message(for: rule.text, in: knownRules.sorted()))
        throw Diagnostic(message, at: rule.location, in: source)
      }
      let vendor = try item.string("vendor")
      let path = try item.string("path")
      if (vendor == nil) == (path == nil) {
        throw item.error(vendor == nil ? .waiverNeitherTarget : .waiverBothTargets, at: node.location)
      }
      let reason = try item.requiredString("reason")
      let approvedBy = try item.requiredString("approved_by")
      guard let expires = try item.day("expires", required: true) else { continue }
      try item.finish()
      waivers.append(Waiver(rule: rule.text, vendor: vendor, path: path, reason: reason, approvedBy: approvedBy, expires: expires, location: node.location))
    }
    try reader.finish()
    let directory = PathName.absolute(PathName.folder(of: source.name), workingDirectory: workingDirectory)
    return WaiverSet(waivers: waivers, baseDirectory: directory, workingDirectory: workingDirectory)
  }

  /// The waivers for `rule` that match a declaration, given its path relative to the waivers
  /// file's folder (`relativePath(of:)`, computed once per declaration).
  func matching(rule: String, vendor: String?, relativePath: String) -> [Waiver] {
    waivers.filter { waiver in
      guard waiver.rule == rule else { return false }
      if let name = waiver.vendor { return name == vendor }
      guard let pattern = waiver.path else { return false }
      return Glob.matches(pattern, relativePath)
    }
  }

  /// `file` relative to the waivers file's folder.
  func relativePath(of file: String) -> String {
    PathName.relative(PathName.absolute(file, workingDirectory: workingDirectory), to: baseDirectory)
  }
}

/// Glob matching for waiver paths: `*` and `?` within a path segment, `**` across segments.
///
/// Matching uses a table over pattern and path positions, so it takes time proportional to their
/// product even for hostile patterns; there is no backtracking blow-up.
package enum Glob {
  package static func matches(_ pattern: String, _ path: String) -> Bool {
    let patternParts = pattern.split(separator: "/").map(String.init)
    let pathParts = path.split(separator: "/").map(String.init)
    // reachable[i][j]: the first i pattern segments match the first j path segments.
    var reachable = Array(repeating: Array(repeating: false, count: pathParts.count + 1), count: patternParts.count + 1)
    reachable[0][0] = true
    for i in 1...max(patternParts.count, 1) where i <= patternParts.count {
      let segment = patternParts[i - 1]
      for j in 0...pathParts.count {
        if segment == "**" {
          reachable[i][j] = reachable[i - 1][j] || (j > 0 && reachable[i][j - 1])
        } else if j > 0 {
          reachable[i][j] = reachable[i - 1][j - 1] && matchesSegment(Array(segment.unicodeScalars), Array(pathParts[j - 1].unicodeScalars))
        }
      }
    }
    return reachable[patternParts.count][pathParts.count]
  }

  /// `*` and `?` within one segment, by dynamic programming.
  static func matchesSegment(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Bool {
    var previous = Array(repeating: false, count: text.count + 1)
    previous[0] = true
    for p in pattern {
      var current = Array(repeating: false, count: text.count + 1)
      if p == "*" { current[0] = previous[0] }
      for j in stride(from: 1, through: text.count, by: 1) {
        switch p {
        case "*": current[j] = previous[j] || current[j - 1]
        case "?": current[j] = previous[j - 1]
        default: current[j] = previous[j - 1] && text[j - 1] == p
        }
      }
      previous = current
    }
    return previous[text.count]
  }
}
