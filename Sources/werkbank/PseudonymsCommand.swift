import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct PseudonymsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pseudonyms",
        abstract: "Keep a list of names and pseudonyms; apply it to every source, and check for names left.",
        discussion: """
            Names are replaced as whole words with the capitals written. A variant is written as it occurs \
            (--variant "Marieke's": becomes "Anna's"; --variant "mevrouw De Vries" becomes the pseudonym) or as \
            FROM=TO. `apply` is one correction of every source that `werkbank undo` takes back: codings stay on \
            their words (see `werkbank edit`). `check` lists the names still in the texts and exits 1 when there are any.
            """,
        subcommands: [PseudonymAddCommand.self, PseudonymListCommand.self, PseudonymRemoveCommand.self,
                      PseudonymSuggestCommand.self, PseudonymApplyCommand.self, PseudonymCheckCommand.self])
}

struct PseudonymAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a name and its pseudonym (or change them).")

    @Argument(help: ArgumentHelp("The name as written in the texts.", valueName: "name"))
    var name: String
    @Argument(help: ArgumentHelp("What replaces it.", valueName: "pseudonym"))
    var pseudonym: String
    @Option(name: .long, help: ArgumentHelp("Another way the name is written (repeatable), or FROM=TO.", valueName: "variant"))
    var variant: [String] = []

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        try withProject { () throws(ProjectError) in try project.setPseudonym(Pseudonym(name: name, pseudonym: pseudonym, variants: variant)) }
        print("\(name) → \(pseudonym)" + (variant.isEmpty ? "" : " (variants: \(variant.joined(separator: ", ")))"))
    }
}

struct PseudonymRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Take a name off the list.")

    @Argument(help: ArgumentHelp("The name.", valueName: "name"))
    var name: String

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        try withProject { () throws(ProjectError) in try project.removePseudonym(name) }
        print("removed \(name)")
    }
}

struct PseudonymListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The names and their pseudonyms.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let list = try withProject { () throws(ProjectError) in try project.pseudonyms() }
        let table = ReportTable(title: "Pseudonyms (\(list.count))", columns: [.init("Name"), .init("Pseudonym"), .init("Variants")],
                                rows: list.map { [.text($0.name), .text($0.pseudonym), .text($0.variants.joined(separator: "; "))] })
        print(ReportWriter.render(table, as: output.format), terminator: "")
    }
}

struct PseudonymSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Names the list may need: speaker labels that are names, and capitalised words inside sentences.")

    @Option(name: .long, help: "How often a capitalised word must occur to be suggested.")
    var minimum = 2

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let (texts, labels, listed) = try withProject { () throws(ProjectError) in
            let sources = try project.sources()
            let texts = try sources.map { summary throws(ProjectError) in try project.text(ofSource: summary.id) }
            return (texts, texts.flatMap { TranscriptReader.transcript(ofText: $0).speakers }, try project.pseudonyms())
        }
        let found = PseudonymList.suggestions(texts: texts, labels: Array(Set(labels)), listed: listed, minimum: minimum)
        let table = ReportTable(title: "Suggested names (\(found.count))", columns: [.init("Word"), .init("Count", alignment: .right)],
                                rows: found.map { [.text($0.word), .number($0.count)] })
        print(ReportWriter.render(table, as: output.format), terminator: "")
    }
}

struct PseudonymApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "apply", abstract: "Replace the listed names in every source (one undoable step).")

    @Flag(name: .long, help: "Show what would happen to the codings and write nothing.")
    var dryRun = false

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: dryRun ? .reading : .writing)
        let report = try withProject { () throws(ProjectError) in
            try project.pseudonymise(parse: TranscriptReader.transcript(ofText:), dryRun: dryRun)
        }
        guard !report.isEmpty else {
            print("no listed name is in the texts; nothing was done")
            return
        }
        let title = "Pseudonymised \(report.sources.count) source\(report.sources.count == 1 ? "" : "s")" + (dryRun ? " (dry run)" : "")
        print(ReportWriter.render(CorrectionTable.table(for: report, title: title, dryRun: dryRun, format: output.format), as: output.format),
              terminator: "")
    }
}

struct PseudonymCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "List where listed names are still in the texts, memos, findings and conclusions (exit 1 when any are).")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let found = try withProject { () throws(ProjectError) in try project.remainingNames() }
        let table = ReportTable(title: "Listed names in the texts, memos and findings (\(found.count))",
                                columns: [.init("Where"), .init("Line", alignment: .right), .init("Name"), .init("Start", alignment: .right)],
                                rows: found.map { [.text($0.source), .number($0.occurrence.line), .text($0.occurrence.form), .number($0.occurrence.range.start)] })
        print(ReportWriter.render(table, as: output.format), terminator: "")
        if !found.isEmpty { throw ExitCodes.problemsFound }
    }
}
