package import Foundation
package import Testing

extension Validators {
  /// Whether `python3` can import openpyxl, the spreadsheet library the workbook tests read and
  /// fill workbooks with.
  package static let hasOpenpyxl: Bool = {
    (try? run("python3", ["-c", "import openpyxl, yaml"]))??.status == 0
  }()

  /// For tests that open workbooks with openpyxl (`Tests/Scripts/workbook.py`).
  package static var openpyxlTool: ConditionTrait {
    .enabled(
      if: hasOpenpyxl || required,
      Comment(
        rawValue: "python3 cannot import openpyxl (pip install openpyxl pyyaml; CI sets DPACHECK_REQUIRE_VALIDATORS=1)")
    )
  }

  /// Whether `python3` can import icalendar, the parser the supervision calendar is read back with.
  package static let hasICalendar: Bool = {
    (try? run("python3", ["-c", "import icalendar"]))??.status == 0
  }()

  /// For tests that read an iCalendar file with Python's icalendar.
  package static var icalendarTool: ConditionTrait {
    .enabled(
      if: hasICalendar || required,
      Comment(
        rawValue: "python3 cannot import icalendar (pip install icalendar; CI sets DPACHECK_REQUIRE_VALIDATORS=1)")
    )
  }

  /// Runs `Tests/Scripts/workbook.py` with `arguments`.
  package static func workbookScript(_ arguments: [String]) throws -> Run {
    guard let result = try run("python3", [Package.path("Tests/Scripts/workbook.py")] + arguments) else {
      throw Failure(description: "python3 is not on PATH")
    }
    return result
  }
}
