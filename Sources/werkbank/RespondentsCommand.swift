import ArgumentParser
import WerkbankExchange

struct RespondentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respondents",
        abstract: "Show the respondent table as published, or one case's column.",
        discussion: "`-` means the role was not part of that case; it is not 0. Footnotes are printed under the table.")

    @Option(name: .long, help: ArgumentHelp("Show one case, by either of its names, its folder name or its number, in any case.", valueName: "name"))
    var `case`: String?

    @OptionGroup var studyOptions: StudyOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let study = try studyOptions.load().study
        var report = study.respondentTable.report
        if let name = `case` {
            report = study.respondentReport(for: try resolveCase(name, in: study))
        }
        print(ReportWriter.render(report, as: output.format), terminator: "")
    }
}
