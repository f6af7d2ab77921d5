import ArgumentParser
import ComplianceCore
import Frontend
import YAMLSupport

extension DPACheck {
  struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "config",
      abstract: "Show the settings 'check' would use, and where each comes from.",
      discussion: """
        'check' reads defaults from .dpacheck.yaml in the working folder, or from the file given \
        with --config (format dpacheck/config/v1; keys: profile, profile_map, fail_on, waivers, baseline, \
        lang, exclude; paths are relative to the file). An option on the command line wins over the \
        file. Give the same options here to see their effect.

        Exit codes:
          0   shown
          2   the configuration file is invalid (with file:line:column)
        """)

    @OptionGroup var settings: SettingsOptions

    func run() throws {
      let settings = try self.settings.resolve()
      let none = "–"
      print("configuration file  \(settings.file ?? "\(none) (no \(Configuration.defaultFile) here)")")
      let rows: [(String, String, Settings.Source)] = [
        ("profile", settings.profile.value, settings.profile.source),
        ("profile_map", settings.profileMap.value ?? none, settings.profileMap.source),
        ("fail_on", settings.failOn.value?.rawValue ?? "the profile's fail_on", settings.failOn.source),
        ("waivers", settings.waivers.value ?? none, settings.waivers.source),
        ("baseline", settings.baseline.value ?? none, settings.baseline.source),
        ("lang", settings.language.value.rawValue, settings.language.source),
        (
          "exclude", settings.exclude.value.isEmpty ? none : settings.exclude.value.joined(separator: ", "),
          settings.exclude.source
        ),
      ]
      let width = rows.map { $0.1.count }.max() ?? 0
      for (key, value, source) in rows {
        let origin: String
        switch source {
        case .commandLine: origin = "command line"
        case .file(let location): origin = location.description
        case .builtIn: origin = "default"
        }
        print("\(key.rightPadded(11))  \(value.rightPadded(width).escapingControls)  \(origin.escapingControls)")
      }
    }
  }
}
