/// A problem in an input file, with the position it concerns: the one error currency of every layer.
///
/// Rendered compiler-style: `file:line:column: error: message`, then the offending line and a caret.
/// Messages are lowercase, have no trailing period, and quote user text in single quotes.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable, Codable {
    case error, warning, note
  }

  /// An extra remark attached to a diagnostic, optionally with its own position.
  public struct Note: Sendable, Hashable {
    /// Where the note points, if anywhere.
    public var location: SourceLocation?
    /// The note's text.
    public var message: String

    /// Creates a note.
    public init(_ message: String, at location: SourceLocation? = nil) {
      self.message = message
      self.location = location
    }
  }

  /// A stable machine-readable identifier of the kind of problem, e.g. `yaml.duplicate-key`.
  public var code: String
  /// Error or warning.
  public var severity: Severity
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong, in one line.
  public var message: String
  /// Further remarks: the other position of a duplicate, the allowed keys, a suggestion.
  public var notes: [Note]
  /// The offending line for the snippet, cut to at most 100 characters around the column; nil when
  /// the line is not known.
  public var sourceLine: String?
  /// The column within `sourceLine` (differs from `location.column` when the line was cut).
  private var sourceColumn: Int

  /// Creates a diagnostic; pass `source` to quote the offending line.
  public init(
    _ code: String, _ message: String, at location: SourceLocation, in source: SourceFile? = nil,
    severity: Severity = .error, notes: [Note] = []
  ) {
    self.code = code
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
    // Only the part of the line that is shown is kept: a diagnostic about a huge one-line file
    // must not hold a copy of it.
    if let snippet = source?.snippet(line: location.line, column: location.column) {
      (sourceLine, sourceColumn) = snippet
    } else {
      (sourceLine, sourceColumn) = (nil, location.column)
    }
  }

  /// The compiler-style rendering without colour.
  public var description: String { rendered(colored: false) }

  /// Renders the diagnostic: a header line, the quoted source line with a caret, then the notes.
  public func rendered(colored: Bool) -> String {
    let label = severity.rawValue
    let paint: (String, String) -> String = { text, code in
      colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    let labelColor = severity == .error ? "1;31" : (severity == .warning ? "1;33" : "1;36")
    // Messages quote vendor text: hidden characters (`isHiddenFromDisplay`) are escaped, so that a
    // declaration can neither send escape sequences to the terminal nor disguise what it quotes.
    var output = "\(location.description.escapingControls): \(paint(label + ":", labelColor)) \(message.escapingControls)"
    if let sourceLine {
      output += "\n" + sourceLine.replacingHiddenForSnippet()
      output += "\n" + caretLine(for: sourceLine, column: sourceColumn)
    }
    for note in notes {
      if let noteLocation = note.location {
        output += "\n\(noteLocation.description.escapingControls): note: \(note.message.escapingControls)"
      } else {
        output += "\n  note: \(note.message.escapingControls)"
      }
    }
    return output
  }

  private func caretLine(for line: String, column: Int) -> String {
    var prefix = ""
    for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
      prefix += scalar == "\t" ? "    " : " "
    }
    let missing = max(0, column - 1 - line.unicodeScalars.count)
    return prefix + String(repeating: " ", count: missing) + "^"
  }
}

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
