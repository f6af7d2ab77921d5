public import ComplianceCore
public import YAMLSupport

/// The requirements of a profile as a table, grouped by pack, for `dpacheck rules list`: id,
/// effective severity (marked when a profile set it), clause and title.
public enum RuleTable {
  /// The table as text in `language`.
  public static func render(_ ruleSet: RuleSet, _ language: Language) -> String {
    let header = [AuthoringPhrase.idColumn, .severityColumn, .clauseColumn, .titleColumn].map { $0.text(language) }
    var rows = [header]
    var groups: [(pack: Pack, count: Int)] = []
    for pack in ruleSet.packs {
      // By clause in the standard's order, then by id.
      let requirements = ruleSet.requirements
        .filter { $0.requirement.pack == pack.id }
        .sorted { a, b in
          let (x, y) = (Clause.sortKey(a.requirement.clause), Clause.sortKey(b.requirement.clause))
          return (x.0, x.1, x.2, a.id) < (y.0, y.1, y.2, b.id)
        }
      groups.append((pack, requirements.count))
      rows += requirements.map { requirement in
        let marked = requirement.severitySetBy == nil ? "" : "*"
        return [
          requirement.id, requirement.severity.name(language) + marked, requirement.requirement.clause,
          requirement.text(\.title, language),
        ]
      }
    }
    let table = Wrap.table(rows)
    var lines = [table[0]]
    var next = 1
    for group in groups where group.count > 0 {
      lines += ["", "\(group.pack.id): \(group.pack.title.text(language))"]
      lines += table[next..<(next + group.count)]
      next += group.count
    }
    lines.append("")
    lines.append(AuthoringPhrase.listTotal.format(language, String(ruleSet.requirements.count), ruleSet.profileID))
    if ruleSet.requirements.contains(where: { $0.severitySetBy != nil }) {
      lines.append(AuthoringPhrase.severityMarkNote.text(language))
    }
    if !ruleSet.exclusions.isEmpty {
      lines.append(
        AuthoringPhrase.excludedList.format(language, ruleSet.exclusions.map(\.rule).joined(separator: ", ")))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
