import ComplianceCore
import YAMLSupport

/// ANSI styling that is a no-op when colour is off.
struct Style {
  let enabled: Bool

  private func paint(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  func bold(_ text: String) -> String { paint(text, "1") }
  func red(_ text: String) -> String { paint(text, "1;31") }
  func green(_ text: String) -> String { paint(text, "1;32") }
  func yellow(_ text: String) -> String { paint(text, "33") }
  func dim(_ text: String) -> String { paint(text, "2") }

  func severity(_ severity: Severity, _ text: String) -> String {
    switch severity {
    case .critical: paint(text, "1;35")
    case .high: paint(text, "1;31")
    case .medium: paint(text, "33")
    case .low: paint(text, "36")
    }
  }
}
