import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "Write, edit and delete free memos: notes with a title on the project, a case, a code or a work in the literature.",
        discussion: """
            Memos on codings, sources and cases are written where those are (`werkbank code --memo`, the workbench's \
            `m`); `werkbank memos` lists every memo of every kind. Every change is one undo step (`werkbank undo`).
            """,
        subcommands: [MemoAddCommand.self, MemoEditCommand.self, MemoDeleteCommand.self])
}

/// What a free memo belongs to, as options.
struct MemoSubjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The case it belongs to, by name, folder or number.", valueName: "case"))
    var `case`: String?

    @Option(name: .long, help: ArgumentHelp("The element or code it belongs to, by short name (e.g. LOS).", valueName: "code"))
    var code: String?

    @Option(name: .long, help: ArgumentHelp("A work in the literature it belongs to: its author(s).", valueName: "author"))
    var refAuthor: String?

    @Option(name: .long, help: ArgumentHelp("The work's year as cited (2019, 2019a).", valueName: "year"))
    var refYear: String?

    @Option(name: .long, help: ArgumentHelp("The work's title.", valueName: "title"))
    var refTitle: String?

    @Flag(name: .customLong("on-project"), help: "It belongs to the project as a whole (the default for a new memo).")
    var onProject = false

    var isGiven: Bool { `case` != nil || code != nil || hasReference || onProject }
    private var hasReference: Bool { refAuthor != nil || refYear != nil || refTitle != nil }

    func validate() throws {
        let given = [`case` != nil, code != nil, hasReference, onProject].filter { $0 }.count
        guard given <= 1 else { throw ValidationError("a memo belongs to one thing: give one of --case, --code, --ref-… or --on-project") }
    }

    func subject(in study: Study) throws -> FreeMemoSubject {
        if let name = `case` { return .case(try resolveCase(name, in: study).id) }
        if let code {
            guard let found = study.codebook.code(code) else { throw ValidationError("no code '\(code)' in the codebook") }
            return .element(found.short)
        }
        if hasReference { return .literature(LiteratureReference(author: refAuthor ?? "", year: refYear ?? "", title: refTitle ?? "")) }
        return .project
    }
}

struct MemoAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Write a free memo.")

    @Option(name: .long, help: ArgumentHelp("The memo's title (one line).", valueName: "title"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The memo's text (may span lines); `-` reads it from standard input.", valueName: "text"))
    var text: String = ""

    @OptionGroup var subject: MemoSubjectOptions
    @OptionGroup var coder: CoderOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = coder.name
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let memo = FreeMemo(title: title, text: textArgument(text), author: coder.name, subject: try subject.subject(in: study))
        let written = try withProject { () throws(ProjectError) in try project.addFreeMemo(memo) }
        try printMemo(written, title: "Memo written", format: output.format, project: project)
    }
}

struct MemoEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a free memo's title, text or what it belongs to.")

    @Argument(help: ArgumentHelp("The memo's id, or enough of its first characters to be unique.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The new title.", valueName: "title"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("The new text; `-` reads it from standard input.", valueName: "text"))
    var text: String?

    @OptionGroup var subject: MemoSubjectOptions
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard title != nil || text != nil || subject.isGiven else {
            throw ValidationError("give --title, --text, or what the memo belongs to (--case, --code, --ref-…, --on-project)")
        }
    }

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let memo = try withProject { () throws(ProjectError) in try project.freeMemo(prefix: id) }
        let newSubject = subject.isGiven ? try subject.subject(in: study) : nil
        let text = text.map(textArgument)
        let changed = try withProject { () throws(ProjectError) in
            try project.updateFreeMemo(memo.id, title: title, text: text, subject: newSubject)
        }
        try printMemo(changed, title: "Memo changed", format: output.format, project: project)
    }
}

struct MemoDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a free memo (undo brings it back).")

    @Argument(help: ArgumentHelp("The memo's id, or enough of its first characters to be unique.", valueName: "id"))
    var id: String

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let memo = try withProject { () throws(ProjectError) in try project.freeMemo(prefix: id) }
        try withProject { () throws(ProjectError) in try project.removeFreeMemo(memo.id) }
        print("deleted memo \(memo.id.uuidString.lowercased()) \(memo.title)")
    }
}

/// The memo as `werkbank memos` lists it.
private func printMemo(_ memo: FreeMemo, title: String, format: ReportFormat, project: Project) throws {
    let entries = try withProject { () throws(ProjectError) in try project.allMemos() }.filter { $0.memoID == memo.id }
    print(MemoListing.render(entries, title: title, format: format), terminator: "")
}
