import ComplianceCore
import YAMLSupport

/// The kind of answer a questionnaire field expects, in words: "true or false", "one of: a, b".
enum FieldHint {
  /// The hint for `spec`, or nil for free text and objects.
  ///
  /// - Parameter filled: whether the template holds example answers (a list of objects then has an
  ///   entry rather than `[]` followed by a commented example).
  static func describe(_ spec: FieldSpec, _ language: Language, filled: Bool = false) -> String? {
    switch spec.type {
    case .object, .string:
      return nil
    case .list:
      guard let item = spec.itemType, item != .object else {
        return (filled ? AuthoringPhrase.objectListFilledHint : AuthoringPhrase.objectListHint).text(language)
      }
      if let minItems = spec.minItems, minItems > 1 {
        return AuthoringPhrase.listMinHint.format(language, String(minItems), scalar(item, spec, language))
      }
      if spec.minItems == 1 {
        return AuthoringPhrase.listOneHint.format(language, scalar(item, spec, language))
      }
      return AuthoringPhrase.listHint.format(language, scalar(item, spec, language))
    default:
      return scalar(spec.type, spec, language)
    }
  }

  /// The hint for one value of `type` (the field itself, or an item of a list field).
  static func scalar(_ type: FieldType, _ spec: FieldSpec, _ language: Language) -> String {
    switch type {
    case .bool: return AuthoringPhrase.boolHint.text(language)
    case .int:
      let number = { (value: Double) in ParameterValue.number(value).description }
      if let maximum = spec.maximum {
        return AuthoringPhrase.intRangeHint.format(language, number(spec.minimum ?? 0), number(maximum))
      }
      if let minimum = spec.minimum, minimum != 0 {
        return AuthoringPhrase.intMinHint.format(language, number(minimum))
      }
      return AuthoringPhrase.intHint.text(language)
    case .number: return AuthoringPhrase.numberHint.text(language)
    case .date: return AuthoringPhrase.dateHint.text(language)
    case .enum: return AuthoringPhrase.enumHint.format(language, values(spec))
    case .country: return AuthoringPhrase.countryHint.text(language)
    case .email: return AuthoringPhrase.emailHint.text(language)
    case .url: return AuthoringPhrase.urlHint.text(language)
    case .string, .object, .list: return AuthoringPhrase.textHint.text(language)
    }
  }

  /// An enum's values as a vendor should write them: quoted where a plain value would read as a
  /// number or a boolean.
  static func values(_ spec: FieldSpec) -> String {
    spec.values.map { YAMLTree.looksTyped($0) ? Escape.doubleQuoted($0) : $0 }.joined(separator: ", ")
  }
}
