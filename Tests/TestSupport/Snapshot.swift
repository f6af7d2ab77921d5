package import Foundation
package import Testing

/// Golden-file comparison: normalises volatile parts, compares, and re-records when
/// `RECORD_SNAPSHOTS=1` is set.
package enum Snapshot {
  /// Replaces the tool's version with `<VERSION>` so that a release does not touch every golden file.
  package static func normalise(_ text: String, version: String) -> String {
    text.replacingOccurrences(of: "dpacheck \(version)", with: "dpacheck <VERSION>")
      .replacingOccurrences(of: "\"version\" : \"\(version)\"", with: "\"version\" : \"<VERSION>\"")
      .replacingOccurrences(of: "\"semanticVersion\" : \"\(version)\"", with: "\"semanticVersion\" : \"<VERSION>\"")
      .replacingOccurrences(of: "content=\"dpacheck \(version)\"", with: "content=\"dpacheck <VERSION>\"")
  }

  /// Compares `actual` with the golden file `name` in `directory`; JSON is compared structurally.
  package static func assert(
    _ actual: String, matches name: String, in directory: String, structural: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let path = (directory as NSString).appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: path) {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
      if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != "1" {
        Issue.record("recorded a new snapshot \(name); run the tests again", sourceLocation: sourceLocation)
      }
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    if structural {
      let left = try JSONSerialization.jsonObject(with: Data(actual.utf8)) as? NSObject
      let right = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSObject
      #expect(
        left != nil && left == right, "\(name) differs structurally from its snapshot; RECORD_SNAPSHOTS=1 re-records",
        sourceLocation: sourceLocation)
    } else {
      #expect(
        actual == expected, "\(name) differs from its snapshot; RECORD_SNAPSHOTS=1 re-records",
        sourceLocation: sourceLocation)
    }
  }
}
