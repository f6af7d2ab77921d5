public import YAMLSupport

/// An earlier JSON report, against which a run gates only on what is new or worse.
///
/// The report is read with the YAML layer (JSON is YAML), so a broken baseline gets the same
/// file:line:column errors as any other input. Keys a newer report may add are ignored.
public struct Baseline: Sendable {
  /// One requirement's outcome in the baseline.
  public struct Entry: Sendable {
    /// Its status then.
    public var status: Status
    /// The values it read then, by data path; nil where the field was unanswered.
    public var values: [String: String?]
  }

  /// By declaration file, then by requirement id.
  public var declarations: [String: [String: Entry]]
  /// Declaration file by vendor name, to match a declaration that moved.
  public var filesByVendor: [String: String]
  /// The file the baseline came from.
  public var file: String

  static let format = "dpacheck/report/v1"

  /// The baseline's entries for a declaration: by file as given, else by vendor name.
  public func entries(file: String, vendor: String?) -> [String: Entry]? {
    if let entries = declarations[file] { return entries }
    return vendor.flatMap { filesByVendor[$0] }.flatMap { declarations[$0] }
  }

  /// Reads a JSON report written by `dpacheck check --format json`.
  public static func load(_ source: SourceFile) throws(Diagnostic) -> Baseline {
    let root = try YAMLDocument.parseMapping(source)
    try FileFormat.check(root, expected: format, kind: "baseline report", source: source)
    var reader = ObjectReader(root, source: source, what: "the baseline report")
    var declarations: [String: [String: Entry]] = [:]
    var vendors: [String: String] = [:]
    for node in try reader.sequence("declarations", required: true) ?? [] {
      var declaration = try ObjectReader(node, source: source, what: "a declaration of the baseline")
      let file = try declaration.requiredString("file")
      if let vendor = try declaration.string("vendor") { vendors[vendor] = file }
      var entries: [String: Entry] = [:]
      for findingNode in try declaration.sequence("findings") ?? [] {
        var finding = try ObjectReader(findingNode, source: source, what: "a finding of the baseline")
        let rule = try finding.requiredString("rule")
        guard let statusScalar = try finding.scalar("status", required: true) else { continue }
        let status = try ObjectReader.enumValue(statusScalar, as: Status.self, key: "status", source: source)
        var values: [String: String?] = [:]
        for valueNode in try finding.sequence("values") ?? [] {
          var value = try ObjectReader(valueNode, source: source, what: "a value of the baseline")
          let path = try value.requiredString("path")
          values[path] = .some(try value.string("value"))
        }
        entries[rule] = Entry(status: status, values: values)
      }
      declarations[file] = entries
    }
    return Baseline(declarations: declarations, filesByVendor: vendors, file: source.name)
  }
}

/// What changed in one declaration since the baseline.
public struct BaselineDelta: Sendable {
  /// A requirement whose status changed.
  public struct Change: Sendable, Hashable {
    /// The requirement id.
    public var rule: String
    /// The status in the baseline (nil: the requirement or declaration was not in it).
    public var before: Status?
    /// The status now.
    public var after: Status
  }

  /// A value that changed.
  public struct AnswerChange: Sendable, Hashable {
    /// The data path.
    public var path: String
    /// The value in the baseline (nil: not answered).
    public var before: String?
    /// The value now (nil: not answered).
    public var after: String?
    /// Where the value is now, if it is answered.
    public var location: SourceLocation?
  }

  /// Gaps and unanswered requirements that are new or worse.
  public var new: [Change]
  /// Gaps and unanswered requirements of the baseline that are no longer open.
  public var resolved: [Change]
  /// Answers that changed.
  public var changedAnswers: [AnswerChange]
  /// Whether the declaration was in the baseline at all.
  public var wasInBaseline: Bool

  /// Whether a status fails the gate (waived and settled statuses do not).
  static func isOpen(_ status: Status?) -> Bool { status == .gap || status == .unanswered }

  /// Compares findings with the baseline's entries; marks each finding new or known.
  static func compare(_ findings: inout [Finding], with entries: [String: Baseline.Entry]?) -> BaselineDelta {
    var new: [Change] = []
    var resolved: [Change] = []
    var currentValues: [String: (String?, SourceLocation?)] = [:]
    for index in findings.indices {
      let finding = findings[index]
      let before = entries?[finding.rule]?.status
      let after = finding.status
      // Worse: newly open, or from unanswered to gap.
      let isNew = isOpen(after) && (!isOpen(before) || (before == .unanswered && after == .gap))
      findings[index].isNewSinceBaseline = isNew
      if isNew { new.append(Change(rule: finding.rule, before: before, after: after)) }
      if isOpen(before) && !isOpen(after) { resolved.append(Change(rule: finding.rule, before: before, after: after)) }
      for evidence in finding.evidence where evidence.actual != nil {
        currentValues[evidence.path] = (evidence.actual, evidence.location)
      }
      for missing in finding.missing where currentValues[missing.path] == nil {
        currentValues[missing.path] = (nil, nil)
      }
    }
    var previous: [String: String?] = [:]
    for entry in (entries ?? [:]).values { previous.merge(entry.values) { first, _ in first } }
    var changed: [AnswerChange] = []
    for (path, old) in previous {
      guard let (value, location) = currentValues[path], value != old else { continue }
      changed.append(AnswerChange(path: path, before: old, after: value, location: location))
    }
    return BaselineDelta(
      new: new.sorted { $0.rule < $1.rule }, resolved: resolved.sorted { $0.rule < $1.rule },
      changedAnswers: changed.sorted { $0.path < $1.path }, wasInBaseline: entries != nil)
  }
}
