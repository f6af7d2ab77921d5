package import ComplianceCore
package import Foundation
import Frontend
package import YAMLSupport

/// Paths of the package, found from this file's location.
package enum Package {
  /// The package's root folder.
  package static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A path below the root.
  package static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }

  /// The catalog of the package's `Rules/` folder, loaded once for the whole test process (it is
  /// a value: no test can change it).
  package static func catalog() throws -> Catalog {
    try loadedCatalog.get()
  }

  private static let loadedCatalog = Result { () throws -> Catalog in
    try RuleLoader(rules: DirectoryRuleSource(root: path("Rules")), scheduler: ConcurrentScheduler()).loadCatalog()
  }
}
