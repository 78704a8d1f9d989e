import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the codings as CSV, or the project or its codebook as REFI-QDA (.qdpx, .qdc).",
        discussion: """
            csv: one row per coding, ready for R and spreadsheets. Columns: case, source, kind, speaker, \
            role, code, coder, start, end (characters, end exclusive), quote, memo. RFC 4180, UTF-8, \
            CRLF line ends; quotes keep their line breaks.

            qdpx: the project for NVivo, ATLAS.ti, MAXQDA, QualCoder and others: project.qde (codebook, \
            coders, cases, sources, codings, memos as notes) and the source texts as UTF-8 under \
            sources/. Code groups become non-codable codes holding their codes; positions count \
            Unicode code points. Cases and sources carry an ID variable with their Werkbank id.

            qdc: the codebook alone.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, qdpx, qdc
    }

    @Option(name: .long, help: "Export format: csv, qdpx or qdc.")
    var format: Format = .csv

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write (- for standard output with csv).", valueName: "file"))
    var output: String

    @Flag(name: .long, help: "Export students' practice codings too (left out by default).")
    var includePractice = false

    @Flag(name: .long, help: "Replace the names of `werkbank pseudonyms list` in the texts, quotes and memos written; offsets follow the replaced text. The project is not changed.")
    var pseudonymise = false

    @OptionGroup var projectOptions: ProjectOptions

    func validate() throws {
        if output == "-" && format != .csv { throw ValidationError("--format \(format.rawValue) writes a file; give -o FILE") }
    }

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        switch format {
        case .csv: try exportCSV(project)
        case .qdpx: try exportProject(project)
        case .qdc: try exportCodebook(project)
        }
    }

    private func exportCSV(_ project: Project) throws {
        // Rows go to the file as they are read (decision 60), a megabyte at a time, into a
        // temporary file renamed into place at the end: neither the fragments nor the table
        // are held, and there is no half file under the name given.
        let header = ["case", "source", "kind", "speaker", "role", "code", "coder", "start", "end", "quote", "memo"]
        var count = 0
        func write(to handle: FileHandle) throws {
            var writer = CSVText { try handle.write(contentsOf: Data(buffer: $0)) }
            try writer.write(row: header)
            func write(_ fragment: Fragment) throws {
                count += 1
                let coding = fragment.coding
                try writer.write(row: [fragment.caseName, coding.sourceID, fragment.sourceKind.rawValue, fragment.speaker ?? "",
                                       fragment.role ?? "", coding.code, coding.coder, String(coding.range.start),
                                       String(coding.range.end), fragment.quote, coding.memo ?? ""])
            }
            let filter = FragmentFilter(includePractice: includePractice)
            if pseudonymise {
                // Replacing names reads each source's text again, which cannot be done inside
                // the streamed read: a pseudonymised export holds its fragments.
                var shown = try PseudonymisedFragments(project)
                for fragment in try shown.apply(try withProject { () throws(ProjectError) in try project.fragments(filter) }) {
                    try write(fragment)
                }
            } else {
                try project.forEachFragment(filter) { try write($0) }
            }
            try writer.write(row: [] as [String])
            try writer.finish()
        }
        if output == "-" {
            do {
                try write(to: FileHandle.standardOutput)
            } catch let error as ProjectError {
                printError("werkbank: \(error)")
                throw ExitCodes.forProjectError(error)
            }
            return
        }
        let url = URL(fileURLWithPath: output)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            defer { try? FileManager.default.removeItem(at: temporary) }
            let handle = try FileHandle(forWritingTo: temporary)
            try write(to: handle)
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch let error as ProjectError {
            printError("werkbank: \(error)")
            throw ExitCodes.forProjectError(error)
        } catch {
            printError("werkbank: cannot write \(output): \(error.localizedDescription)")
            throw ExitCodes.cannotCreate
        }
        print("exported \(count) codings to \(output)")
    }

    private func exportProject(_ project: Project) throws {
        // One source at a time, so that memory does not grow with the project (decision 57).
        let outline = try withProject { () throws(ProjectError) in try project.exportOutline() }
        var study = outline.snapshot.study
        if !includePractice {
            // Students practising are not users of the exported project, as their codings are not in it.
            let students = Set(try withProject { () throws(ProjectError) in try project.practiceCoders() })
            study.coders.removeAll { students.contains($0.name) }
        }
        let list = pseudonymise ? PseudonymList(try withProject { () throws(ProjectError) in try project.pseudonyms() }) : nil
        var memos = outline.snapshot.memos
        if let list {
            // Every text the file carries, not only the sources: memos, findings, descriptions.
            study = list.pseudonymised(study)
            memos = memos.mapValues { list.apply(to: $0) }
        }
        let exported: RefiQDAProject
        do {
            exported = try RefiQDAArchive.export(
                study: study, memos: memos,
                outline: outline.sources.map { RefiQDASourceOutline(id: $0.id, caseID: $0.caseID) }, to: URL(fileURLWithPath: output),
                eachSource: { body in
                    guard let list else { return try project.forEachSource(includePractice: includePractice, body) }
                    try project.forEachSource(includePractice: includePractice) { source, codings in
                        let shown = list.pseudonymised(source, codings: codings)
                        try body(shown.source, shown.codings)
                    }
                })
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.cannotCreate
        }
        for problem in exported.problems { printError("werkbank: \(problem)") }
        print("exported \(outline.sources.count) sources and \(exported.codingCount) codings to \(output)")
    }

    private func exportCodebook(_ project: Project) throws {
        let study = try withProject { () throws(ProjectError) in try project.study() }
        do {
            try RefiQDAArchive.writeCodebook(RefiQDAWriter.codebook(study.codebook), to: URL(fileURLWithPath: output))
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.cannotCreate
        }
        print("exported \(study.codebook.codes.count) codes to \(output)")
    }
}
