import ArgumentParser
import WerkbankExchange

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the cases with both their names and their institutions.")

    @OptionGroup var studyOptions: StudyOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let (study, sourceCounts) = try studyOptions.load()
        print(ReportWriter.render(study.casesReport(sourceCounts: sourceCounts), as: output.format), terminator: "")
    }
}
