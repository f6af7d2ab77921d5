#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment.
public enum Environment {
  /// The value of the variable `name`, or nil when it is unset.
  public static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
