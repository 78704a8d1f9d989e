import ArgumentParser
import WerkbankExchange

struct RespondentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respondents",
        abstract: "Show the respondent table as published, or one case's column.",
        discussion: "`-` means the role was not part of that case; it is not 0. Footnotes are printed under the table.")

    @Option(name: .long, help: ArgumentHelp("Show one case, by either of its names, its folder name or its number, in any case.", valueName: "name"))
    var `case`: String?

    @OptionGroup var folder: CaseFolderOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let study = try folder.loadStudy()
        var report = study.respondentTable.report
        if let name = `case` {
            guard let studyCase = study.findCase(name) else {
                let names = study.cases.map { "\($0.name) (\($0.tableLabel))" }.joined(separator: ", ")
                throw ValidationError("no case named '\(name)'; the cases are \(names)")
            }
            report = study.respondentReport(for: studyCase)
        }
        print(ReportWriter.render(report, as: output.format), terminator: "")
    }
}
