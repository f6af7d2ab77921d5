package import Foundation

/// Runs `body` with a new, empty folder below the system's temporary folder, and removes the folder
/// and everything in it afterwards, whether `body` returns or throws.
///
/// - Parameter prefix: the start of the folder's name, to tell which test left it should removal fail.
package func withTemporaryDirectory<T>(prefix: String = "dpacheck-test", _ body: (URL) throws -> T) throws -> T {
  let manager = FileManager.default
  let url = manager.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
  try manager.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? manager.removeItem(at: url) }
  return try body(url)
}
