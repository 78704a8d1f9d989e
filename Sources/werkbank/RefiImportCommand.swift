import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct RefiImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-qdpx",
        abstract: "Import a REFI-QDA project (.qdpx) or codebook (.qdc) from NVivo, ATLAS.ti, MAXQDA, QualCoder and others.",
        discussion: """
            With -o NEW.werkbank, a new project is made from the file; with --into PROJECT, what the \
            file holds is added to an existing project: cases and code groups matched by id or name, \
            sources by id (the same text is not added twice), codes by short name, codings by GUID, so \
            that importing the same file again adds nothing. This cannot be undone with u: the project as \
            it was is copied beside it first (NAME.before-import-DATE-TIME.werkbank) unless --no-backup. \
            Werkbank's own exports come back as they were written: codes with their short names and \
            groups, sources with their ids, speakers and turns, codings with their GUIDs, and memos.

            A broken file (bad ZIP, a damaged entry, XML that is not UTF-8 or declares a DOCTYPE, a \
            missing or binary source file, an entry escaping the folder, codes nested more than 100 \
            levels deep, an entry of over 16 MB packed more than 100 times over (a ZIP bomb) or unpacking to more than it \
            declares, more in all than the disk has free) imports nothing, and so do codings that cannot be \
            placed (positions outside the text or reversed, an unknown code, a source whose text is \
            not in the archive) unless --skip-invalid is given. What \
            Werkbank does not hold (pictures, audio, PDF, sets, unknown elements) is listed and the \
            rest is imported.
            """)

    @Argument(help: ArgumentHelp("The .qdpx or .qdc file to import.", valueName: "file"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("A new project file to create.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("An existing project to add to.", valueName: "project"))
    var into: String?

    @Flag(name: .long, help: "With --into: do not copy the project to NAME.before-import-DATE-TIME.werkbank first (the import cannot be undone with u).")
    var noBackup = false

    @Flag(name: .long, help: "Import the rest when some codings cannot be placed (positions outside the text, reversed, an unknown code, their source's text not in the archive); they are listed.")
    var skipInvalid = false

    func validate() throws {
        if (output == nil) == (into == nil) {
            throw ValidationError("give either -o NEW.werkbank (a new project) or --into PROJECT (add to an existing one)")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            printError("werkbank: \(file): no such file")
            throw ExitCodes.noInput
        }
        if let output, url.pathExtension.lowercased() != "qdc", try importStreamed(url, into: output) { return }
        let imported: RefiQDAImport
        do {
            imported = url.pathExtension.lowercased() == "qdc" ? try RefiQDAReader.readCodebook(url) : try RefiQDAReader.read(url)
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.dataError
        }
        if !imported.invalid.isEmpty && !skipInvalid {
            printRefusal(imported.invalid)
            throw ExitCodes.dataError
        }
        let study = imported.study
        if let output {
            _ = try withProject { () throws(ProjectError) in
                try Project.create(at: URL(fileURLWithPath: output), from: study, memos: imported.memos)
            }
            print("imported \(study.sources.count) sources, \(study.codebook.codes.count) codes and \(study.codings.count) codings into \(output)")
            printExtras(study)
        } else if let into {
            let (report, backup) = try withProject { () throws(ProjectError) in
                let project = try Project.open(at: URL(fileURLWithPath: into))
                let backup = noBackup ? nil : try project.backup(before: "import")
                return (try project.include(study, memos: imported.memos), backup)
            }
            printReport(report, into: into)
            if let backup { print("the project as it was: \(backup.path)") }
        }
        printNotImported(imported.skipped + imported.invalid)
    }

    /// Codings that cannot be placed, found while streaming: the new project is not made.
    private struct Unplaceable: Error { var invalid: [String] }

    /// Imports into a new project as the file is read (decision 60); `false` when the file is
    /// to be read whole instead, which tells what is wrong with it as it always has.
    private func importStreamed(_ url: URL, into output: String) throws -> Bool {
        var streamed: RefiQDAStreamed?
        do {
            _ = try Project.create(at: URL(fileURLWithPath: output)) { builder in
                let result = try RefiQDAReader.stream(url, begin: { try builder.begin($0) }) { batch in
                    try builder.add(roles: batch.roles, cases: batch.cases, sources: batch.sources, codings: batch.codings)
                }
                if !result.invalid.isEmpty && !skipInvalid { throw Unplaceable(invalid: result.invalid) }
                try builder.finish(result.tail, memos: result.memos, codingMemos: result.codingMemos)
                streamed = result
            }
        } catch is RefiQDAReader.CannotStream {
            return false
        } catch let unplaceable as Unplaceable {
            printRefusal(unplaceable.invalid)
            throw ExitCodes.dataError
        } catch let error as ProjectError {
            printError("werkbank: \(error)")
            throw ExitCodes.forProjectError(error)
        }
        guard let streamed else { return false }
        print("imported \(streamed.sources) sources, \(streamed.codes) codes and \(streamed.codings) codings into \(output)")
        printExtras(streamed.tail)
        printNotImported(streamed.skipped + streamed.invalid)
        return true
    }

    private func printRefusal(_ invalid: [String]) {
        printError("werkbank: cannot import \(file): \(invalid.count) coding\(invalid.count == 1 ? "" : "s") cannot be placed; nothing was imported:")
        for item in invalid.prefix(20) { printError("  - \(item)") }
        if invalid.count > 20 { printError("  … and \(invalid.count - 20) more") }
        printError("Run again with --skip-invalid to import everything else.")
    }

    private func printExtras(_ study: Study) {
        let synthesis = study.synthesis
        if !synthesis.isEmpty {
            print("  with \(synthesis.findings.count) findings, \(synthesis.judgements.count) judgements and \(synthesis.conclusions.count) conclusions")
        }
        if !study.memos.isEmpty { print("  with \(study.memos.count) free memos") }
    }

    private func printNotImported(_ items: [String]) {
        guard !items.isEmpty else { return }
        print("not imported:")
        for item in items { print("  - \(item)") }
    }

    private func printReport(_ report: IncludeReport, into project: String) {
        let content = report.content
        func names(_ items: [String]) -> String { items.isEmpty ? "" : ": " + items.joined(separator: ", ") }
        print("into \(project):")
        print("  \(report.addedCases.count) cases added\(names(report.addedCases))")
        print("  \(report.addedSources.count) sources added, \(report.unchangedSources.count) already there")
        for renamed in report.renamedSources {
            print("  source \(renamed.from) has a different text here; imported as \(renamed.to)")
        }
        print("  \(content.addedCodes.count) codes added, \(report.addedGroups.count) code groups added\(names(report.addedGroups))")
        print("  \(content.addedCoders.count) coders added\(names(content.addedCoders))")
        print("  \(content.addedCodings) codings added, \(content.unchangedCodings) already there")
        print("  \(content.addedMemos) memos and \(content.addedFreeMemos) free memos added")
        print("  \(content.addedFindings) findings, \(content.addedJudgements) judgements and \(content.addedConclusions) conclusions added, \(content.unchangedSynthesis) already there")
        if !content.conflicts.isEmpty {
            print("conflicts (this project's version kept):")
            for conflict in content.conflicts { print("  - \(conflict)") }
        }
        if !content.skipped.isEmpty {
            print("skipped:")
            for item in content.skipped { print("  - \(item)") }
        }
    }
}
