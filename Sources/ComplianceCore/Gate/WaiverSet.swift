public import YAMLSupport

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
      waivers.append(
        Waiver(
          rule: rule.text, vendor: vendor, path: path, reason: reason, approvedBy: approvedBy, expires: expires,
          location: node.location))
    }
    try reader.finish()
    let directory = PathName.absolute(PathName.folder(of: source.name), workingDirectory: workingDirectory)
    return WaiverSet(waivers: waivers, baseDirectory: directory, workingDirectory: workingDirectory)
  }

  /// The waivers for `rule` that match a declaration, given its path relative to the waivers
  /// file's folder (`relativePath(of:)`, computed once per declaration).
  func matching(rule: String, vendor: String?, relativePath: String) -> [Waiver] {
    waivers.filter { $0.rule == rule && $0.targets(vendor: vendor, relativePath: relativePath) }
  }

  /// `file` relative to the waivers file's folder.
  func relativePath(of file: String) -> String {
    PathName.relative(PathName.absolute(file, workingDirectory: workingDirectory), to: baseDirectory)
  }
}
