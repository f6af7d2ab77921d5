import YAMLSupport

/// The shipped country sets in the domain's words, so that a message never names a set of the rule
/// language ("the set 'adequacy'"); a set a custom pack defines is named as written.
enum CountrySetName {
  /// What a country was expected to be: "a country in the EU/EEA".
  static func expectation(_ set: String, negated: Bool, _ language: Language) -> String {
    let words: (da: String, en: String, notDa: String, notEn: String)?
    switch set {
    case "eea":
      words = (
        "et land i EU/EØS", "a country in the EU/EEA",
        "et land uden for EU/EØS", "a country outside the EU/EEA"
      )
    case "eu":
      words = ("et EU-land", "an EU member state", "et land uden for EU", "a country outside the EU")
    case "eu_territories":
      words = (
        "et EU-område med egen landekode", "an EU territory with a code of its own",
        "et land, der ikke er et EU-område", "a country that is not an EU territory"
      )
    case "adequacy":
      words = (
        "et land med en tilstrækkelighedsafgørelse fra EU-Kommissionen, der dækker alle modtagere",
        "a country with an EU adequacy decision that covers every recipient",
        "et land uden en tilstrækkelighedsafgørelse, der dækker alle modtagere",
        "a country without an EU adequacy decision that covers every recipient"
      )
    case "adequacy_dpf":
      words = (
        "et land, hvis tilstrækkelighedsafgørelse kun dækker modtagere certificeret under "
          + "EU-US Data Privacy Framework",
        "a country whose adequacy decision covers only recipients certified under the EU-US Data Privacy Framework",
        "et land, hvis tilstrækkelighedsafgørelse ikke kræver en certificering",
        "a country whose adequacy decision needs no certification"
      )
    default: words = nil
    }
    guard let words else {
      return (negated ? Phrase.expectedNotInSet : .expectedInSet).format(language, set)
    }
    let text =
      switch (negated, language) {
      case (false, .da): words.da
      case (false, .en): words.en
      case (true, .da): words.notDa
      case (true, .en): words.notEn
      }
    return Phrase.expectedEquals.format(language, text)
  }
}
