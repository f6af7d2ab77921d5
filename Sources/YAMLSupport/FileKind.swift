/// The kinds of file dpacheck reads, named in messages ("this waivers file has no 'format' key").
///
/// Danish nouns differ in gender and take the definite article as an ending, so each kind has
/// its forms written out in both languages rather than built from a noun.
public enum FileKind: String, Sendable, Hashable, CaseIterable {
  case declaration, waivers, baseline, profile, pack, requirements, questionnaire, countries, configuration
  case profileMap

  /// A grammatical form of the name.
  public enum Form: Sendable, Hashable, CaseIterable {
    /// "declaration" / "erklæring"
    case bare
    /// "a declaration" / "en erklæring"
    case indefinite
    /// "the declaration" / "erklæringen"
    case definite
    /// "this declaration" / "denne erklæring"
    case demonstrative
  }

  /// The name in `form` and `language`.
  public func name(_ form: Form, _ language: Language) -> String {
    let forms = language == .da ? danish : english
    switch form {
    case .bare: return forms.bare
    case .indefinite: return forms.indefinite
    case .definite: return forms.definite
    case .demonstrative: return forms.demonstrative
    }
  }

  private typealias Forms = (bare: String, indefinite: String, definite: String, demonstrative: String)

  private var english: Forms {
    let noun =
      switch self {
      case .declaration: "declaration"
      case .waivers: "waivers file"
      case .baseline: "baseline report"
      case .profile: "profile"
      case .pack: "pack"
      case .requirements: "requirements file"
      case .questionnaire: "questionnaire"
      case .countries: "countries file"
      case .configuration: "configuration file"
      case .profileMap: "profile map"
      }
    return (noun, "a \(noun)", "the \(noun)", "this \(noun)")
  }

  private var danish: Forms {
    switch self {
    case .declaration: ("erklæring", "en erklæring", "erklæringen", "denne erklæring")
    case .waivers: ("dispensationsfil", "en dispensationsfil", "dispensationsfilen", "denne dispensationsfil")
    // The report given with --baseline is "den tidligere rapport" in Danish, as in the reports.
    case .baseline: ("tidligere rapport", "en tidligere rapport", "den tidligere rapport", "den tidligere rapport")
    case .profile: ("profil", "en profil", "profilen", "denne profil")
    case .pack: ("regelpakke", "en regelpakke", "regelpakken", "denne regelpakke")
    case .requirements: ("kravfil", "en kravfil", "kravfilen", "denne kravfil")
    case .questionnaire: ("spørgeskema", "et spørgeskema", "spørgeskemaet", "dette spørgeskema")
    case .countries: ("landefil", "en landefil", "landefilen", "denne landefil")
    case .configuration: ("konfigurationsfil", "en konfigurationsfil", "konfigurationsfilen", "denne konfigurationsfil")
    case .profileMap: ("profiltildeling", "en profiltildeling", "profiltildelingen", "denne profiltildeling")
    }
  }
}
