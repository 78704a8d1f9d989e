import ArgumentParser
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// What to search and where: shared by `search` and `autocode`.
struct SearchOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Words (all must occur), \"a phrase\", a prefix (samenwerk*), NEAR(word word, 10), OR, NOT; with --regex a regular expression.",
        valueName: "query"))
    var query: String

    @Flag(name: .long, help: "Take the query as a regular expression over the texts (case-insensitive, whole characters).")
    var regex = false

    @Option(name: .long, help: ArgumentHelp("Only this case, by either name, folder or number (repeatable).", valueName: "name"))
    var `case`: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only turns of a respondent with this role, e.g. Studenten (repeatable).", valueName: "role"))
    var role: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only sources of this kind (repeatable): interview, focusgroup, observation, document, questionnaire.",
                                            valueName: "kind"))
    var kind: [SourceKind] = []

    @OptionGroup var whereOption: WhereOption

    func search(in project: Project) throws -> TextSearch {
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let names = try projectNames(project, study: study)
        var search = TextSearch(query, regex: regex,
                                caseIDs: try `case`.map { name in try resolveName { () throws(NameError) in try names.case(name).id } },
                                roles: try role.map { name in try resolveName { () throws(NameError) in try names.role(name).name } },
                                kinds: kind)
        search.attributes = try whereOption.conditions()
        return search
    }
}

/// Runs a search or autocoding: an unreadable query is a usage error (64), a project error
/// exits as `withProject` does.
func withSearch<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as SearchQueryError {
        throw ValidationError(error.description)
    } catch let error as ProjectError {
        printError("werkbank: \(error)")
        throw ExitCodes.forProjectError(error)
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the texts of all sources: hits as keyword in context, with the count per case.",
        discussion: """
            Diacritics and capitals do not matter (coordinator finds coördinator). Hits are sorted by case, source \
            and position; each shows the words around it within its turn (or paragraph), the source, speaker, role \
            and case. The table ends with the number of hits per case; csv and json give one row per hit, with the \
            hit's offsets (Unicode scalars, end exclusive) for `werkbank code`.
            """)

    @OptionGroup var searchOptions: SearchOptions

    @Option(name: .long, help: ArgumentHelp("Words shown on each side of a hit.", valueName: "n"))
    var context = 5

    @Option(name: .long, help: ArgumentHelp("Show at most this many hits (the counts per case stay whole).", valueName: "n"))
    var limit: Int?

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard context >= 0 else { throw ValidationError("--context must be 0 or more") }
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let search = try searchOptions.search(in: project)
        let (hits, counts) = try withSearch {
            let hits = try project.searchHits(search, context: context, limit: limit)
            return (hits, limit == nil ? Self.counts(of: hits) : try project.searchCounts(search))
        }
        // csv and json give one row per hit and nothing else; the counts end the table and Markdown.
        var table = Self.table(hits, counts: counts, query: searchOptions.query, offsets: output.format != .table,
                               pages: try Self.pages(of: hits, in: project))
        if output.format == .csv || output.format == .json { table.footnotes = [] }
        print(ReportWriter.render(table, as: output.format), terminator: "")
    }

    static func counts(of hits: [TextHit]) -> [SearchCaseCount] {
        var counts: [SearchCaseCount] = []
        for hit in hits {
            if counts.last?.caseID == hit.caseID { counts[counts.count - 1].hits += 1 }
            else { counts.append(SearchCaseCount(caseID: hit.caseID, caseName: hit.caseName, hits: 1)) }
        }
        return counts
    }

    /// The page of each hit in a document with pages (an imported PDF, decision 59); empty
    /// when no hit has one. Only documents' texts are read.
    static func pages(of hits: [TextHit], in project: Project) throws -> [Int?] {
        // A document has no speaker turns: most searches need not look further.
        guard hits.contains(where: { $0.speaker == nil }) else { return [] }
        let documents = Set(try withProject { () throws(ProjectError) in try project.sources() }.filter { $0.kind == .document }.map(\.id))
        var texts: [String: String] = [:]
        var pages: [Int?] = []
        for hit in hits {
            guard documents.contains(hit.sourceID) else { pages.append(nil); continue }
            if texts[hit.sourceID] == nil {
                texts[hit.sourceID] = try withProject { () throws(ProjectError) in try project.source(hit.sourceID) }.text
            }
            pages.append(Source.page(in: texts[hit.sourceID] ?? "", at: hit.range.start))
        }
        return pages.contains { $0 != nil } ? pages : []
    }

    /// The hits as a table: the words before a hit right-aligned, so that the hits line up; a
    /// `Page` column after the source when `pages` (one per hit) is not empty.
    static func table(_ hits: [TextHit], counts: [SearchCaseCount], query: String, offsets: Bool, pages: [Int?] = []) -> ReportTable {
        func line(_ text: String) -> String { text.split(whereSeparator: \.isNewline).joined(separator: " ") }
        var columns = ["Case", "Source"].map { ReportTable.Column($0) }
        if !pages.isEmpty { columns.append(ReportTable.Column("Page", alignment: .right)) }
        columns += ["Speaker", "Role"].map { ReportTable.Column($0) }
        if offsets { columns += [ReportTable.Column("Start", alignment: .right), ReportTable.Column("End", alignment: .right)] }
        columns += [ReportTable.Column("Before", alignment: .right), ReportTable.Column("Hit"), ReportTable.Column("After")]
        let rows: [[ReportTable.Cell]] = hits.enumerated().map { index, hit in
            var row: [ReportTable.Cell] = [.text(hit.caseID), .text(hit.sourceID)]
            if !pages.isEmpty { row.append(pages[index].map { .number($0) } ?? .text("")) }
            row += [.text(hit.speaker ?? ""), .text(hit.role ?? "")]
            if offsets { row += [.number(hit.range.start), .number(hit.range.end)] }
            return row + [.text(line(hit.before)), .text(line(hit.match)), .text(line(hit.after))]
        }
        let total = counts.reduce(0) { $0 + $1.hits }
        let footnotes = counts.map { "\($0.caseID) (\($0.caseName)): \($0.hits) \($0.hits == 1 ? "hit" : "hits")" }
            + ["Total: \(total) \(total == 1 ? "hit" : "hits")" + (hits.count < total ? ", \(hits.count) shown" : "")]
        return ReportTable(title: "Search: \(query)", columns: columns, rows: rows, footnotes: footnotes)
    }
}
