import ComplianceCore
import YAMLSupport

extension HTMLReporter {
  /// The chain of sub-processors as a tree, each hop with its countries and transfer basis; empty
  /// when the declaration has no chain below the first level.
  func chainTree(_ declaration: DeclarationReport, lang: Language) -> String {
    guard let chain = declaration.chain else { return "" }
    let title = lang == .da ? "Kæden af underdatabehandlere" : "The chain of sub-processors"
    var out = "<section class=\"chain\">\n<h3>\(Escape.html(title))</h3>\n"
    out += list(chain, lang: lang, top: true)
    return out + "</section>\n"
  }

  private func list(_ links: [ChainLink], lang: Language, top: Bool) -> String {
    let style =
      top ? "margin:0.3em 0;padding-left:1.2em" : "margin:0.2em 0;padding-left:1.2em;border-left:1px solid #bbb"
    var out = "<ul class=\"tree\" style=\"\(style)\">\n"
    for link in links {
      let unnamed = lang == .da ? "(uden navn)" : "(no name)"
      out += "<li><strong>\(Escape.html(link.name ?? unnamed))</strong>"
      var details: [String] = []
      // Country codes are the vendor's answers, quoted as reports quote answers ('IN', not the word).
      if !link.countries.isEmpty { details.append(link.countries.map { "'\($0)'" }.joined(separator: ", ")) }
      if let mechanism = link.mechanism {
        details.append((lang == .da ? "overførselsgrundlag: " : "transfer basis: ") + mechanism)
      }
      if let service = link.service { details.append(service) }
      if !details.isEmpty { out += " — " + Escape.html(details.joined(separator: " · ")) }
      if link.isOpen {
        let unknown =
          lang == .da
          ? "herefter ukendt: egne underdatabehandlere ikke oplyst"
          : "unknown beyond this point: own sub-processors not declared"
        out += " <em class=\"open\">(\(Escape.html(unknown)))</em>"
      }
      if !link.below.isEmpty { out += "\n" + list(link.below, lang: lang, top: false) }
      out += "</li>\n"
    }
    return out + "</ul>\n"
  }
}
