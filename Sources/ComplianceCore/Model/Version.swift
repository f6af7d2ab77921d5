/// The tool's version, shown in reports and `--version`.
public enum DPACheckVersion {
  /// The version string.
  public static let current = "0.1.0"
}
