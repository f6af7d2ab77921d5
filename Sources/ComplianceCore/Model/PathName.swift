/// Paths as reports show them and as a baseline identifies a declaration by.
public enum PathName {
  /// `path` without `.` components or repeated slashes, and relative to `workingDirectory` when it
  /// is an absolute path below it: `./x.yaml` is `x.yaml`, and `/home/me/vendors/a.yaml` run in
  /// `/home/me` is `vendors/a.yaml` (design §8). `..` is kept as written (a link may lead
  /// elsewhere); a path outside the working directory, or any path when it is `/`, stays absolute.
  ///
  /// - Parameter workingDirectory: an absolute path, or nil to leave absolute paths as they are.
  public static func normalised(_ path: String, workingDirectory: String?) -> String {
    guard !path.isEmpty else { return path }
    let isAbsolute = path.utf8.first == UInt8(ascii: "/")
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    if isAbsolute, let workingDirectory {
      let base = workingDirectory.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
      // Below `/` every path is: an absolute path stays absolute there.
      if !base.isEmpty, parts.count > base.count, Array(parts.prefix(base.count)) == base {
        return parts.dropFirst(base.count).joined(separator: "/")
      }
    }
    let joined = parts.joined(separator: "/")
    if isAbsolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  /// `path` made absolute against `workingDirectory`, with `.` and `..` removed by their names
  /// (symbolic links are not resolved).
  public static func absolute(_ path: String, workingDirectory: String) -> String {
    let full = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    var parts: [Substring] = []
    for part in full.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// The folder part of `path` (`a/b.yaml` → `a`, `b.yaml` → `.`).
  public static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The last component of `path`.
  public static func lastComponent(of path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }

  /// `path` relative to the folder `base` (both absolute): below it without the prefix, elsewhere
  /// by walking up with `..`.
  public static func relative(_ path: String, to base: String) -> String {
    let prefix = base.hasSuffix("/") ? base : base + "/"
    if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
    let baseParts = prefix.split(separator: "/")
    let parts = path.split(separator: "/")
    var common = 0
    while common < min(baseParts.count, parts.count) && baseParts[common] == parts[common] { common += 1 }
    return (Array(repeating: "..", count: baseParts.count - common) + parts[common...].map(String.init))
      .joined(separator: "/")
  }
}
