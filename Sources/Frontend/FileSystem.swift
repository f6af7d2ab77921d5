import ComplianceCore
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system calls dpacheck makes, straight on POSIX.
///
/// dpacheck needs no more than this from the system, and doing without the full Foundation keeps a
/// run's start-up close to that of a bare process (see docs/performance.md).
public enum FileSystem {
  /// What a path names.
  public enum Kind: Sendable, Equatable {
    case file
    case directory
    /// A device, pipe or socket.
    case other
  }

  /// What `path` names, following symbolic links; nil when nothing is there (or a link leads nowhere).
  public static func kind(_ path: String) -> Kind? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return kind(of: status)
  }

  /// What `path` itself is, not following a final symbolic link: a link to a folder is `.other`.
  static func kindWithoutFollowing(_ path: String) -> Kind? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    if status.st_mode & S_IFMT == S_IFLNK { return .other }
    return kind(of: status)
  }

  private static func kind(of status: stat) -> Kind {
    switch status.st_mode & S_IFMT {
    case S_IFREG: .file
    case S_IFDIR: .directory
    default: .other
    }
  }

  /// Whether `path` is a symbolic link (whether or not its target exists).
  public static func isSymbolicLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

  /// The names in a folder, without `.` and `..`, sorted; nil when it cannot be read.
  public static func names(in folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      // The name is read in place, up to its NUL: a directory entry is only as long as its name,
      // so copying the whole `d_name` array would read past the end of the entry.
      let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
      let name = String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Every `*.yaml` and `*.yml` file below `folder`, as sorted paths relative to it, and every
  /// folder below it that cannot be read (so that it is reported, not skipped).
  ///
  /// Hidden files and folders (names starting with `.`) are skipped, and symbolic links to folders
  /// are not followed, so a link loop cannot trap the walk; links to files are listed. At most
  /// `maxDepth` levels of folders are read, `folder` itself being the first.
  public static func yamlFiles(below folder: String, maxDepth: Int = 64) -> [String] {
    var found: [String] = []
    func walk(_ relative: String, depth: Int) {
      guard depth < maxDepth else { return }
      guard let names = names(in: relative.isEmpty ? folder : "\(folder)/\(relative)") else {
        // A folder below that cannot be read is listed, to be reported: skipping it would pass a
        // portfolio that was not checked in full.
        if !relative.isEmpty { found.append(relative) }
        return
      }
      for name in names where !name.hasPrefix(".") {
        let child = relative.isEmpty ? name : "\(relative)/\(name)"
        if kindWithoutFollowing("\(folder)/\(child)") == .directory {
          walk(child, depth: depth + 1)
        } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
          found.append(child)
        }
      }
    }
    walk("", depth: 0)
    return found.sorted()
  }

  /// The absolute path with every symbolic link resolved; nil when the path does not exist.
  public static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The working folder.
  public static var currentDirectory: String {
    guard let pointer = getcwd(nil, 0) else { return "/" }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// `path` made absolute against the working folder (`PathName.absolute`).
  public static func absolute(_ path: String) -> String {
    PathName.absolute(path, workingDirectory: currentDirectory)
  }

  /// The text of the current `errno`.
  public static var lastError: String { String(cString: strerror(errno)) }

  /// Reads a regular file, at most `limit` bytes.
  ///
  /// - Returns: the bytes, or nil with the system's reason when the file cannot be opened or read;
  ///   a file longer than `limit` gives `limit + 1` bytes, so the caller can tell it is too large.
  static func contents(of path: String, limit: Int) -> Result<[UInt8], ReadError> {
    // Opened without blocking, and read only when it is a regular file: opening a FIFO for reading
    // would otherwise wait for a writer forever, and a device could be read without end.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { return .failure(ReadError(code: errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(ReadError(code: errno)) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(ReadError(code: 0, isNotRegular: true)) }
    return read(descriptor, sizeHint: Int(status.st_size), limit: limit)
  }

  /// Reads `descriptor` to its end, at most `limit` bytes (`limit + 1` when there are more).
  ///
  /// - Parameter sizeHint: the expected size, for one allocation; the loop reads until the end
  ///   either way.
  static func read(_ descriptor: Int32, sizeHint: Int, limit: Int) -> Result<[UInt8], ReadError> {
    let capacity = min(max(sizeHint, 0), limit) + 1
    var bytes = [UInt8](repeating: 0, count: capacity)
    var count = 0
    while count <= limit {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - count))) }
      let got = bytes.withUnsafeMutableBytes { buffer in
        // Never empty: it holds at least `count + 1` bytes here.
        guard let base = buffer.baseAddress else { return 0 }
        return systemRead(descriptor, base + count, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(ReadError(code: errno))
      }
      if got == 0 { break }
      count += got
    }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }

  /// Why a read failed.
  struct ReadError: Error {
    let code: Int32
    /// The path names a pipe, socket or device, which is never read.
    var isNotRegular = false
    var isPermission: Bool { code == EACCES || code == EPERM }
    var text: String { String(cString: strerror(code)) }
    /// The system's reason in both languages.
    var message: MessageArgument { FileSystem.message(forError: code) }
  }
}

extension FileSystem {
  /// Writes all of `buffer` to `descriptor`, retrying short and interrupted writes.
  ///
  /// - Returns: nil, or the `errno` of the write that failed.
  public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard let base = buffer.baseAddress else { return nil }
    var offset = 0
    while offset < buffer.count {
      let count = systemWrite(descriptor, base + offset, buffer.count - offset)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return count < 0 ? errno : EIO }
      offset += count
    }
    return nil
  }
}

private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, bytes, count)
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
