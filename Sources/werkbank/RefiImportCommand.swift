import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct RefiImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-qdpx",
        abstract: "Create a new project from a REFI-QDA (.qdpx) export of NVivo, ATLAS.ti, MAXQDA, QualCoder and others.",
        discussion: """
            Imports coders, codes (in one group, Imported codes), cases, text sources and their codings. \
            A broken file (bad ZIP, bad XML, a missing source file, an entry escaping the folder) imports \
            nothing; what cannot be brought in (pictures, audio, PDF, unknown elements, selections outside \
            the text) is listed and the rest is imported.
            """)

    @Argument(help: ArgumentHelp("The .qdpx file to import.", valueName: "file"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The new project file to create.", valueName: "file"))
    var output: String

    func run() throws {
        let imported: RefiQDAImport
        do {
            imported = try RefiQDAReader.read(URL(fileURLWithPath: file))
        } catch {
            printError("werkbank: \(error)")
            throw ExitCode(65)
        }
        let study = imported.study
        _ = try withProject { () throws(ProjectError) in try Project.create(at: URL(fileURLWithPath: output), from: study, memos: imported.memos) }
        print("imported \(study.sources.count) sources, \(study.codebook.codes.count) codes and \(study.codings.count) codings into \(output)")
        if !imported.skipped.isEmpty {
            print("not imported:")
            for item in imported.skipped { print("  - \(item)") }
        }
    }
}
