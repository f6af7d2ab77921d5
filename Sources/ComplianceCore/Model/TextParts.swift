extension String {
  /// The parts of the text between occurrences of the ASCII byte `separator`, found by comparing
  /// UTF-8 bytes, without breaking the whole text into grapheme clusters first (the figures are in
  /// docs/performance.md). The parts are the same
  /// unless a separator is followed by a combining mark (which a path or clause never has): here
  /// it still separates.
  func parts(separatedBy separator: UInt8, omittingEmpty: Bool = false) -> [Substring] {
    utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
  }

  /// The text after the last `separator` byte, or the whole text when there is none.
  func lastPart(after separator: UInt8) -> Substring {
    guard let index = utf8.lastIndex(of: separator) else { return self[...] }
    return self[utf8.index(after: index)...]
  }

  /// Whether the text's UTF-8 contains `byte`, searched in its contiguous bytes: loading the
  /// packs asks this of every text of every requirement, and a scan of the buffer costs a small
  /// fraction of stepping through `utf8` (docs/performance.md).
  func containsByte(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
  }
}
