import ArgumentParser
import WerkbankExchange

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the cases with both their names and their institutions.")

    @OptionGroup var folder: CaseFolderOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let study = try folder.loadStudy()
        print(ReportWriter.render(study.casesReport, as: output.format), terminator: "")
    }
}
