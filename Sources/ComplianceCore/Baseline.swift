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

  /// One declaration of the baseline: its identity and its requirements' outcomes.
  public struct Declaration: Sendable {
    /// The file, normalised (`PathName.normalised`).
    public var file: String
    /// `vendor.name` then.
    public var vendor: String?
    /// `service.name` then; nil also when the report predates the `service` key.
    public var service: String?
    /// Whether the report had a `service` key (reports before it are matched by vendor alone).
    public var recordsService: Bool
    /// By requirement id.
    public var entries: [String: Entry]
  }

  /// The declarations, in the report's order.
  public var declarations: [Declaration]
  /// The file the baseline came from.
  public var file: String
  /// Positions in `declarations` by file.
  private var byFile: [String: [Int]] = [:]

  static let format = "dpacheck/report/v1"

  /// A baseline of `declarations`, read from `file`.
  public init(declarations: [Declaration], file: String) {
    self.declarations = declarations
    self.file = file
    for (index, declaration) in declarations.enumerated() { byFile[declaration.file, default: []].append(index) }
  }

  /// The baseline's entries for a declaration, by its identity (design §8, docs/ci.md): its
  /// normalised path; when no entry has that path, its vendor and service name. An identity that
  /// matches more than one entry, or none, is new (nil): one file's findings are never compared
  /// with another file's.
  public func entries(file: String, vendor: String?, service: String? = nil) -> [String: Entry]? {
    if let positions = byFile[file] {
      return positions.count == 1 ? declarations[positions[0]].entries : nil
    }
    guard let vendor else { return nil }
    let candidates = declarations.filter { entry in
      entry.vendor == vendor && (!entry.recordsService || entry.service == service)
    }
    return candidates.count == 1 ? candidates[0].entries : nil
  }

  /// Reads a JSON report written by `dpacheck check --format json`.
  ///
  /// - Parameter workingDirectory: the folder the run is in, against which the report's file
  ///   paths are normalised as the run's own are.
  public static func load(_ source: SourceFile, workingDirectory: String? = nil) throws(Diagnostic) -> Baseline {
    let root = try YAMLDocument.parseMapping(source)
    try FileFormat.check(root, expected: format, kind: .baseline, source: source)
    var reader = ObjectReader(root, source: source, what: .file(.baseline, .definite))
    var declarations: [Declaration] = []
    for node in try reader.sequence("declarations", required: true) ?? [] {
      var declaration = try ObjectReader(node, source: source, what: .phrase(.thingBaselineDeclaration))
      let file = PathName.normalised(try declaration.requiredString("file"), workingDirectory: workingDirectory)
      let vendor = try declaration.string("vendor")
      let recordsService = declaration.mapping["service"] != nil
      let service = try declaration.string("service")
      var entries: [String: Entry] = [:]
      for findingNode in try declaration.sequence("findings") ?? [] {
        var finding = try ObjectReader(findingNode, source: source, what: .phrase(.thingBaselineFinding))
        let rule = try finding.requiredString("rule")
        guard let statusScalar = try finding.scalar("status", required: true) else { continue }
        let status = try ObjectReader.enumValue(statusScalar, as: Status.self, key: "status", source: source)
        var values: [String: String?] = [:]
        for valueNode in try finding.sequence("values") ?? [] {
          var value = try ObjectReader(valueNode, source: source, what: .phrase(.thingBaselineValue))
          let path = try value.requiredString("path")
          values[path] = .some(try value.string("value"))
        }
        entries[rule] = Entry(status: status, values: values)
      }
      declarations.append(
        Declaration(file: file, vendor: vendor, service: service, recordsService: recordsService, entries: entries))
    }
    return Baseline(declarations: declarations, file: source.name)
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
