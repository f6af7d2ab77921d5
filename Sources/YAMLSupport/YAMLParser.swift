internal import CYAML

/// Parses one YAML document into a `Node` tree, on libyaml's event API.
///
/// The parser owns its `yaml_parser_t` and its copy of the input for its whole life and frees the
/// C state in `deinit`. It never traps on input: every problem becomes a `Diagnostic` with the file,
/// line and column. The tree is built with an explicit stack, so nesting depth is bounded by
/// `YAMLLimits.maxDepth` and never by the call stack.
final class YAMLParser {
  private var parser = yaml_parser_t()
  private let source: SourceFile
  private let input: UnsafeMutableBufferPointer<UInt8>
  private let limits: YAMLLimits
  private let bomLength: Int

  init(source: SourceFile, limits: YAMLLimits) {
    self.source = source
    self.limits = limits
    // A UTF-8 byte order mark is skipped here: with the encoding fixed to UTF-8 (so that UTF-16 is
    // refused rather than guessed), libyaml would read it as content. It takes no column.
    let bytes = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? source.bytes.dropFirst(3) : source.bytes[...]
    bomLength = source.bytes.count - bytes.count
    // libyaml reads from this buffer while parsing; it lives exactly as long as the parser.
    input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = input.initialize(from: bytes)
    yaml_parser_initialize(&parser)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, input.baseAddress, bytes.count)
  }

  deinit {
    yaml_parser_delete(&parser)
    input.deallocate()
  }

  /// Parses the single document of the input.
  ///
  /// - Throws: `Diagnostic` for a syntax error, an empty file, a second document, a duplicate key,
  ///   a non-scalar key, an unknown alias or tag, or a passed limit.
  func parseDocument() throws(Diagnostic) -> Node {
    var builder = TreeBuilder(source: source, limits: limits)
    var documents = 0
    while true {
      let event = try nextEvent()
      defer { event.free() }
      switch event.type {
      case YAML_STREAM_END_EVENT:
        guard let root = builder.root else {
          throw Diagnostic(
            "yaml.empty", "the file is empty: expected a YAML mapping",
            at: .start(of: source.name), in: source)
        }
        return root
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw Diagnostic(
            "yaml.multiple-documents",
            "a second YAML document starts here; a file holds exactly one",
            at: location(event.startMark), in: source)
        }
      case YAML_SCALAR_EVENT:
        try builder.add(scalar: scalar(from: event))
      case YAML_ALIAS_EVENT:
        try builder.addAlias(named: string(event.aliasAnchor), at: location(event.startMark))
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let tag = string(event.collectionTag)
        try checkTag(tag, at: event.startMark, allowed: event.type == YAML_SEQUENCE_START_EVENT
          ? ["tag:yaml.org,2002:seq"] : ["tag:yaml.org,2002:map"])
        try builder.open(
          isMapping: event.type == YAML_MAPPING_START_EVENT,
          anchor: string(event.collectionAnchor), at: location(event.startMark))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        try builder.close(at: location(event.endMark))
      default:
        break
      }
    }
  }

  // MARK: - Events

  private func nextEvent() throws(Diagnostic) -> Event {
    let event = Event()
    guard yaml_parser_parse(&parser, &event.raw) == 1 else {
      event.markFreed()
      throw parserError()
    }
    return event
  }

  private func parserError() -> Diagnostic {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
    switch parser.error {
    case YAML_READER_ERROR:
      // Reader errors carry only a byte offset (problem_mark is not set).
      var offset = Int(parser.problem_offset) + bomLength
      if problem.contains("trailing"), offset > 0, offset <= source.bytes.count {
        // libyaml points at the byte that should have continued the character; the broken
        // character starts at its leading byte, which is where the caret belongs.
        var start = offset - 1
        while start > 0 && source.bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if source.bytes[start] & 0xC0 == 0xC0 { offset = start }
      }
      let at = source.location(ofByteOffset: offset)
      var message = problem
      if source.bytes.starts(with: [0xFF, 0xFE]) || source.bytes.starts(with: [0xFE, 0xFF]) {
        message = "the file is UTF-16; save it as UTF-8"
      } else if problem.contains("control characters") {
        message = "control characters such as NUL are not allowed in YAML"
      } else if problem.contains("UTF-8") {
        message = "the file is not valid UTF-8 (\(problem)); save it as UTF-8"
      } else if problem.contains("Unicode") {
        message = "the file is not valid UTF-8 (\(problem)); save it as UTF-8"
      }
      return Diagnostic("yaml.encoding", message, at: at, in: source)
    case YAML_MEMORY_ERROR:
      return Diagnostic(
        "yaml.memory", "out of memory while parsing", at: .start(of: source.name), in: source)
    default:
      var notes: [Diagnostic.Note] = []
      let context = parser.context.map { String(cString: $0) }
      if let context {
        notes.append(.init(context, at: location(parser.context_mark)))
      }
      var at = location(parser.problem_mark)
      var message = problem
      let offset = Int(parser.problem_mark.index) + bomLength
      if problem.contains("cannot start any token"), offset < source.bytes.count, source.bytes[offset] == 0x09 {
        message = "a tab cannot be used for indentation or before a key in YAML; use spaces"
      } else if context == "while scanning a simple key" {
        // libyaml gives up on a key at the place it expected ':'; the key itself is the problem.
        at = location(parser.context_mark)
        message = "this key is too long (over 1024 characters) or not followed by ':' on the same line"
        notes = []
      }
      return Diagnostic("yaml.syntax", message, at: at, in: source, notes: notes)
    }
  }

  /// The one conversion from libyaml's 0-based marks to our 1-based locations.
  private func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(file: source.name, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
  }

  private func scalar(from event: Event) throws(Diagnostic) -> (Scalar, anchor: String?) {
    let data = event.raw.data.scalar
    let text = data.value.map {
      String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
    } ?? ""
    let style: ScalarStyle =
      switch data.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: .literal
      case YAML_FOLDED_SCALAR_STYLE: .folded
      default: .plain
      }
    var tag = string(data.tag)
    if tag == "!" { tag = nil }  // the non-specific tag: "a string" for quoted scalars
    try checkTag(tag, at: event.startMark, allowed: Self.scalarTags)
    let range = SourceRange(start: location(event.startMark), end: location(event.endMark))
    return (Scalar(text: text, style: style, tag: tag, range: range), string(data.anchor))
  }

  private static let scalarTags: Set<String> = [
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
  ]

  /// Only the core schema's own tags are allowed: a custom tag (`!python/object`) names a type this
  /// tool will never construct, so it is reported rather than silently read as a string.
  private func checkTag(
    _ tag: String?, at mark: yaml_mark_t, allowed: Set<String>
  ) throws(Diagnostic) {
    guard let tag, tag != "!", !allowed.contains(tag) else { return }
    let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : Substring(tag)
    throw Diagnostic(
      "yaml.tag", "unsupported tag '\(shown)': only plain YAML values are allowed",
      at: location(mark), in: source)
  }
}

/// One libyaml event, freed exactly once.
private final class Event {
  var raw = yaml_event_t()
  private var needsFree = true

  var type: yaml_event_type_t { raw.type }
  var startMark: yaml_mark_t { raw.start_mark }
  var endMark: yaml_mark_t { raw.end_mark }
  var aliasAnchor: UnsafeMutablePointer<yaml_char_t>? { raw.data.alias.anchor }
  var collectionAnchor: UnsafeMutablePointer<yaml_char_t>? {
    raw.type == YAML_SEQUENCE_START_EVENT
      ? raw.data.sequence_start.anchor : raw.data.mapping_start.anchor
  }
  var collectionTag: UnsafeMutablePointer<yaml_char_t>? {
    raw.type == YAML_SEQUENCE_START_EVENT
      ? raw.data.sequence_start.tag : raw.data.mapping_start.tag
  }

  /// Called when `yaml_parser_parse` failed and left nothing to free.
  func markFreed() { needsFree = false }

  func free() {
    if needsFree { yaml_event_delete(&raw) }
    needsFree = false
  }

  deinit { free() }
}
