import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct ConclusionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conclusion",
        abstract: "Write and list cross-case conclusions, citing cells and fragments.",
        subcommands: [ConclusionAddCommand.self, ConclusionListCommand.self, ConclusionRemoveCommand.self])
}

struct ConclusionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Write a conclusion.",
                                                    discussion: "One undo step. Fragments of any case may be cited.")

    @Option(name: .long, help: ArgumentHelp("The conclusion's text; `-` reads it from standard input.", valueName: "text"))
    var text: String

    @Option(name: .long, help: ArgumentHelp("A cited cell, CASE:ELEMENT (e.g. \"Revalidatie 1:SRI\"); may be repeated.", valueName: "case:element"))
    var cell: [String] = []

    @Option(name: .long, help: ArgumentHelp("A cited coding's id (or its first characters); may be repeated.", valueName: "id"))
    var evidence: [String] = []

    @OptionGroup var author: AuthorOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = author.name
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let cells = try cell.map { try resolveCellArgument($0, in: study) }
        let codings = try evidence.map { try resolveCoding($0, in: project).id }
        let text = textArgument(text)
        let conclusion = try withProject { () throws(ProjectError) in
            try project.addConclusion(text: text, author: author.name, cells: cells, evidence: codings)
        }
        print(ReportWriter.render(SynthesisReport.table(for: [conclusion], title: "Conclusion written", shorten: false), as: output.format),
              terminator: "")
    }
}

struct ConclusionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the conclusions with what they cite.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let conclusions = try withProject { () throws(ProjectError) in try project.conclusions() }
        print(ReportWriter.render(SynthesisReport.table(for: conclusions, title: "Conclusions (\(conclusions.count))",
                                                        shorten: output.format == .table), as: output.format), terminator: "")
    }
}

struct ConclusionRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a conclusion.",
                                                    discussion: "`werkbank undo` puts it back.")

    @Argument(help: ArgumentHelp("The conclusion's id, or enough of its first characters to be unique.", valueName: "id"))
    var id: String

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let conclusion = try resolveConclusion(id, in: project)
        try withProject { () throws(ProjectError) in try project.removeConclusion(conclusion) }
        print("conclusion removed: \(conclusion.uuidString.lowercased())")
    }
}
