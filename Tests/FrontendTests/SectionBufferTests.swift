import Foundation
import TestSupport
import Testing

@testable import Frontend

/// Sections of a run are kept in a temporary file and written out with the format's separator.
@Suite struct SectionBufferTests {
  @Test func sectionsComeBackInOrderWithSeparatorsAndNoneForEmptyOnes() throws {
    try withTemporaryDirectory { folder in try roundTrip(in: folder) }
  }

  private func roundTrip(in folder: URL) throws {
    let big = String(repeating: "x", count: (1 << 20) + 4_321)  // crosses the 1 MiB read buffer
    let sections = ["a", "", "bb", big, "", "c"]
    for separator in [",\n", ""] {
      let buffer = try SectionBuffer()
      for section in sections { try buffer.append(section) }
      let path = folder.appendingPathComponent("out.txt").path
      let sink = try ReportSink.file(path)
      try sink.write("[")
      try buffer.copy(to: sink, separator: separator)
      try sink.write("]")
      try sink.finish()
      let written = try String(contentsOfFile: path, encoding: .utf8)
      #expect(written == "[" + sections.filter { !$0.isEmpty }.joined(separator: separator) + "]")
    }
  }

  @Test func noSectionsWritesNothing() throws {
    try withTemporaryDirectory { folder in
      let path = folder.appendingPathComponent("out.txt").path
      let sink = try ReportSink.file(path)
      try SectionBuffer().copy(to: sink, separator: ",")
      try sink.finish()
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
    }
  }
}
