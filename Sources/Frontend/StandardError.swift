#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's standard error, written without buffering.
public enum StandardError {
  /// Writes `text` in full; errors writing to stderr are ignored.
  public static func write(_ text: String) {
    var text = text
    text.withUTF8 { _ = FileSystem.writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
  }
}
