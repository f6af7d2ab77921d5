public import YAMLSupport

/// The result of `dpacheck diff`: the changes of each pair of declarations, and the files that
/// found no partner.
public struct DiffReport: Sendable {
  /// OLD as given on the command line.
  public var old: String
  /// NEW as given.
  public var new: String
  /// The evaluation date of both declarations' findings.
  public var asOf: Day
  /// The profile's id.
  public var profile: String
  /// One diff per pair of declarations, in NEW's order.
  public var declarations: [DeclarationDiff]
  /// Files of OLD whose identity no file of NEW has (folders only).
  public var oldOnly: [String]
  /// Files of NEW whose identity no file of OLD has (folders only): declarations to read in full.
  public var newOnly: [String]

  /// Creates a report.
  public init(
    old: String, new: String, asOf: Day, profile: String, declarations: [DeclarationDiff], oldOnly: [String] = [],
    newOnly: [String] = []
  ) {
    self.old = old
    self.new = new
    self.asOf = asOf
    self.profile = profile
    self.declarations = declarations
    self.oldOnly = oldOnly
    self.newOnly = newOnly
  }

  /// Every change, pair by pair.
  public var changes: [DeclarationChange] { declarations.flatMap(\.changes) }
  /// How many changes there are.
  public var changeCount: Int { declarations.reduce(0) { $0 + $1.changes.count } }
  /// How many changes are material.
  public var materialCount: Int { declarations.reduce(0) { $0 + $1.materialCount } }

  /// 1 when something needs the municipality's attention (a material change, or a declaration in
  /// only one of two folders), else 0.
  public var exitCode: Int32 { materialCount > 0 || !oldOnly.isEmpty || !newOnly.isEmpty ? 1 : 0 }
}
