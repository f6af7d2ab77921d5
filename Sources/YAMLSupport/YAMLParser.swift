internal import CYAML

/// Parses one YAML document into a `Node` tree, on libyaml's event API.
///
/// The parser owns its `yaml_parser_t` and frees it in `deinit`; it reads the input in place, from a
/// buffer the caller keeps alive for the parser's whole life. It never traps on input: every
/// problem becomes a `Diagnostic` with the file, line and column. The tree is built with an
/// explicit stack, so nesting depth is bounded by `YAMLLimits.maxDepth` and never by the call stack.
final class YAMLParser {
  // The C state lives in memory the parser allocates and frees itself, so that the hot loop
  // reads it through pointers rather than through exclusivity-checked stored properties.
  private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
  /// The current event; filled by `nextEvent()` and deleted before the next one.
  private let eventPointer = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
  private var hasEvent = false
  private var event: yaml_event_t { eventPointer.pointee }
  private let source: SourceFile
  private let limits: YAMLLimits
  private let bomLength: Int

  /// Creates a parser over `bytes`, the bytes of `source`, which must stay valid for the parser's
  /// whole life: libyaml reads them in place, without a copy.
  init(source: SourceFile, bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) {
    self.source = source
    self.limits = limits
    // A UTF-8 byte order mark is skipped here: with the encoding fixed to UTF-8 (so that UTF-16 is
    // refused rather than guessed), libyaml would read it as content. It takes no column.
    bomLength = source.textStart
    parser.initialize(to: yaml_parser_t())
    eventPointer.initialize(to: yaml_event_t())
    yaml_parser_initialize(parser)
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    let text = UnsafeBufferPointer(rebasing: bytes[min(bomLength, bytes.count)...])
    // libyaml wants a non-null pointer even for no input.
    yaml_parser_set_input_string(parser, text.baseAddress ?? Self.empty, text.count)
  }

  nonisolated(unsafe) private static let empty: UnsafePointer<UInt8> = {
    let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    byte.initialize(to: 0)
    return UnsafePointer(byte)
  }()

  deinit {
    deleteEvent()
    yaml_parser_delete(parser)
    parser.deallocate()
    eventPointer.deallocate()
  }

