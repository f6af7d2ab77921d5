import ComplianceReporters
import YAMLSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file descriptor written to in full, retrying short writes.
final class OutputFile {
  let descriptor: Int32
  private let name: String
  private let owned: Bool
  private var isClosed = false

  init(descriptor: Int32, name: String, owned: Bool = true) {
    self.descriptor = descriptor
    self.name = name
    self.owned = owned
  }

  deinit { close() }

  func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(buffer: UnsafeRawBufferPointer($0)) }
  }

  func write(bytes: UnsafeBufferPointer<UInt8>) throws {
    try write(buffer: UnsafeRawBufferPointer(bytes))
  }

  private func write(buffer: UnsafeRawBufferPointer) throws {
    if let code = FileSystem.writeAll(buffer, to: descriptor) {
      throw OutputError(.outputCannotWrite, .text(name), FileSystem.message(forError: code))
    }
  }

  func close() {
    guard owned, !isClosed else { return }
    isClosed = true
    _ = posixClose(descriptor)
  }
}

private func posixClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
