import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension MemoEntry.Kind: ExpressibleByArgument {}

struct MemosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memos",
        abstract: "List every memo of every kind (coding, source, case, code, free) with what it belongs to.",
        discussion: """
            Free memos first (oldest first), then memos on cases, codes, sources and codings. `--format md` writes \
            a document with a section per memo; csv and json a row per memo with its full text.
            """)

    @Option(name: .long, help: ArgumentHelp("Only memos of this kind: coding, source, case, code or free; may be repeated.", valueName: "kind"))
    var kind: [MemoEntry.Kind] = []

    @Option(name: .long, help: ArgumentHelp("Only memos by this author (a free memo's author, a coding's coder).", valueName: "name"))
    var author: String?

    @Option(name: .long, help: ArgumentHelp("Only memos linked to this element or code (sub-codes count for their element).", valueName: "code"))
    var code: String?

    @Option(name: .long, help: ArgumentHelp("Only memos whose title or text has all these words (case and accents aside).", valueName: "query"))
    var search: String?

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let entries = try withProject { () throws(ProjectError) in try project.allMemos() }
        var short: String?
        if let code {
            let study = try withProject { () throws(ProjectError) in try project.study() }
            guard let found = study.codebook.code(code) else { throw ValidationError("no code '\(code)' in the codebook") }
            short = found.short
        }
        let filter = MemoFilter(kinds: Set(kind), author: author, code: short, search: search ?? "")
        print(MemoListing.render(filter.apply(entries), format: output.format), terminator: "")
    }
}
