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
}
