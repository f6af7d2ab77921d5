/// One or more diagnostics thrown together: a file with several schema errors reports them all.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
  /// The diagnostics, in the order found.
  public var diagnostics: [Diagnostic]

  /// Creates a list.
  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// Every diagnostic, rendered, one after another.
  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
