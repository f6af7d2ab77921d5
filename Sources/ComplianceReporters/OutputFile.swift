import Foundation

/// Writes output files atomically: a temporary file in the same folder, then a rename.
///
/// A reader of the target path sees the old file or the whole new one, never a half-written report.
public enum OutputFile {
  /// Writes `text` to `path` atomically.
  public static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    let data = Data(text.utf8)
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw OutputError(message: "cannot create a file in '\(directory.path)'")
    }
    do {
      let handle = try FileHandle(forWritingTo: temporary)
      try handle.write(contentsOf: data)
      try handle.synchronize()
      try handle.close()
      guard rename(temporary.path, url.path) == 0 else {
        throw OutputError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}

/// A failure to write an output file.
public struct OutputError: Error, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  public var description: String { message }
}
