// Writes a Swift source that embeds every `*.yaml` file below a folder, for the EmbedRules plugin.
//
// Usage: rules-embedder RULES_DIR OUTPUT.swift
// Each file is embedded twice: its text, for diagnostics and `rules show`, and its parsed tree as a
// `NodeArchive`, so that a run reads the built-in rules without parsing YAML. A file that does not
// parse gets no tree: the run then parses the text and reports the error as for any rule file.
// The files are sorted by relative path so the generated source is deterministic.
import Foundation
import YAMLSupport

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: rules-embedder RULES_DIR OUTPUT.swift\n".utf8))
  exit(64)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

var entries: [(path: String, contents: String)] = []
if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
  for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
    let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
    guard let data = FileManager.default.contents(atPath: url.path) else { continue }
    entries.append((relative, String(decoding: data, as: UTF8.self)))
  }
}
entries.sort { $0.path < $1.path }

/// A raw string literal delimiter longer than any run of `#` in the text, so no content can end it.
func rawLiteral(_ text: String) -> String {
  var longest = 0
  var run = 0
  for character in text {
    if character == "#" {
      run += 1
      longest = max(longest, run)
    } else {
      run = 0
    }
  }
  let hashes = String(repeating: "#", count: longest + 1)
  return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

var source = "// GENERATED — do not edit. Written by rules-embedder from the top-level Rules/ folder.\n\n"
source += "extension BundledRules {\n"
source += "  /// Every rule file, by path relative to `Rules/`, sorted: its text and its parsed tree.\n"
source += "  static let generatedFiles: [(path: String, contents: String, tree: String?)] = [\n"
for entry in entries {
  let file = SourceFile(name: "Rules/" + entry.path, text: entry.contents)
  let tree = (try? YAMLDocument.parse(file)).map { String(reflecting: NodeArchive.encode($0)) } ?? "nil"
  source += "    (\(String(reflecting: entry.path)), \(rawLiteral(entry.contents)),\n     \(tree)),\n"
}
source += "  ]\n}\n"

do {
  try Data(source.utf8).write(to: output, options: .atomic)
} catch {
  FileHandle.standardError.write(Data("rules-embedder: cannot write \(output.path): \(error)\n".utf8))
  exit(1)
}
