import ComplianceCore
import YAMLSupport

/// Tells declarations from other YAML files, for `check --skip-non-declarations` (a pre-commit
/// hook that is handed every staged YAML file: waivers, profiles, CI configurations).
public enum DeclarationFilter {
  /// Whether the file at `path` should be checked: it says `format: dpacheck/declaration/v1`, or
  /// it cannot be read or parsed (then checking it reports why). A readable YAML mapping with
  /// another `format:`, or none, is not a declaration.
  public static func isDeclaration(_ path: String) -> Bool {
    if path == "-" { return true }
    guard let source = try? InputFile.source(path), let root = try? YAMLDocument.parseMapping(source) else {
      return true
    }
    guard case .scalar(let format)? = root["format"] else { return false }
    return format.hasText(DeclarationLoader.format)
  }
}
