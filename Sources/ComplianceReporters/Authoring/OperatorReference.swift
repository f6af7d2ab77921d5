import ComplianceCore

/// The table of the check language's operators in `docs/rule-language.md`, generated from the
/// operator table (`Operator.all`) so that an operator is documented where it is defined.
///
/// The table stands between two marker lines of the document; `updating(_:)` replaces what is
/// between them, and a test fails while the committed document differs.
public struct OperatorReference: Sendable {
  /// The line before the table.
  public static let begin =
    "<!-- GENERATED from the operator table (Sources/ComplianceCore/Evaluation/Operators/Operators.swift): "
    + "do not edit. Regenerate with 'RECORD_SNAPSHOTS=1 swift test --filter OperatorReferenceTests'. -->"
  /// The line after the table.
  public static let end = "<!-- END GENERATED operator table -->"

  /// Creates a writer.
  public init() {}

  /// The table in Markdown: one row per operator, in the order of `Operator.all`, each line ending
  /// with a line break.
  public func render() -> String {
    rows().map { $0 + "\n" }.joined()
  }

  /// `document` with the lines between the markers replaced by the table; nil when it lacks them.
  public func updating(_ document: String) -> String? {
    let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
    guard let begin = lines.firstIndex(where: { $0 == Self.begin }),
      let end = lines[begin...].firstIndex(where: { $0 == Self.end })
    else { return nil }
    let updated = lines[...begin].map(String.init) + rows() + lines[end...].map(String.init)
    return updated.joined(separator: "\n")
  }

  private func rows() -> [String] {
    var lines = ["| operator | field types | true when |", "| --- | --- | --- |"]
    for descriptor in Operator.all {
      let form = "`\(descriptor.name): \(descriptor.operand.placeholder)`"
      lines.append("| \(form) | \(descriptor.fields.description) | \(descriptor.summary) |")
    }
    return lines
  }
}
