import ArgumentParser
import Foundation
import TerminalKit
import WerkbankCore
import WerkbankStore

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a source's text in your editor; codings move with their words.",
        discussion: """
            Opens the text in $VISUAL, else $EDITOR, else vi. On save the corrected text replaces the old one as one \
            step that `werkbank undo` takes back: every coding, decision and link of a finding to a fragment moves to the \
            same words; a coding whose words were deleted or rewritten (less than half left) is kept where they were and \
            marked "needs review" (`werkbank fragments --needs-review`). Turns are read again from the speaker labels. \
            A file saved unchanged changes nothing; an emptied text is refused.
            """)

    @Argument(help: ArgumentHelp("The source, by id or title.", valueName: "source"))
    var source: String

    @Flag(name: .long, help: "Show what would happen to the codings and write nothing.")
    var dryRun = false

    @OptionGroup var coder: CoderOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: dryRun ? .reading : .writing)
        if !dryRun { project.actingCoder = coder.name }
        let names = try projectNames(project, sources: true)
        let id = try resolveName { () throws(NameError) in try names.source(source).id }
        let text = try withProject { () throws(ProjectError) in try project.text(ofSource: id) }
        let edited: (file: URL, text: String)
        do {
            edited = try ExternalEditor.edit(text, fileName: "\(id).txt")
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.dataError
        }
        do {
            try CorrectionTable.correct(id, to: edited.text, in: project, dryRun: dryRun, format: output.format)
        } catch {
            // The edit is not lost: the file stays where the editor saved it.
            printError("werkbank: your corrected text is kept in \(edited.file.path)")
            throw error
        }
        ExternalEditor.discard(edited.file)
    }
}
