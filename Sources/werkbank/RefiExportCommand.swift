import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct RefiExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-qdpx",
        abstract: "Export the project as REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder and others.",
        discussion: """
            The .qdpx holds project.qde (codebook, coders, cases, sources, codings, memos) and the \
            source texts as UTF-8 under sources/. Code groups become non-codable codes holding their \
            codes; positions count Unicode code points. With --codebook, writes the codebook alone \
            as a .qdc file.
            """)

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String

    @Flag(name: .long, help: "Write the codebook alone as a REFI-QDA .qdc file.")
    var codebook = false

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open()
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let url = URL(fileURLWithPath: output)
        if codebook {
            do {
                try RefiQDAArchive.writeCodebook(RefiQDAWriter.codebook(study.codebook), to: url)
            } catch {
                printError("werkbank: \(error)")
                throw ExitCode(73)
            }
            print("exported \(study.codebook.codes.count) codes to \(output)")
            return
        }
        let (sources, codings, memos) = try withProject { () throws(ProjectError) in
            let sources = try project.sources().map { summary throws(ProjectError) in try project.source(summary.id) }
            var memos: [MemoTarget: String] = [:]
            let targets = study.codebook.codes.map { MemoTarget.code($0.short) } + study.cases.map { MemoTarget.case($0.id) }
                + sources.map { MemoTarget.source($0.id) }
            for target in targets {
                if let memo = try project.memo(on: target) { memos[target] = memo }
            }
            return (sources, try project.allCodings(), memos)
        }
        let exported = RefiQDAWriter.project(study: study, sources: sources, codings: codings, memos: memos)
        do {
            try RefiQDAArchive.write(exported, to: url)
        } catch {
            printError("werkbank: \(error)")
            throw ExitCode(73)
        }
        for problem in exported.problems { printError("werkbank: \(problem)") }
        print("exported \(sources.count) sources and \(exported.codingCount) codings to \(output)")
    }
}
