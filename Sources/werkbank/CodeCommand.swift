import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension ScalarRange: ExpressibleByArgument {
    /// `START..END`: Unicode scalar offsets, end exclusive.
    public init?(argument: String) {
        let parts = argument.split(separator: ".", omittingEmptySubsequences: true)
        guard argument.contains(".."), parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]), start < end, start >= 0 else { return nil }
        self.init(start: start, end: end)
    }
}

/// `--coder`: who codes. Defaults to $WERKBANK_CODER, then the login name.
struct CoderOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The coder (default: $WERKBANK_CODER, else your login name).", valueName: "name"))
    var coder: String?

    var name: String {
        let environment = ProcessInfo.processInfo.environment
        return coder ?? environment["WERKBANK_CODER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["USER"] ?? "researcher"
    }
}

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code a stretch of a source.",
        discussion: "The coding is committed to the project before the command prints it. `werkbank undo` takes it back.")

    @Option(name: .long, help: ArgumentHelp("The source, as `werkbank sources` lists it.", valueName: "id"))
    var source: String

    @Option(name: .long, help: ArgumentHelp(
        "START..END in characters (Unicode scalars), end exclusive. A range that cuts a character of several scalars in two (👍🏽 is two) is refused.",
        valueName: "start..end"))
    var range: ScalarRange

    @Option(name: .long, help: ArgumentHelp("The code's short name, e.g. LOS.", valueName: "code"))
    var code: String

    @Option(name: .long, help: "A memo on the coding.")
    var memo: String?

    @OptionGroup var coder: CoderOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let coding = try withProject { () throws(ProjectError) in
            try project.addCoding(source: source, range: range, code: code, coder: coder.name, memo: memo)
        }
        print(ReportWriter.render(CodingReport.table(for: [coding], title: "Coded"), as: output.format), terminator: "")
    }
}

struct UncodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uncode",
        abstract: "Remove a coding.",
        discussion: "Name the coding by its id or the first characters of it (at least 4). `werkbank undo` puts it back.")

    @Argument(help: ArgumentHelp("The coding's id, or enough of its first characters to be unique.", valueName: "id"))
    var id: String

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let coding = try resolveCoding(id, in: project)
        try withProject { () throws(ProjectError) in try project.removeCoding(coding.id) }
        print(ReportWriter.render(CodingReport.table(for: [coding], title: "Uncoded"), as: output.format), terminator: "")
    }
}

/// The coding named by a full id or a unique prefix of at least four characters.
func resolveCoding(_ text: String, in project: Project) throws -> Coding {
    guard text.filter(\.isHexDigit).count >= 4 else { throw ValidationError("give at least 4 characters of the coding's id") }
    let matches = try withProject { () throws(ProjectError) in try project.codingIDs(matching: text) }
    guard matches.count == 1 else {
        throw ValidationError(matches.isEmpty ? "no coding with id \(text)" : "\(text) matches several codings; give more characters")
    }
    return try withProject { () throws(ProjectError) in try project.coding(matches[0]) }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo the last edit of the project (also one made in an earlier session).",
        discussion: "Exits 2 when there is nothing to undo.")

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let label = try withProject { () throws(ProjectError) in try project.undo() }
        print("undone: \(label)")
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: "Redo the edit undone last.",
        discussion: "Exits 2 when there is nothing to redo.")

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let label = try withProject { () throws(ProjectError) in try project.redo() }
        print("redone: \(label)")
    }
}
