import ComplianceCore
import YAMLSupport

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func truncated(_ width: Int) -> String {
    count <= width ? self : String(prefix(width - 1)) + "…"
  }

  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
