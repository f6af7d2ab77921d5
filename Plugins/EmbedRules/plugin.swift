import Foundation
import PackagePlugin

/// Embeds the top-level `Rules/` folder into the `BundledRules` target as Swift source.
///
/// The binary then carries its default rule packs and finds them without `--rules`, wherever it is
/// installed. Every rule file is a declared input, so editing a rule rebuilds the embedded copy.
@main
struct EmbedRules: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let rulesDirectory = context.package.directoryURL.appending(path: "Rules")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledRules+Generated.swift")
    let inputs = try ruleFiles(below: rulesDirectory)
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) rule files",
        executable: try context.tool(named: "rules-embedder").url,
        arguments: [rulesDirectory.path, output.path],
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  private func ruleFiles(below directory: URL) throws -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var files: [URL] = [directory]
    for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
