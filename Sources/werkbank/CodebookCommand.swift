import ArgumentParser
import WerkbankExchange

struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "List the codebook: its groups and codes with names, glosses and colours.")

    @OptionGroup var studyOptions: StudyOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let study = try studyOptions.load().study
        print(ReportWriter.render(study.codebook.report, as: output.format), terminator: "")
    }
}