  /// Parses the single document of the input.
  ///
  /// - Throws: `Diagnostic` for a syntax error, an empty file, a second document, a duplicate key,
  ///   a non-scalar key, an unknown alias or tag, or a passed limit.
  func parseDocument() throws(Diagnostic) -> Node {
    var builder = TreeBuilder(source: source, limits: limits)
    var documents = 0
    while true {
      try nextEvent()
      defer { deleteEvent() }
      switch event.type {
      case YAML_STREAM_END_EVENT:
        guard let root = builder.root() else {
          throw Diagnostic(.yamlEmpty, at: .start(of: source.name), in: source)
        }
        return root
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw Diagnostic(.yamlMultipleDocuments, at: location(event.start_mark), in: source)
        }
      case YAML_SCALAR_EVENT:
        try addScalar(to: &builder)
      case YAML_ALIAS_EVENT:
        try builder.addAlias(
          named: string(event.data.alias.anchor), at: oneBased(event.start_mark), end: oneBased(event.end_mark))
      case YAML_SEQUENCE_START_EVENT:
        try checkTag(string(event.data.sequence_start.tag), at: event.start_mark, allowed: Self.sequenceTags)
        try builder.open(
          isMapping: false, anchor: string(event.data.sequence_start.anchor), at: oneBased(event.start_mark))
      case YAML_MAPPING_START_EVENT:
        try checkTag(string(event.data.mapping_start.tag), at: event.start_mark, allowed: Self.mappingTags)
        try builder.open(
          isMapping: true, anchor: string(event.data.mapping_start.anchor), at: oneBased(event.start_mark))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        try builder.close(at: oneBased(event.end_mark))
      default:
        break
      }
    }
  }

  private static let sequenceTags: Set<String> = ["tag:yaml.org,2002:seq"]
  private static let mappingTags: Set<String> = ["tag:yaml.org,2002:map"]

  // MARK: - Events

  private func nextEvent() throws(Diagnostic) {
    guard yaml_parser_parse(parser, eventPointer) == 1 else {
      throw parserError()
    }
    hasEvent = true
  }

  private func deleteEvent() {
    if hasEvent { yaml_event_delete(eventPointer) }
    hasEvent = false
  }

  private func parserError() -> Diagnostic {
    let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown error"
    let kind = LibYAMLProblem(problem)
    switch parser.pointee.error {
    case YAML_READER_ERROR:
      // Reader errors carry only a byte offset (problem_mark is not set).
      var offset = Int(parser.pointee.problem_offset) + bomLength
      let bytes = source.bytes
      if kind == .invalidTrailingByte, offset > 0, offset <= bytes.count {
        // libyaml points at the byte that should have continued the character; the broken
        // character starts at its leading byte, which is where the caret belongs.
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if bytes[start] & 0xC0 == 0xC0 { offset = start }
      }
      let at = source.location(ofByteOffset: offset)
      let message: DiagnosticMessage
      if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
        message = DiagnosticMessage(.yamlUTF32)
      } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        message = DiagnosticMessage(.yamlUTF16)
      } else if kind == .controlCharacter {
        message = DiagnosticMessage(.yamlControlCharacter)
      } else if kind.isInvalidUTF8 {
        message = DiagnosticMessage(.yamlInvalidUTF8, .libyaml(problem))
      } else {
        message = DiagnosticMessage(.yamlReader, .libyaml(problem))
      }
      return Diagnostic(message, at: at, in: source)
    case YAML_MEMORY_ERROR:
      return Diagnostic(.yamlMemory, at: .start(of: source.name), in: source)
    default:
      var notes: [Diagnostic.Note] = []
      let context = parser.pointee.context.map { String(cString: $0) }
      if let context {
        notes.append(Diagnostic.Note(.yamlContext, .libyaml(context), at: location(parser.pointee.context_mark)))
      }
      var at = location(parser.pointee.problem_mark)
      var message = DiagnosticMessage(.yamlSyntax, .libyaml(problem))
      let offset = Int(parser.pointee.problem_mark.index) + bomLength
      let bytes = source.bytes
      if kind == .cannotStartToken, offset < bytes.count, bytes[offset] == 0x09 {
        message = DiagnosticMessage(.yamlTabIndentation)
      } else if context == libYAMLSimpleKeyContext {
        // libyaml gives up on a key at the place it expected ':'; the key itself is the problem.
        at = location(parser.pointee.context_mark)
        message = DiagnosticMessage(.yamlLongKey)
        notes = []
      } else {
        message = message.adding(IndentationHint.hint(for: kind, at: at, in: source))
      }
      return Diagnostic(message, at: at, in: source, notes: notes)
    }
  }

  /// The one conversion from libyaml's 0-based marks to our 1-based lines and columns.
  private func oneBased(_ mark: yaml_mark_t) -> (line: Int, column: Int) {
    (Int(mark.line) + 1, Int(mark.column) + 1)
  }

  private func location(_ mark: yaml_mark_t) -> SourceLocation {
    let (line, column) = oneBased(mark)
    return SourceLocation(file: source.name, line: line, column: column)
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
  }

  /// Adds the current scalar event's text, read in place from libyaml's buffer, to the tree.
  private func addScalar(to builder: inout TreeBuilder) throws(Diagnostic) {
    let data = event.data.scalar
    let style: ScalarStyle =
      switch data.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: .literal
      case YAML_FOLDED_SCALAR_STYLE: .folded
      default: .plain
      }
    let tag = try scalarTag(data.tag, at: event.start_mark)
    let text = UnsafeBufferPointer(
      start: data.value.map { UnsafePointer($0) }, count: data.value == nil ? 0 : data.length)
    try builder.addScalar(
      text, style: style, tag: tag, anchor: string(data.anchor),
      start: oneBased(event.start_mark), end: oneBased(event.end_mark))
  }

  /// A scalar's tag: one of the core schema's, or none (`!` is the non-specific tag, "a string"
  /// for quoted scalars).
  private func scalarTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, at mark: yaml_mark_t) throws(Diagnostic)
    -> ScalarTag?
  {
    guard let tag = string(pointer), tag != "!" else { return nil }
    guard let known = ScalarTag(longForm: tag) else { throw unsupported(tag, at: mark) }
    return known
  }

  /// Only the core schema's own tags are allowed: a custom tag (`!python/object`) names a type this
  /// tool will never construct, so it is reported rather than silently read as a string.
  private func checkTag(
    _ tag: String?, at mark: yaml_mark_t, allowed: Set<String>
  ) throws(Diagnostic) {
    guard let tag, tag != "!", !allowed.contains(tag) else { return }
    throw unsupported(tag, at: mark)
  }

  private func unsupported(_ tag: String, at mark: yaml_mark_t) -> Diagnostic {
    let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : Substring(tag)
    return Diagnostic(.yamlTag, .text(String(shown)), at: location(mark), in: source)
  }
}
