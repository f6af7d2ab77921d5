#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether output goes to a person at a terminal, in colour.
public enum Terminal {
  /// Whether to colour what is written to `descriptor`: only on a terminal, and not when
  /// `NO_COLOR` is set to a non-empty value (no-color.org: an empty value does not count).
  public static func isColorTerminal(_ descriptor: Int32) -> Bool {
    wantsColor(isTerminal: isatty(descriptor) == 1, noColor: Environment.value("NO_COLOR"))
  }

  /// Whether `descriptor` is a terminal.
  public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// The rule of `isColorTerminal`, given what it reads.
  public static func wantsColor(isTerminal: Bool, noColor: String?) -> Bool {
    isTerminal && (noColor ?? "").isEmpty
  }
}
