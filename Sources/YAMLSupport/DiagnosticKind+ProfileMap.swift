// The message table, part 4: profile maps (`check --profile-map`). Their errors are those of every
// file kind (format, keys, types) and of profiles (an unknown id); this names what they are in.
extension DiagnosticKind {
  static let profileMapEntries: [DiagnosticKind: Entry] = [
    .thingProfileMapEntry: .init(fragment: "an entry of the profile map", da: "en linje i profiltildelingen")
  ]
}
