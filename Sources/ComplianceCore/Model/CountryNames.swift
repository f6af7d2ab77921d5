import YAMLSupport

/// Country names and other common ways of writing a country, for suggesting its ISO code when a
/// declaration names a country instead (`Danmark`, `Denmark`, `Tyskland`, `USA`).
///
/// Names come from the English short names of the country data (`codes:` in
/// `Rules/data/countries.yaml`) and from the table below: the Danish names of the countries a
/// Danish municipality's processors commonly name, other English names, and the three-letter codes
/// of ISO 3166-1 alpha-3 that vendors write by mistake. Matching ignores case, full stops and extra
/// spaces.
enum CountryNames {
  /// `; use the code 'DK' for Denmark` for a country name, or nil when `text` names no country. A
  /// country is named in Danish only where this table has its Danish name.
  static func suggestion(for text: String, in countries: Countries) -> DiagnosticMessage? {
    guard let code = code(for: text, in: countries) else { return nil }
    guard let english = countries.names[code], !english.isEmpty else {
      return DiagnosticMessage(.suggestCountry, .text(code))
    }
    guard let danish = danishNames[code] else {
      return DiagnosticMessage(.suggestCountryNamedInEnglish, .text(code), .text(english))
    }
    return DiagnosticMessage(.suggestCountryNamed, .text(code), .localized(da: danish, en: english))
  }

  /// The code of the country `text` names, if it is known and unambiguous.
  static func code(for text: String, in countries: Countries) -> String? {
    guard text.count <= 60 else { return nil }
    let key = normalised(text)
    guard !key.isEmpty else { return nil }
    if let code = otherNames[key], countries.names[code] != nil { return code }
    var exact: [String] = []
    var shortened: [String] = []
    for (code, name) in countries.names where !name.isEmpty {
      if normalised(name) == key { exact.append(code) }
      // "Korea (South)" is also "Korea", but only where one country has that name.
      if let open = name.firstIndex(of: "("), normalised(String(name[..<open])) == key { shortened.append(code) }
    }
    if exact.count == 1 { return exact[0] }
    return shortened.count == 1 ? shortened[0] : nil
  }

  /// Lower case, without full stops, `&` as `and`, single spaces.
  static func normalised(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() where character != "." {
      result += character == "&" ? " and " : String(character)
    }
    return result.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  /// The Danish names of the countries in `otherNames`, for the suggestion in Danish.
  static let danishNames: [String: String] = [
    "AT": "Østrig", "AU": "Australien", "BE": "Belgien", "BG": "Bulgarien", "BR": "Brasilien", "CA": "Canada",
    "CH": "Schweiz", "CN": "Kina", "CY": "Cypern", "CZ": "Tjekkiet", "DE": "Tyskland", "DK": "Danmark",
    "EE": "Estland", "ES": "Spanien", "FI": "Finland", "FO": "Færøerne", "FR": "Frankrig", "GB": "Storbritannien",
    "GL": "Grønland", "GR": "Grækenland", "HR": "Kroatien", "HU": "Ungarn", "IE": "Irland", "IL": "Israel",
    "IN": "Indien", "IS": "Island", "IT": "Italien", "JP": "Japan", "KR": "Sydkorea", "LI": "Liechtenstein",
    "LT": "Litauen", "LU": "Luxembourg", "LV": "Letland", "MT": "Malta", "NL": "Nederlandene", "NO": "Norge",
    "NZ": "New Zealand", "PL": "Polen", "PT": "Portugal", "RO": "Rumænien", "RU": "Rusland", "SE": "Sverige",
    "SG": "Singapore", "SI": "Slovenien", "SK": "Slovakiet", "TR": "Tyrkiet", "UA": "Ukraine", "US": "USA",
    "ZA": "Sydafrika", "AE": "De Forenede Arabiske Emirater", "PH": "Filippinerne", "UY": "Uruguay",
    "AR": "Argentina", "MX": "Mexico",
  ]

  /// Names besides the country data's English short names, normalised, with their codes.
  static let otherNames: [String: String] = {
    var names: [String: String] = [:]
    for (code, name) in danishNames { names[normalised(name)] = code }
    let others: [String: [String]] = [
      "AE": ["UAE", "ARE", "Emiraterne"], "AT": ["AUT"], "AU": ["AUS"], "BE": ["BEL"], "BG": ["BGR"], "BR": ["BRA"],
      "CA": ["CAN"], "CH": ["CHE", "Switzerland"], "CN": ["CHN"], "CY": ["CYP"], "CZ": ["CZE", "Czechia"],
      "DE": ["DEU", "Deutschland"], "DK": ["DNK"], "EE": ["EST"], "ES": ["ESP"], "FI": ["FIN"], "FO": ["FRO"],
      "FR": ["FRA"], "GB": ["GBR", "UK", "United Kingdom", "Great Britain", "England", "Det Forenede Kongerige"],
      "GL": ["GRL"], "GR": ["GRC"], "HR": ["HRV"], "HU": ["HUN"], "IE": ["IRL"], "IN": ["IND"], "IS": ["ISL"],
      "IT": ["ITA"], "JP": ["JPN"], "KR": ["KOR", "South Korea"], "LI": ["LIE"], "LT": ["LTU"], "LU": ["LUX"],
      "LV": ["LVA"], "MT": ["MLT"], "NL": ["NLD", "Holland", "The Netherlands"], "NO": ["NOR"], "NZ": ["NZL"],
      "PL": ["POL"], "PT": ["PRT"], "RO": ["ROU"], "RU": ["RUS"], "SE": ["SWE"], "SG": ["SGP"], "SI": ["SVN"],
      "SK": ["SVK"], "TR": ["TUR", "Türkiye"], "UA": ["UKR"],
      "US": ["USA", "United States of America", "America", "Amerika", "De Forenede Stater"],
      "ZA": ["ZAF"],
    ]
    for (code, list) in others {
      for name in list { names[normalised(name)] = code }
    }
    return names
  }()
}
