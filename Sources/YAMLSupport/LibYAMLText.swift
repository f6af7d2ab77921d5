/// libyaml's fixed English problem and context texts, and their Danish wording.
///
/// libyaml reports a syntax error with a problem ("did not find expected key") and, often, a context
/// ("while parsing a block mapping"). English shows them as libyaml wrote them; Danish looks them
/// up here. A text this table does not know (a newer libyaml) is shown in Danish quoted as it is,
/// so nothing libyaml says is lost.
package enum LibYAMLText {
  /// `english`, one of libyaml's texts, in `language`.
  package static func text(_ english: String, _ language: Language) -> String {
    guard language == .da else { return english }
    return danish[english] ?? "libyaml melder '\(english)'"
  }

  /// Every text of libyaml 0.2.5's reader, scanner and parser.
  package static let danish: [String: String] = [
    // Problems: the reader
    "control characters are not allowed": "kontroltegn er ikke tilladt",
    "incomplete UTF-8 octet sequence": "ufuldstændig UTF-8-sekvens",
    "invalid leading UTF-8 octet": "ugyldig førstebyte i UTF-8",
    "invalid trailing UTF-8 octet": "ugyldig fortsættelsesbyte i UTF-8",
    "invalid length of a UTF-8 sequence": "ugyldig længde på en UTF-8-sekvens",
    "invalid Unicode character": "ugyldigt Unicode-tegn",
    "incomplete UTF-16 character": "ufuldstændigt UTF-16-tegn",
    "incomplete UTF-16 surrogate pair": "ufuldstændigt UTF-16-surrogatpar",
    "expected low surrogate area": "der forventes en lav surrogat i UTF-16",
    "unexpected low surrogate area": "uventet lav surrogat i UTF-16",
    "input error": "fejl ved læsning af inddata",
    "input is too long": "inddata er for lange",
    // Problems: the scanner
    "block sequence entries are not allowed in this context": "et listepunkt ('- ') er ikke tilladt her",
    "could not find expected ':'": "fandt ikke det forventede ':'",
    "could not find expected directive name": "fandt ikke det forventede direktivnavn",
    "did not find URI escaped octet": "fandt ikke den forventede URI-kodede byte",
    "did not find expected '!'": "fandt ikke det forventede '!'",
    "did not find expected alphabetic or numeric character": "fandt ikke det forventede bogstav eller ciffer",
    "did not find expected comment or line break":
      "fandt ikke den forventede kommentar eller det forventede linjeskift",
    "did not find expected digit or '.' character": "fandt ikke det forventede ciffer eller '.'",
    "did not find expected hexdecimal number": "fandt ikke det forventede hexadecimale tal",
    "did not find expected tag URI": "fandt ikke den forventede tag-URI",
    "did not find expected version number": "fandt ikke det forventede versionsnummer",
    "did not find expected whitespace": "fandt ikke det forventede mellemrum",
    "did not find expected whitespace or line break": "fandt ikke det forventede mellemrum eller linjeskift",
    "did not find the expected '>'": "fandt ikke det forventede '>'",
    "found a tab character that violates indentation": "fandt et tabulatortegn, der bryder indrykningen",
    "found a tab character where an indentation space is expected":
      "fandt et tabulatortegn, hvor der forventes et mellemrum til indrykning",
    "found an incorrect leading UTF-8 octet": "fandt en forkert førstebyte i UTF-8",
    "found an incorrect trailing UTF-8 octet": "fandt en forkert fortsættelsesbyte i UTF-8",
    "found an indentation indicator equal to 0": "fandt en indrykningsangivelse lig med 0",
    "found character that cannot start any token": "fandt et tegn, der ikke kan indlede noget i YAML",
    "found extremely long version number": "fandt et ekstremt langt versionsnummer",
    "found invalid Unicode character escape code": "fandt en ugyldig escape-kode for et Unicode-tegn",
    "found unexpected ':'": "fandt et uventet ':'",
    "found unexpected document indicator": "fandt en uventet dokumentmarkør",
    "found unexpected end of stream": "filen slutter uventet",
    "found unexpected non-alphabetical character": "fandt et uventet tegn, der ikke er et bogstav",
    "found unknown directive name": "fandt et ukendt direktivnavn",
    "found unknown escape character": "fandt et ukendt escape-tegn",
    "mapping keys are not allowed in this context": "en nøgle er ikke tilladt her",
    "mapping values are not allowed in this context": "en værdi efter ':' er ikke tilladt her",
    // Problems: the parser
    "did not find expected <stream-start>": "fandt ikke den forventede begyndelse på datastrømmen",
    "did not find expected <document start>": "fandt ikke den forventede begyndelse på et dokument ('---')",
    "did not find expected ',' or ']'": "fandt ikke det forventede ',' eller ']'",
    "did not find expected ',' or '}'": "fandt ikke det forventede ',' eller '}'",
    "did not find expected '-' indicator": "fandt ikke det forventede '-' foran et listepunkt",
    "did not find expected key": "fandt ikke den forventede nøgle",
    "did not find expected node content": "fandt ikke det forventede indhold",
    "found duplicate %TAG directive": "fandt det samme %TAG-direktiv to gange",
    "found duplicate %YAML directive": "fandt %YAML-direktivet to gange",
    "found incompatible YAML document": "fandt et YAML-dokument i en version, der ikke understøttes",
    "found undefined tag handle": "fandt et tag-præfiks, der ikke er defineret",
    // Contexts
    "while parsing": "under læsningen",
    "while parsing a %TAG directive": "under læsning af et %TAG-direktiv",
    "while parsing a block collection": "under læsning af en samling i blokform",
    "while parsing a block mapping": "under læsning af nøgler med værdier i blokform",
    "while parsing a block node": "under læsning af en værdi i blokform",
    "while parsing a flow mapping": "under læsning af nøgler med værdier i '{ }'",
    "while parsing a flow node": "under læsning af en værdi i '[ ]' eller '{ }'",
    "while parsing a flow sequence": "under læsning af en liste i '[ ]'",
    "while parsing a node": "under læsning af en værdi",
    "while parsing a quoted scalar": "under læsning af en værdi i anførselstegn",
    "while parsing a tag": "under læsning af et tag",
    "while parsing a tag directive": "under læsning af et tag-direktiv",
    "while scanning a %TAG directive": "under læsning af et %TAG-direktiv",
    "while scanning a %YAML directive": "under læsning af et %YAML-direktiv",
    "while scanning a block scalar": "under læsning af en tekstblok ('|' eller '>')",
    "while scanning a directive": "under læsning af et direktiv",
    "while scanning a plain scalar": "under læsning af en værdi uden anførselstegn",
    "while scanning a quoted scalar": "under læsning af en værdi i anførselstegn",
    "while scanning a simple key": "under læsning af en nøgle",
    "while scanning a tag": "under læsning af et tag",
    "while scanning a tag directive": "under læsning af et tag-direktiv",
    "while scanning an alias": "under læsning af et alias",
    "while scanning an anchor": "under læsning af et anker",
    "while scanning for the next token": "under søgning efter det næste element",
  ]
}
