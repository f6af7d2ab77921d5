import ComplianceCore
import YAMLSupport

/// `dpacheck diff --format json`: the `dpacheck/diff/v1` contract (design §11, docs/diff.md).
struct DiffJSONReporter {
  static let format = "dpacheck/diff/v1"

  func render(_ report: DiffReport) throws -> String {
    var root: [String: JSONValue] = [
      "format": .string(Self.format),
      "tool": .object(["name": .string("dpacheck"), "version": .string(DPACheckVersion.current)]),
      "as_of": .string(report.asOf.description),
      "profile": .string(report.profile),
      "old": .string(report.old),
      "new": .string(report.new),
      "changes": .array(report.declarations.flatMap { diff in diff.changes.map { Self.change($0, in: diff) } }),
      "summary": .object([
        "changes": .integer(report.changeCount), "material": .integer(report.materialCount),
        "unpaired": .integer(report.oldOnly.count + report.newOnly.count),
      ]),
      "declarations": .array(
        report.declarations.map { diff in
          .object([
            "old": .string(diff.oldFile), "new": .string(diff.newFile), "vendor": Self.text(diff.vendor),
            "service": Self.text(diff.service),
            "summary": .object([
              "changes": .integer(diff.changes.count), "material": .integer(diff.materialCount),
            ]),
          ])
        }),
      "unpaired": .object([
        "old": .array(report.oldOnly.map { .string($0) }), "new": .array(report.newOnly.map { .string($0) }),
      ]),
    ]
    return try JSONValue.object(root).rendered()
  }

  private static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  private static func change(_ change: DeclarationChange, in diff: DeclarationDiff) -> JSONValue {
    var location: [String: JSONValue] = [
      "line": .integer(change.location.line), "column": .integer(change.location.column),
    ]
    if change.isInOld { location["in"] = .string("old") }
    var object: [String: JSONValue] = [
      "kind": .string(change.kind.rawValue),
      "path": .string(change.path),
      "old": change.old.map(json) ?? .null,
      "new": change.new.map(json) ?? .null,
      "material": .bool(change.isMaterial),
      "location": .object(location),
      "file": .string(change.isInOld ? diff.oldFile : diff.newFile),
    ]
    if change.kind == .subprocessorAdded || change.kind == .subprocessorRemoved {
      object["objection_deadline"] = change.objectionDeadline.map { .string($0.description) } ?? .null
    }
    if let rule = change.rule { object["rule"] = .string(rule) }
    if let label = change.label { object["label"] = .string(label) }
    if let reason = change.reason {
      switch reason {
      case .kind: object["because"] = .string("kind")
      case .worseFinding: object["because"] = .string("worse_finding")
      case .worseValue(let rule):
        object["because"] = .string("worse_value")
        object["because_rule"] = .string(rule)
      }
    }
    return .object(object)
  }

  /// A declaration's value as JSON: dates as `YYYY-MM-DD` strings.
  static func json(_ value: Value) -> JSONValue {
    switch value {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .int(let number): .integer(number)
    case .number(let number): .number(number)
    case .string(let text): .string(text)
    case .date(let day): .string(day.description)
    case .list(let items): .array(items.map { json($0.value) })
    case .object(let members):
      .object(Dictionary(members.map { ($0.key, json($0.value.value)) }, uniquingKeysWith: { first, _ in first }))
    }
  }
}
