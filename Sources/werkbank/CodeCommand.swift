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

/// `--coder`: who codes and whose edits undo takes. Defaults as ``CoderName`` says.
struct CoderOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The coder (default: $WERKBANK_CODER, else `coder` in the config file, else your login name).", valueName: "name"))
    var coder: String?

    func validate() throws {
        guard CoderName.resolve(coder) != nil else { throw ValidationError(CoderName.missing) }
    }

    /// Resolved in ``validate()``, which refuses a command where there is no coder.
    var name: String { CoderName.resolve(coder) ?? "" }
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
        project.actingCoder = coder.name
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
    @OptionGroup var coder: CoderOption
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = coder.name
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

/// `--anyway` / `--skip`: what undo or redo does with an edit someone else changed since.
struct UndoChoiceOptions: ParsableArguments {
    @Flag(name: .long, help: "Undo (or redo) it even though someone else changed it since, overturning their edit.")
    var anyway = false
    @Flag(name: .long, help: "Leave such an edit as it is and drop it from your undo history.")
    var skip = false

    func validate() throws {
        if anyway && skip { throw ValidationError("give --anyway or --skip, not both") }
    }

    /// Runs `step` (undo or redo) as asked; says whether the edit was skipped rather than taken.
    func run(_ step: (UndoChoice) throws(ProjectError) -> String) throws(ProjectError) -> (String, Bool) {
        do {
            return (try step(anyway ? .anyway : .refuse), false)
        } catch .undoBlocked where skip {
            return (try step(.skip), true)
        }
    }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo your last edit of the project (also one made in an earlier session).",
        discussion: """
            Only the coder's own edits are undone (edits from before Werkbank recorded coders belong to no one, \
            and come after your own). An edit that someone else has changed since is refused with exit 3 and \
            a message naming them and their edit; --anyway undoes it all the same, --skip leaves it and goes on \
            with the one before next time. Exits 2 when there is nothing to undo.
            """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption
    @OptionGroup var choice: UndoChoiceOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = coder.name
        let (label, skipped) = try withProject { () throws(ProjectError) in try choice.run(project.undo) }
        print("\(skipped ? "skipped" : "undone"): \(label)")
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: "Redo the edit you undid last.",
        discussion: "As undo: only your own, refused with exit 3 when someone else changed it since (--anyway, --skip). Exits 2 when there is nothing to redo.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption
    @OptionGroup var choice: UndoChoiceOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = coder.name
        let (label, skipped) = try withProject { () throws(ProjectError) in try choice.run(project.redo) }
        print("\(skipped ? "skipped" : "redone"): \(label)")
    }
}
