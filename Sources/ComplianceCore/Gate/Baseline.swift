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
  /// The declarations' identities, in their order.
  private var identities: [DeclarationIdentity] = []

  static let format = "dpacheck/report/v1"

  /// A baseline of `declarations`, read from `file`.
  public init(declarations: [Declaration], file: String) {
    self.declarations = declarations
    self.file = file
    for (index, declaration) in declarations.enumerated() { byFile[declaration.file, default: []].append(index) }
    identities = declarations.map {
      DeclarationIdentity(file: $0.file, vendor: $0.vendor, service: $0.service, recordsService: $0.recordsService)
    }
  }

  /// The baseline's entries for a declaration, by its identity (design §8, docs/ci.md): its
  /// normalised path; when no entry has that path, its vendor and service name. An identity that
  /// matches more than one entry, or none, is new (nil): one file's findings are never compared
  /// with another file's.
  public func entries(file: String, vendor: String?, service: String? = nil) -> [String: Entry]? {
    let identity = DeclarationIdentity(file: file, vendor: vendor, service: service)
    return identity.match(in: identities, byFile: byFile).map { declarations[$0].entries }
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
