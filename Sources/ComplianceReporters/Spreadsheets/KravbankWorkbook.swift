/// `rules list --format xlsx`: the kravbank as a workbook, one row per requirement with the columns
/// of the CSV and HTML kravbank, a frozen header, an autofilter, and must/should coloured.
public enum KravbankWorkbook {
  /// The workbook's instructions.
  public static func instructions(_ kravbank: Kravbank) -> [WorkbookInstruction] {
    let columns = Kravbank.Column.allCases
    let widths: [Kravbank.Column: Double] = [
      .id: 10, .requirement: 50, .criterion: 60, .legalBasis: 34, .obligation: 11, .severity: 10, .fields: 60,
    ]
    var out: [WorkbookInstruction] = [
      .sheet(name: QuestionnaireWorkbook.sanitised(kravbank.title), hidden: false)
    ]
    for (index, column) in columns.enumerated() { out.append(.width(column: index, width: widths[column] ?? 20)) }
    out.append(.freeze(row: 1, column: 1))
    out.append(.row(columns.map { .text($0.heading(kravbank.language), .header) }))
    for row in kravbank.rows {
      out.append(.row(columns.map { .text(kravbank.text(row, $0), $0 == .id ? .bold : .wrap) }))
    }
    out.append(.autofilter)
    if let obligation = columns.firstIndex(of: .obligation) {
      out.append(
        .highlight(
          firstRow: 1, firstColumn: obligation, lastRow: -1, lastColumn: obligation,
          prefix: Kravbank.Obligation.must.name(kravbank.language), colour: .red))
      out.append(
        .highlight(
          firstRow: 1, firstColumn: obligation, lastRow: -1, lastColumn: obligation,
          prefix: Kravbank.Obligation.should.name(kravbank.language), colour: .orange))
    }
    return out
  }
}
