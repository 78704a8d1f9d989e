import ArgumentParser
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension AutocodeUnit: ExpressibleByArgument {}

struct AutocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autocode",
        abstract: "Code every hit of a search (the hit, its sentence or its turn) as one undoable step.",
        discussion: """
            The query is read as by `werkbank search`. Several hits in one unit make one coding; a unit the coder \
            already coded with the code is left alone. Reports the codings made and how many of them overlap \
            existing codings of the code. `werkbank undo` takes all of them out at once. --dry-run writes nothing.
            """)

    @OptionGroup var searchOptions: SearchOptions

    @Option(name: .long, help: ArgumentHelp("The code's short name, e.g. LOS.", valueName: "code"))
    var code: String

    @Option(name: .long, help: "What to code for each hit: hit, sentence or turn.")
    var unit: AutocodeUnit = .hit

    @Flag(name: .long, help: "Report what would be coded, without writing.")
    var dryRun = false

    @OptionGroup var coder: CoderOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: dryRun ? .reading : .writing)
        let search = try searchOptions.search(in: project)
        let result = try withSearch {
            try project.autocode(search, code: code, unit: unit, coder: coder.name, dryRun: dryRun)
        }
        let title = "\(dryRun ? "Would code" : "Coded") \(result.codings.count) \(unit.rawValue)s with \(code) as \(coder.name)"
            + " (\(result.overlapping) overlapping existing \(code) codings)"
        let table = ReportTable(
            title: title,
            columns: [ReportTable.Column("Hits", alignment: .right), ReportTable.Column("Codings", alignment: .right),
                      ReportTable.Column("Overlapping", alignment: .right), ReportTable.Column("Already coded", alignment: .right),
                      ReportTable.Column("Dry run")],
            rows: [[.number(result.hits), .number(result.codings.count), .number(result.overlapping), .number(result.alreadyCoded),
                    .text(dryRun ? "yes" : "no")]])
        print(ReportWriter.render(table, as: output.format), terminator: "")
    }
}
