/// A problem in an input file, with the position it concerns: the one error currency of every layer.
///
/// Rendered compiler-style: `file:line:column: error: message`, then the offending line and a caret.
/// Messages are lowercase, have no trailing period, and quote user text in single quotes.
///
/// The message is an entry of the message table (`DiagnosticKind`) with its arguments, so it is
/// rendered in the language asked for: `message` is the English text, `message(_:)` either.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable, Codable {
    case error, warning, note

    /// The label in `language`, as in `file:1:2: error:`.
    public func label(_ language: Language) -> String {
      switch (self, language) {
      case (_, .en): rawValue
      case (.error, .da): "fejl"
      case (.warning, .da): "advarsel"
      case (.note, .da): "bemærk"
      }
    }
  }

  /// An extra remark attached to a diagnostic, optionally with its own position.
  public struct Note: Sendable, Hashable {
    /// Where the note points, if anywhere.
    public var location: SourceLocation?
    /// What the note says.
    public var text: DiagnosticMessage

    /// Creates a note.
    public init(_ text: DiagnosticMessage, at location: SourceLocation? = nil) {
      self.text = text
      self.location = location
    }

    /// Creates a note of one table entry.
    public init(_ kind: DiagnosticKind, _ arguments: MessageArgument..., at location: SourceLocation? = nil) {
      self.init(DiagnosticMessage(kind, arguments: arguments), at: location)
    }

    /// A note with a text that is the same in both languages: for tests and tools.
    package init(_ message: String, at location: SourceLocation? = nil) {
      self.init(DiagnosticMessage(.verbatim, .text(message)), at: location)
    }

    /// The note's text in English.
    public var message: String { text.text(.en) }

    /// The note's text in `language`.
    public func message(_ language: Language) -> String { text.text(language) }
  }

  /// A stable machine-readable identifier of the kind of problem, e.g. `yaml.duplicate-key`.
  public var code: DiagnosticCode
  /// Error or warning.
  public var severity: Severity
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong, in one line: an entry of the message table with its arguments.
  public var text: DiagnosticMessage
  /// Further remarks: the other position of a duplicate, the allowed keys, a suggestion.
  public var notes: [Note]
  /// The offending line for the snippet, cut to at most 100 characters around the column; nil when
  /// the line is not known.
  public var sourceLine: String?
  /// The column within `sourceLine` (differs from `location.column` when the line was cut).
  private var sourceColumn: Int

  /// Creates a diagnostic; its code and severity are its message kind's unless given. Pass
  /// `source` to quote the offending line.
  public init(
    _ text: DiagnosticMessage, code: DiagnosticCode? = nil, at location: SourceLocation, in source: SourceFile? = nil,
    notes: [Note] = []
  ) {
    self.code = code ?? text.kind.code
    severity = text.kind.severity
    self.location = location
    self.text = text
    self.notes = notes
    // Only the part of the line that is shown is kept: a diagnostic about a huge one-line file
    // must not hold a copy of it.
    if let snippet = source?.snippet(line: location.line, column: location.column) {
      (sourceLine, sourceColumn) = snippet
    } else {
      (sourceLine, sourceColumn) = (nil, location.column)
    }
  }

  /// Creates a diagnostic of one table entry.
  public init(
    _ kind: DiagnosticKind, _ arguments: MessageArgument..., at location: SourceLocation,
    in source: SourceFile? = nil, notes: [Note] = []
  ) {
    self.init(DiagnosticMessage(kind, arguments: arguments), at: location, in: source, notes: notes)
  }

  /// A diagnostic with a message that is the same in both languages: for tests and tools; the
  /// library's own diagnostics come from the message table.
  package init(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation, in source: SourceFile? = nil,
    severity: Severity = .error, notes: [Note] = []
  ) {
    self.init(DiagnosticMessage(.verbatim, .text(message)), code: code, at: location, in: source, notes: notes)
    self.severity = severity
  }

  /// What is wrong, in English.
  public var message: String { text.text(.en) }

  /// What is wrong, in `language`.
  public func message(_ language: Language) -> String { text.text(language) }

  /// The compiler-style rendering in English, without colour.
  public var description: String { rendered(colored: false) }

  /// Renders the diagnostic in `language`: a header line, the quoted source line with a caret,
  /// then the notes.
  public func rendered(colored: Bool, language: Language = .en) -> String {
    let label = severity.label(language)
    let paint: (String, String) -> String = { text, code in
      colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    let labelColor = severity == .error ? "1;31" : (severity == .warning ? "1;33" : "1;36")
    // Messages quote vendor text: hidden characters (`isHiddenFromDisplay`) are escaped, so that a
    // declaration can neither send escape sequences to the terminal nor disguise what it quotes.
    let header = "\(location.description.escapingControls): \(paint(label + ":", labelColor))"
    var output = header + " \(message(language).escapingControls)"
    if let sourceLine {
      output += "\n" + sourceLine.replacingHiddenForSnippet()
      output += "\n" + caretLine(for: sourceLine, column: sourceColumn)
    }
    let noteLabel = Severity.note.label(language)
    for note in notes {
      let text = note.message(language).escapingControls
      if let noteLocation = note.location {
        output += "\n\(noteLocation.description.escapingControls): \(noteLabel): \(text)"
      } else {
        output += "\n  \(noteLabel): \(text)"
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
