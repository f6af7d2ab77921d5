import CZlib

/// A zip archive read from memory: the central directory, and entries inflated with zlib under a
/// size limit, so that a zip bomb is refused after `maxEntryBytes` of output, whatever sizes its
/// headers claim.
///
/// Only what XLSX files use is supported: stored and deflated entries, no encryption, no ZIP64,
/// one disk.
struct ZipArchive {
  /// Why an archive cannot be read.
  enum Problem: Error, Equatable {
    /// No end-of-central-directory record: not a zip archive at all.
    case notZip
    /// A zip archive that is damaged or uses what XLSX does not (encryption, ZIP64, a method).
    case damaged(String)
    /// More entries than the limit.
    case tooManyEntries(Int)
    /// An entry that expands beyond the limit.
    case entryTooLarge(String, Int)
  }

  struct Entry {
    var name: String
    var method: UInt16
    var flags: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeader: Int
  }

  /// At most this many entries (an XLSX of the questionnaire has about 30).
  static let maxEntries = 2_000
  /// An entry may expand to at most this many bytes.
  static let maxEntryBytes = 64 << 20

  let bytes: [UInt8]
  private(set) var entries: [String: Entry] = [:]

  init(_ bytes: [UInt8]) throws(Problem) {
    self.bytes = bytes
    guard let end = Self.endRecord(in: bytes) else {
      // A zip archive's first entry, but no directory at its end: cut short (a partial download).
      if bytes.starts(with: [0x50, 0x4B, 3, 4]) {
        throw .damaged("the archive is truncated (it has no central directory)")
      }
      throw .notZip
    }
    let count = Int(u16(end + 10))
    let directorySize = Int(u32(end + 12))
    let directoryStart = Int(u32(end + 16))
    if count == 0xFFFF || directoryStart == 0xFFFF_FFFF { throw .damaged("ZIP64 archives are not supported") }
    guard count <= Self.maxEntries else { throw .tooManyEntries(Self.maxEntries) }
    guard directoryStart + directorySize <= end else { throw .damaged("the central directory lies outside the file") }
    var offset = directoryStart
    for _ in 0..<count {
      guard offset + 46 <= end, u32(offset) == 0x0201_4B50 else { throw .damaged("a damaged central directory") }
      let nameLength = Int(u16(offset + 28))
      let extraLength = Int(u16(offset + 30))
      let commentLength = Int(u16(offset + 32))
      guard offset + 46 + nameLength <= end else { throw .damaged("a damaged central directory") }
      let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
      let entry = Entry(
        name: name, method: u16(offset + 10), flags: u16(offset + 8), crc: u32(offset + 16),
        compressedSize: Int(u32(offset + 20)), size: Int(u32(offset + 24)), localHeader: Int(u32(offset + 42)))
      if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF || entry.localHeader == 0xFFFF_FFFF {
        throw .damaged("ZIP64 archives are not supported")
      }
      entries[name] = entry
      offset += 46 + nameLength + extraLength + commentLength
    }
  }

  /// The end-of-central-directory record's offset: searched from the end, past a comment of at
  /// most 65 535 bytes.
  private static func endRecord(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    var offset = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while offset >= lowest {
      if bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B && bytes[offset + 2] == 5 && bytes[offset + 3] == 6 {
        return offset
      }
      offset -= 1
    }
    return nil
  }

  private func u16(_ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
  private func u32(_ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }

  /// zlib, loaded on first use.
  private static func zlib() throws(Problem) -> Zlib {
    switch Zlib.shared {
    case .success(let zlib): return zlib
    case .failure(let missing): throw .damaged(missing.description)
    }
  }

  /// Whether the archive has an entry of this name.
  func contains(_ name: String) -> Bool { entries[name] != nil }

  /// The entry's bytes, inflated, at most `limit`.
  func contents(of name: String, limit: Int = maxEntryBytes) throws(Problem) -> [UInt8]? {
    guard let entry = entries[name] else { return nil }
    if entry.flags & 1 != 0 { throw .damaged("'\(name)' is encrypted") }
    let header = entry.localHeader
    guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else {
      throw .damaged("the entry '\(name)' has no local header")
    }
    let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
    guard start + entry.compressedSize <= bytes.count else { throw .damaged("the entry '\(name)' is truncated") }
    let data: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize <= limit else { throw .entryTooLarge(name, limit) }
      data = Array(bytes[start..<(start + entry.compressedSize)])
    case 8:
      // The declared size may lie: the output is capped at the limit whatever it says.
      data = try inflate(start: start, count: entry.compressedSize, name: name, limit: limit)
    default:
      throw .damaged("the entry '\(name)' uses compression method \(entry.method)")
    }
    guard data.count == entry.size else { throw .damaged("the entry '\(name)' has the wrong size") }
    let zlib = try Self.zlib()
    let crc = data.withUnsafeBufferPointer { buffer in
      UInt32(zlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
    guard crc == entry.crc else { throw .damaged("the entry '\(name)' fails its checksum") }
    return data
  }

  private func inflate(start: Int, count: Int, name: String, limit: Int) throws(Problem) -> [UInt8] {
    let zlib = try Self.zlib()
    var stream = z_stream()
    guard zlib.inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw .damaged("zlib could not start")
    }
    defer { _ = zlib.inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, max(count * 4, 4096)))
    let chunk = 64 << 10
    var buffer = [UInt8](repeating: 0, count: chunk)
    var status: Int32 = Z_OK
    var failure: Problem?
    bytes.withUnsafeBufferPointer { input in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
      stream.avail_in = uInt(count)
      while status == Z_OK {
        buffer.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(chunk)
          status = zlib.inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunk - Int(stream.avail_out)
        if output.count + produced > limit {
          failure = .entryTooLarge(name, limit)
          return
        }
        output += buffer[0..<produced]
        if status == Z_BUF_ERROR || (status == Z_OK && produced == 0 && stream.avail_in == 0) {
          failure = .damaged("the entry '\(name)' is truncated")
          return
        }
      }
      if status != Z_STREAM_END { failure = .damaged("the entry '\(name)' is not valid deflate data") }
    }
    if let failure { throw failure }
    return output
  }
}
