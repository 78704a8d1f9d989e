import ArgumentParser
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the sources of the project, or of one case.")

    @OptionGroup var caseOption: CaseOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let caseID = try caseOption.resolved(in: study)?.id
        let sources = try withProject { () throws(ProjectError) in try project.sources(ofCase: caseID) }
        let table = ReportTable(
            title: "Sources",
            columns: [.init("Source"), .init("Case"), .init("Kind"), .init("Date"), .init("Title"), .init("Participants"),
                      .init("Length", alignment: .right), .init("Codings", alignment: .right)],
            rows: sources.map { source in
                [.text(source.id), .text(study.cases.first { $0.id == source.caseID }?.name ?? source.caseID),
                 .text(source.kind.rawValue), .text(source.date ?? ""), .text(source.title),
                 .text(source.participants.joined(separator: " ")), .number(source.length), .number(source.codingCount)]
            })
        print(ReportWriter.render(table, as: output.format), terminator: "")
    }
}
