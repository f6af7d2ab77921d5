import ComplianceCore
import YAMLSupport

/// Relative artifact URIs: reports never contain absolute paths.
enum ArtifactURI {
  /// `path` relative to the working folder, percent-encoded.
  static func relative(_ path: String, workingDirectory: String) -> String {
    percentEncode(relativePath(path, workingDirectory: workingDirectory))
  }

  /// `path` relative to the working folder, as written (an absolute path is made relative to it,
  /// with `..` where it lies outside; a leading `./` is dropped).
  static func relativePath(_ path: String, workingDirectory: String) -> String {
    var relative = path
    if path.hasPrefix("/") { relative = PathName.relative(path, to: workingDirectory) }
    if relative.hasPrefix("./") { relative = String(relative.dropFirst(2)) }
    return relative
  }

  static func percentEncode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      let scalar = Unicode.Scalar(byte)
      if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || "-._~/".unicodeScalars.contains(scalar)
      {
        out.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}
