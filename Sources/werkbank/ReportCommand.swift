import ArgumentParser
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension MatrixAxis: ExpressibleByArgument {}
extension MatrixMeasure: ExpressibleByArgument {}
extension CoOccurrenceMode: ExpressibleByArgument {}

/// `werkbank report …`: analysis tables over the project's codings.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Analysis reports: the code matrix, code co-occurrence, the whole report, findings and the framework matrix.",
        subcommands: [MatrixReportCommand.self, CoOccurrenceReportCommand.self, HTMLReportDocumentCommand.self, MarkdownReportDocumentCommand.self,
                      FindingsReportCommand.self, FrameworkReportCommand.self])
}

/// `werkbank report matrix`: codes × cases or roles.
struct MatrixReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Codes × cases (or roles): fragments, participants, sources, share of text coded, or presence.",
        discussion: """
            Rows are the codes in codebook order; a code counts its sub-codes' fragments too, and the sub-codes follow \
            it, indented (--collapse leaves them out). participants: distinct respondents in whose turn a fragment \
            starts. share: the percentage of the case's text covered by the code's codings, overlaps counted once (by \
            case only). presence: 1 or 0; its totals count cases (per code) and top-level codes (per case). Totals of \
            participants and sources count distinct ones. --and and --not count only the codings of each row's code \
            that meet them, as in `werkbank fragments` (LOS --and VOR by case: how often LOS and VOR co-occur where).
            """)

    @Option(name: .long, help: ArgumentHelp(
        "Columns: case, role, source (sources grouped under their case), or an attribute's name (one column per value, and (none)).",
        valueName: "axis"))
    var by: String = MatrixAxis.case.rawValue

    @Option(name: .long, help: "What a cell counts: fragments, participants, sources, share or presence.")
    var measure: MatrixMeasure = .fragments

    @Option(name: .long, help: ArgumentHelp("Only this coder's codings (repeatable; in any case).", valueName: "name"))
    var coder: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only sources of this kind (repeatable): interview, focusgroup, observation, document, questionnaire.",
                                            valueName: "kind"))
    var kind: [SourceKind] = []

    @Flag(name: .long, help: "List top-level codes only (sub-codes still count under their parent).")
    var collapse = false

    @OptionGroup var combinationOptions: CombinationOptions
    @OptionGroup var whereOption: WhereOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let names = try projectNames(project, coders: !coder.isEmpty)
        let coders = try coder.map { try resolveCoderFilter($0, in: names) }
        let codebook = try withProject { () throws(ProjectError) in try project.codebook() }
        let combinations = try combinationOptions.combinations(in: codebook)
        let within = combinationOptions.within
        let conditions = try whereOption.conditions()
        let axis = MatrixAxis(rawValue: by.lowercased())
        if axis == nil {
            let declared = try withProject { () throws(ProjectError) in try project.attributeDefinitions() }
            guard declared.contains(where: { $0.id == by.lowercased() }) else {
                let choices = MatrixAxis.allCases.map(\.rawValue) + declared.map(\.name)
                throw ValidationError("--by takes \(choices.joined(separator: ", ")), not `\(by)`")
            }
        }
        let matrix = try withProject { () throws(ProjectError) in
            if let axis {
                return try project.matrix(by: axis, measure: measure, coders: coders, kinds: kind, collapseSubcodes: collapse,
                                          combinations: combinations, combinationMode: within, where: conditions)
            }
            return try project.matrix(byAttribute: by, measure: measure, coders: coders, kinds: kind, collapseSubcodes: collapse,
                                      combinations: combinations, combinationMode: within, where: conditions)
        }
        var report = matrix.report
        let condition = CodeCombination.description(of: combinations, mode: within)
        if !condition.isEmpty { report.title += ", \(condition)" }
        print(ReportWriter.render(report, as: output.format), terminator: "")
    }
}

/// `werkbank report cooccurrence`: code × code counts of co-occurring fragments.
struct CoOccurrenceReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccurrence",
        abstract: "Code × code counts of fragments that overlap or share a speaker turn.",
        discussion: """
            Each pair of co-occurring codings of two codes counts once. The diagonal is the code's number of \
            fragments. overlap: ranges sharing at least one character (touching ranges do not); turn: fragments \
            starting in the same speaker turn.
            """)

    @Option(name: .long, help: "overlap or turn.")
    var mode: CoOccurrenceMode = .overlap

    @OptionGroup var caseOption: CaseOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let caseID = try caseOption.resolved(in: study)?.id
        let table = try withProject { () throws(ProjectError) in try project.coOccurrence(mode: mode, caseID: caseID) }
        print(ReportWriter.render(table.report, as: output.format), terminator: "")
    }
}
