public import YAMLSupport

/// Reading input files with a size limit and errors that name the file.
public enum InputFile {
  private static func notRegular(_ name: String) -> Diagnostic {
    Diagnostic(.ioNotAFile, at: .start(of: name))
  }

  /// The file at `path` as a source named by that path (see `read`).
  public static func source(_ path: String) throws(Diagnostic) -> SourceFile {
    SourceFile(name: path, bytes: try read(path))
  }

  /// Reads a regular file of at most `limit` bytes.
  ///
  /// - Throws: a diagnostic at line 1, column 1 of the file for a missing, unreadable, oversized
  ///   file or a folder.
  public static func read(_ path: String, displayName: String? = nil, limit: Int = YAMLLimits.default.maxInputBytes)
    throws(Diagnostic) -> [UInt8]
  {
    let name = displayName ?? path
    guard let kind = FileSystem.kind(path) else {
      if FileSystem.isSymbolicLink(path) {
        throw Diagnostic(.ioBrokenLink, at: .start(of: name))
      }
      if name.unicodeScalars.contains("\u{FFFD}") {
        // Names are read as UTF-8, and bytes that are not UTF-8 become U+FFFD: the file exists
        // under another name than the one that can be given to the system.
        throw Diagnostic(.ioNameEncoding, at: .start(of: name))
      }
      throw Diagnostic(.ioMissing, at: .start(of: name))
    }
    guard kind != .directory else {
      guard FileSystem.names(in: path) != nil else {
        throw Diagnostic(.ioFolderUnreadable, at: .start(of: name))
      }
      throw Diagnostic(.ioDirectory, at: .start(of: name))
    }
    guard kind == .file else { throw notRegular(name) }
    // Reads one byte past the limit, so an oversized file is refused without reading it all.
    switch FileSystem.contents(of: path, limit: limit) {
    case .failure(let error) where error.isNotRegular:
      throw notRegular(name)
    case .failure(let error) where error.isPermission:
      throw Diagnostic(.ioUnreadable, at: .start(of: name))
    case .failure(let error):
      throw Diagnostic(.ioUnreadableBecause, error.message, at: .start(of: name))
    case .success(let bytes):
      guard bytes.count <= limit else {
        throw Diagnostic(.ioTooLarge, .number(limit), at: .start(of: name))
      }
      return bytes
    }
  }

  /// The name a declaration read from standard input has in reports (`check -`).
  public static let standardInputName = "<stdin>"

  /// Standard input read to its end, at most `limit` bytes, as a source named
  /// `standardInputName`.
  ///
  /// - Throws: a diagnostic for input that cannot be read or is larger than `limit`.
  public static func standardInput(limit: Int = YAMLLimits.default.maxInputBytes) throws(Diagnostic) -> SourceFile {
    let name = standardInputName
    switch FileSystem.read(0, sizeHint: 0, limit: limit) {
    case .failure(let error):
      throw Diagnostic(.ioUnreadableBecause, error.message, at: .start(of: name))
    case .success(let bytes):
      guard bytes.count <= limit else {
        throw Diagnostic(.ioTooLarge, .number(limit), at: .start(of: name))
      }
      return SourceFile(name: name, bytes: bytes)
    }
  }
}
