import ComplianceCore
import YAMLSupport

/// Who set a value of a resolved profile: the profile itself, one it extends, or the pack.
enum Provenance {
  /// "set in profile X", "inherited from profile X", or "pack default".
  ///
  /// - Parameters:
  ///   - setBy: the profile that set the value, or nil when the pack's default applies.
  ///   - profile: the profile being shown (the first of its `extends` chain).
  static func describe(setBy: String?, profile: String, _ language: Language) -> String {
    guard let setBy else { return AuthoringPhrase.packDefault.text(language) }
    return (setBy == profile ? AuthoringPhrase.setIn : AuthoringPhrase.inheritedFrom).format(language, setBy)
  }

  /// Like `describe`, with the pack's default value added when a profile overrides it.
  static func describe(setBy: String?, profile: String, packDefault: String, _ language: Language) -> String {
    let text = describe(setBy: setBy, profile: profile, language)
    guard setBy != nil else { return text }
    return text + "; " + AuthoringPhrase.packDefaultValue.format(language, packDefault)
  }
}
