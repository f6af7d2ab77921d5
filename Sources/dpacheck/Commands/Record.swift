import ArgumentParser
import ComplianceCore
import ComplianceReporters
import Frontend
import YAMLSupport

extension DPACheck {
  struct Record: ParsableCommand {
    /// The formats of the record.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case html, markdown, json
    }

    static let configuration = CommandConfiguration(
      commandName: "record",
      abstract: "Write the record (tilsynsnotat) of one supervision in a supervision register.",
      discussion: """
        The record of processor ID's supervision on --date (default: its latest): the parties and \
        the data processing agreement, the risk assessment with each answer and where it came from \
        (the declaration, the register, or assumed while unanswered), the concept used, the evidence \
        reviewed with its SHA-256 (checked against the files that are present), the declaration's \
        gap report as of the supervision date (or --as-of), the conclusion, the remarks and their \
        follow-up, and the approval. A supervision made by others (e.g. DBS) counts once the \
        register records who approved it. The same inputs give the same bytes.

        Examples:
          dpacheck record Examples/register/register.yaml --processor sag-nordlys
          dpacheck record register.yaml --processor loen-vest --date 2026-03-15 \\
            --lang da -o notat.html
          dpacheck record register.yaml --processor sag-nordlys --format json

        Exit codes:
          0   written (whatever the declaration's gaps: a record is a document)
          2   invalid input: the register, the model, the declaration, an
              unknown processor or date, or an evidence file whose SHA-256
              differs from the one recorded
          64  bad usage

        See docs/supervision.md.
        """)

    @Argument(
      help: ArgumentHelp("The supervision register.", valueName: "REGISTER"),
      completion: .file(extensions: ["yaml", "yml"]))
    var register: String

    @Option(name: .long, help: ArgumentHelp("The processor's id in the register.", valueName: "ID"))
    var processor: String

    @Option(
      name: .long,
      help: ArgumentHelp("The supervision's date (default: the processor's latest).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(
      name: .long,
      help: ArgumentHelp("Judge the declaration as of this date (default: the supervision's).", valueName: "YYYY-MM-DD")
    )
    var asOf: String?

    @OptionGroup var rulesOptions: RulesOptions

    @Option(name: .long, help: "The format.")
    var format: Format = .html

    @Option(
      name: [.short, .customLong("output")],
      help: ArgumentHelp("Write the record to FILE (atomically) instead of stdout.", valueName: "FILE"),
      completion: .file())
    var output: String?

    @Option(name: .long, help: "The language of the record and of the messages.")
    var lang: Language = .en

    func validate() throws {
      for value in [date, asOf].compactMap({ $0 }) where Day(value) == nil {
        throw ValidationError(DiagnosticMessage(.usageAsOf, .text(value)).text(lang))
      }
    }

    func run() throws {
      let catalog = try rulesOptions.catalog(forEvaluation: true, language: lang)
      let run = try Diagnostics.exitOnError(language: lang) { () throws(Diagnostic) -> SupervisionRun in
        try SupervisionRun(registerPath: register, catalog: catalog)
      }
      let (entry, supervision) = try Diagnostics.exitOnError(language: lang) {
        () throws(Diagnostic) -> (SupervisionRegister.Processor, SupervisionRegister.Supervision) in
        try Self.find(processor, on: date.flatMap(Day.init), in: run.register)
      }
      let day = asOf.flatMap(Day.init) ?? supervision.date
      guard let input = run.inputs(asOf: day, only: entry.id).first else { throw ExitCode(2) }
      func file(_ kind: String, _ path: String, _ recorded: String?) -> SupervisionRecord.File {
        SupervisionRecord.File(kind: kind, file: path, recorded: recorded, actual: input.hashes[path])
      }
      let record = SupervisionRecord.make(
        register: run.register, model: run.model, input: input, supervision: supervision, asOf: day,
        countries: catalog.countries, evidence: supervision.evidence.map { file($0.kind.rawValue, $0.file, $0.sha256) },
        externalRecord: supervision.record.map { file("record", $0, supervision.recordSHA256) })
      try ReportOutput.refuseOverwriting([register], with: output, language: lang)
      try ReportOutput.write(to: output, language: lang) { sink in
        switch format {
        case .html: try sink.write(RecordDocument.html(record, language: lang))
        case .markdown: try sink.write(RecordDocument.markdown(record, language: lang))
        case .json: try sink.write(try RecordJSON.render(record, language: lang))
        }
        try sink.finish()
      }
      // The problems of the processor's entry, its declaration and its evidence, as the plan has them.
      let problems = SupervisionPlan.entry(for: input, model: run.model, countries: catalog.countries, asOf: day)
        .diagnostics
      for diagnostic in problems { Diagnostics.emit(diagnostic, language: lang) }
      if !problems.isEmpty { throw ExitCode(2) }
    }

    /// The processor and its supervision on `date` (or its latest).
    static func find(_ id: String, on date: Day?, in register: SupervisionRegister) throws(Diagnostic)
      -> (SupervisionRegister.Processor, SupervisionRegister.Supervision)
    {
      let origin = SourceLocation.start(of: register.file)
      guard let processor = register.processors.first(where: { $0.id == id }) else {
        throw Diagnostic(.registerUnknownProcessor, .text(id), .list(register.processors.map(\.id)), at: origin)
      }
      if let problem = processor.problem { throw problem }
      guard let latest = processor.supervisions.last else {
        throw Diagnostic(.registerNoSupervision, .text(id), at: processor.location)
      }
      guard let date else { return (processor, latest) }
      guard let supervision = processor.supervisions.last(where: { $0.date == date }) else {
        throw Diagnostic(
          .registerNoSupervisionOn, .text(id), .text(date.description),
          .list(processor.supervisions.map(\.date.description)), at: processor.location)
      }
      return (processor, supervision)
    }
  }
}
