public import ComplianceCore
public import YAMLSupport

/// The plan as iCalendar (RFC 5545), for subscribing in a calendar program: one all-day event per
/// due supervision and per open remark with a due date.
///
/// Byte-identical for the same inputs: `DTSTAMP` is the evaluation date at 00:00:00Z, and each
/// `UID` is `<processor id>-<what>-<date>@dpacheck`. Lines end in CRLF and are folded at 75 octets
/// (RFC 5545 §3.1), never inside a UTF-8 sequence.
public enum PlanCalendar {
  /// The plan as iCalendar text.
  public static func render(_ plan: SupervisionPlan, language: Language) -> String {
    typealias W = SupervisionWords
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dpacheck//supervision plan//EN", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:" + escape(W.pick(language, en: "Supervision", da: "Tilsyn") + " – " + plan.controller.name),
    ]
    let stamp = compact(plan.asOf) + "T000000Z"
    func event(uid: String, day: Day, summary: String, description: String, concept: Int?) {
      lines += [
        "BEGIN:VEVENT", "UID:\(uid)@dpacheck", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(day))",
        "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))", "SUMMARY:" + escape(summary),
        "DESCRIPTION:" + escape(description), "TRANSP:TRANSPARENT",
      ]
      if let concept { lines.append("X-DPACHECK-CONCEPT:\(concept)") }
      lines.append("END:VEVENT")
    }
    for entry in plan.entries where entry.status != .invalid {
      let name = entry.processor.name ?? entry.id
      if let concept = entry.scheduledConcept {
        let due: Day? = entry.status == .neverSupervised ? plan.asOf : entry.nextDue
        if let due {
          event(
            uid: "\(entry.id)-supervision-\(due)", day: due,
            summary: W.pick(language, en: "Supervision: ", da: "Tilsyn: ") + name,
            description: W.pick(language, en: "Concept ", da: "Koncept ")
              + W.concept(concept, model: plan.model, language) + ". Status: " + W.status(entry.status, language)
              + ". " + W.pick(language, en: "Last supervision: ", da: "Seneste tilsyn: ")
              + (entry.lastSupervision?.date.description ?? "-") + ".",
            concept: concept)
        }
      } else {
        // No allowed concept is chosen: the calendar asks for one now rather than plan one the
        // band does not allow.
        event(
          uid: "\(entry.id)-choose-concept-\(plan.asOf)", day: plan.asOf,
          summary: W.pick(language, en: "Choose a supervision concept: ", da: "Vælg et tilsynskoncept: ") + name,
          description: W.pick(language, en: "Concepts the risk allows: ", da: "Koncepter, risikoen tillader: ")
            + W.list(entry.allowedConcepts) + ".", concept: nil)
      }
      for open in entry.openRemarks {
        guard let due = open.remark.due else { continue }
        event(
          uid: "\(entry.id)-remark-\(slug(open.remark.id))-\(due)", day: due,
          summary: W.pick(language, en: "Remark follow-up: ", da: "Opfølgning på bemærkning: ") + name + " ("
            + open.remark.id + ")",
          description: open.remark.text + (open.remark.owner.map { " — \($0)" } ?? ""), concept: nil)
      }
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined()
  }

  /// `YYYYMMDD`.
  static func compact(_ day: Day) -> String {
    day.description.filter { $0 != "-" }
  }

  /// A remark id as part of a UID: lowercase letters, digits and `-`.
  static func slug(_ text: String) -> String {
    let mapped = text.lowercased().unicodeScalars.map { scalar -> String in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? String(scalar) : "-"
    }
    return mapped.joined()
  }

  /// TEXT escaping (RFC 5545 §3.3.11); control characters other than line breaks are dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": break
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// One content line, folded at 75 octets, with its CRLF.
  static func fold(_ line: String) -> String {
    var out: [UInt8] = []
    var count = 0
    for scalar in line.unicodeScalars {
      let bytes = Array(String(scalar).utf8)
      if count + bytes.count > 75 {
        out += [13, 10, 32]
        count = 1
      }
      out += bytes
      count += bytes.count
    }
    out += [13, 10]
    return String(decoding: out, as: UTF8.self)
  }
}
