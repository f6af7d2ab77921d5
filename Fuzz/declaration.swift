// Fuzz target `declaration`: bytes → DeclarationLoader.load with the shipped questionnaire and
// countries (the catalog of Rules/ is loaded once, lazily; set DPACHECK_RULES to choose the folder).
//
// Invariants: loading never traps; a failure is a non-empty DiagnosticList of at most
// DeclarationLoader.maxDiagnostics diagnostics, each checked like the yaml target's (positions in
// the input, rendering without control characters); a success has every value's position and key
// position inside the input; loading twice gives the same declaration or the same diagnostics.

import ComplianceCore
import Frontend
import YAMLSupport

private let loader: DeclarationLoader = {
  do {
    let catalog = try RuleLoader(rules: DirectoryRuleSource(root: Fuzz.rulesDirectory)).loadCatalog()
    return DeclarationLoader(questionnaire: catalog.questionnaire, countries: catalog.countries)
  } catch {
    fatalError("the shipped rules do not load: \(error)")
  }
}()

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
  Fuzz.warmUp(with: "Examples/declarations/nordlys-cloud.yaml", fuzz)
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let source = Fuzz.source(data, size, name: "fuzz.yaml")
  let shape = InputShape(source)
  let first = Result { () throws(DiagnosticList) in try loader.load(source) }
  let second = Result { () throws(DiagnosticList) in try loader.load(source) }
  switch (first, second) {
  case (.success(let declaration), .success(let again)):
    Fuzz.require(declaration.root == again.root, "determinism", "two loads give different declarations")
    Fuzz.require(declaration.file == source.name, "declaration-file", "the declaration is named '\(declaration.file)'")
    visit(declaration.root, in: declaration.file, shape: shape, path: "")
    _ = declaration.vendorName
  case (.failure(let list), .failure(let again)):
    Fuzz.require(list.diagnostics == again.diagnostics, "determinism", "two loads give different diagnostics")
    Fuzz.require(!list.diagnostics.isEmpty, "diagnostics-nonempty", "a load failed with no diagnostic")
    Fuzz.require(
      list.diagnostics.count <= DeclarationLoader.maxDiagnostics, "diagnostics-limit",
      "\(list.diagnostics.count) diagnostics")
    for diagnostic in list.diagnostics { shape.check(diagnostic) }
    _ = list.description
  default:
    Fuzz.require(false, "determinism", "one load succeeded and the other failed")
  }
  return 0
}

private func visit(_ located: Located, in file: String, shape: InputShape, path: String) {
  shape.check(located.location(in: file), "the value at '\(path)'")
  shape.check(located.keyLocation(in: file), "the key of '\(path)'")
  _ = located.value.display
  switch located.value {
  case .object(let members):
    for (key, member) in members { visit(member, in: file, shape: shape, path: path.isEmpty ? key : "\(path).\(key)") }
  case .list(let items):
    for (index, item) in items.enumerated() { visit(item, in: file, shape: shape, path: "\(path)[\(index)]") }
  case .number(let value):
    Fuzz.require(value.isFinite, "finite-numbers", "'\(path)' holds \(value)")
  default:
    break
  }
}
