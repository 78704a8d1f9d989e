import ArgumentParser
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension SourceKind: ExpressibleByArgument {}

struct FragmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fragments",
        abstract: "Retrieve coded fragments by code, case, role, source kind, coder and attribute, and by other codes they meet.",
        discussion: """
            Each option may be repeated; a code includes its sub-codes. --and VOR keeps the fragments that overlap a \
            fragment of VOR (or, with --within turn, start in the same speaker turn as one); --not VOR those that meet \
            none; both look at the codings of the --coder coders only, when given. In the table format quotes are \
            shortened; csv and json give them whole.
            """)

    @Option(name: .long, help: ArgumentHelp("A code's short name, e.g. LOS.", valueName: "code"))
    var code: [String] = []

    @Option(name: .long, help: ArgumentHelp("A case, by either name, folder or number.", valueName: "name"))
    var `case`: [String] = []

    @Option(name: .long, help: ArgumentHelp("A respondent role, e.g. Studenten (or its English gloss).", valueName: "role"))
    var role: [String] = []

    @Option(name: .long, help: ArgumentHelp("A coder, in any case.", valueName: "name"))
    var coder: [String] = []

    @Option(name: .long, help: ArgumentHelp("A source kind: interview, focusgroup, observation, document, questionnaire.", valueName: "kind"))
    var kind: [SourceKind] = []

    @Option(name: .long, help: ArgumentHelp("A source, by id or title.", valueName: "id"))
    var source: [String] = []

    @Flag(name: .long, help: "Only codings a correction of their source left needing review (see `werkbank edit`), with their quote before.")
    var needsReview = false

    @Flag(name: .long, help: "Replace the names of `werkbank pseudonyms list` in the quotes and memos shown; offsets follow the replaced text.")
    var pseudonymise = false

    @OptionGroup var combinationOptions: CombinationOptions
    @OptionGroup var whereOption: WhereOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        for short in code where study.codebook.code(short) == nil {
            throw ValidationError("no code '\(short)'; the codes are \(study.codebook.codes.map(\.short).joined(separator: ", "))")
        }
        let names = try projectNames(project, study: study, coders: !coder.isEmpty, sources: !source.isEmpty)
        let filter = FragmentFilter(
            codes: code.compactMap { study.codebook.code($0)?.short },
            caseIDs: try `case`.map { name in try resolveName { () throws(NameError) in try names.case(name).id } },
            roles: try role.map { name in try resolveName { () throws(NameError) in try names.role(name).name } },
            kinds: kind,
            coders: try coder.map { try resolveCoderFilter($0, in: names) },
            sourceIDs: try source.map { name in try resolveName { () throws(NameError) in try names.source(name).id } },
            combinations: try combinationOptions.combinations(in: study.codebook),
            combinationMode: combinationOptions.within,
            attributes: try whereOption.conditions())
        let condition = CodeCombination.description(of: filter.combinations, mode: filter.combinationMode)
        let titleSuffix = condition.isEmpty ? "" : ", \(condition)"
        // Names are replaced reading each source's text again, which cannot be done inside the
        // read; the fragments needing review are a few, with a column of their own.
        if !pseudonymise, !needsReview {
            writeOutput(try outputBytes(project, filter, titleSuffix: titleSuffix))
            return
        }
        var fragments = try withProject { () throws(ProjectError) in try project.fragments(filter) }
        if pseudonymise {
            var shown = try PseudonymisedFragments(project)
            fragments = try shown.apply(fragments)
        }
        if needsReview {
            let marked = try withProject { () throws(ProjectError) in try project.codingsNeedingReview() }
            let before = Dictionary(marked.map { ($0.coding.id, $0.quoteBefore) }, uniquingKeysWith: { first, _ in first })
            fragments = fragments.filter { before[$0.coding.id] != nil }
            var table = CodingReport.table(for: fragments, shortenQuotes: output.format == .table)
            table.title = "Fragments needing review (\(fragments.count))"
            table.columns.append(.init("Quote before"))
            for (index, fragment) in fragments.enumerated() {
                let quote = before[fragment.coding.id] ?? ""
                table.rows[index].append(.text(output.format == .table ? CodingReport.shorten(quote) : quote))
            }
            writeOutput(ReportWriter.bytes(table, as: output.format))
            return
        }
        var table = CodingReport.table(for: fragments, shortenQuotes: output.format == .table)
        table.title += titleSuffix
        writeOutput(ReportWriter.bytes(table, as: output.format))
    }
}
