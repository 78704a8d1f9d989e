import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension TranscriptEncoding: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import transcripts (.txt, .md, .vtt, .srt, .docx) and documents (.pdf) as sources of a case.",
        discussion: """
            Speaker labels at the start of lines (`Naam:`, `**Naam:**`, `[Naam]`), WebVTT voice tags and \
            `Name:` cue prefixes become speaker turns. Labels that look like ids (I, S1, P2) map to \
            themselves, the role found by the id's prefix; others need --speaker LABEL=ID:ROLE. \
            The source id is the file name without extension, slugified. A PDF's text layer is read \
            with poppler's pdftotext (install poppler-utils) with its pages kept, so fragments are cited \
            by page; it is a document (no speaker turns). Scanned PDFs without text are refused. With --replace SOURCE, \
            the one file is a corrected text of that source instead: codings move with their words as with `werkbank edit`.
            """)

    @Argument(help: ArgumentHelp("The files to import, or folders of them (their transcripts, by name).", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Also import the files or folders listed in this file, one per line (- reads the list from standard input): for thousands of files, which the argument parser takes in time that grows with their square.",
        valueName: "list"))
    var filesFrom: String?

    @Option(name: .long, help: ArgumentHelp("The case, by either name, folder or number.", valueName: "name"))
    var `case`: String?

    @Option(name: .long, help: ArgumentHelp("Take the file as a corrected text of this source (by id or title); its codings move with their words.",
                                            valueName: "source"))
    var replace: String?

    @Flag(name: .long, help: "With --replace: show what would happen to the codings and write nothing.")
    var dryRun = false

    @Option(name: .long, help: "interview, focusgroup, observation, document or questionnaire (default: document for a .pdf, else interview).")
    var kind: SourceKind?

    @Option(name: .long, help: ArgumentHelp("The date of the material.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Read files that are not UTF-8 as latin1 or cp1252.", valueName: "encoding"))
    var encoding: TranscriptEncoding?

    @Option(name: .long, help: ArgumentHelp("Map a speaker label to a participant id and role (I or Interviewer as role: an interviewer).",
                                            valueName: "LABEL=ID:ROLE"))
    var speaker: [String] = []

    @Flag(name: .long, help: "Show the speakers found and import nothing.")
    var preview = false

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard !files.isEmpty || filesFrom != nil else { throw ValidationError("give the files to import, or --files-from LIST") }
        if replace != nil {
            guard files.count == 1, filesFrom == nil else { throw ValidationError("--replace takes exactly one file, the corrected text") }
        } else {
            guard `case` != nil else { throw ValidationError("give --case NAME (the case the sources go to), or --replace SOURCE") }
            guard !dryRun else { throw ValidationError("--dry-run goes with --replace; use --preview to see the speakers of a file") }
        }
        if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError("--date must look like 2024-03-14, not '\(date)'")
        }
        _ = try mappings()
    }

    /// The `--speaker` mappings by label.
    func mappings() throws -> [String: SpeakerMapping] {
        var result: [String: SpeakerMapping] = [:]
        for text in speaker {
            guard let (label, mapping) = SpeakerMapping.parse(text) else {
                throw ValidationError("--speaker '\(text)' must look like LABEL=ID:ROLE, e.g. --speaker \"Jan=S3:Studenten\"")
            }
            result[label] = mapping
        }
        return result
    }

    func run() throws {
        let paths = try importedFiles()
        if paths.contains(where: { TranscriptFormat(pathExtension: URL(fileURLWithPath: $0).pathExtension) == .pdf }),
           PDFText.toolPath() == nil {
            printError("werkbank: PDF files need pdftotext, which is not installed; \(PDFText.installHint)")
            throw ExitCodes.toolMissing
        }
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else {
                printError("werkbank: \(path): no such file")
                throw ExitCodes.noInput
            }
            guard FileManager.default.isReadableFile(atPath: path) else {
                printError("werkbank: \(path): cannot be read (permission denied)")
                throw ExitCodes.noInput
            }
        }
        guard !preview, replace == nil else { return try previewOrReplace(paths) }
        let project = try projectOptions.open(for: .writing)
        if project.mode == .writing { project.actingCoder = coder.name }
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let studyCase = try resolveCase(`case` ?? "", in: study)
        let given = try mappings()
        let imported = try withProject { () throws(ProjectError) in try project.importChecksums() }
        // All files go in as one transaction, a batch at a time as they are read: an error in
        // one leaves the project as it was, and neither the cost per file nor the memory grows
        // with the import or the project.
        let (caseID, roles, sourceKind, date) = (studyCase.id, study.roles, kind, date)
        let batches = TranscriptBatches<MadeSource>(files: paths, encoding: encoding) { file in
            let url = file.url
            let id = Source.slug(url.deletingPathExtension().lastPathComponent)
            let isPDF = TranscriptFormat(pathExtension: url.pathExtension) == .pdf
            // The source is made and prepared (its counts and passages) here, off the writing thread.
            let source = Result { () throws -> PreparedImport in
                let source = try Self.makeSource(id: id, title: url.deletingPathExtension().lastPathComponent, transcript: file.transcript,
                                                 kind: sourceKind ?? (isPDF ? .document : .interview), caseID: caseID, date: date,
                                                 roles: roles, mappings: given)
                return try Project.prepareImport(source, checksum: file.checksum)
            }
            let summary = (try? source.get()).map(\.source).map { made in
                let pages = made.hasPages ? "\(made.text.unicodeScalars.count { $0 == Source.pageBreak } + 1) pages" : isPDF ? "1 page" : nil
                func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
                return "\(pages.map { "\($0), " } ?? "")\(counted(made.turns.count, "turn")), \(counted(made.participants.count, "participant"))"
            }
            return MadeSource(file: file, id: id, isPDF: isPDF, source: source, summary: summary ?? "")
        }
        defer { batches.cancel() }
        var messages: [String] = []
        var batchChecksums: [String: String] = [:]
        do {
            try project.addSources {
                guard let files = try batches.next() else { return nil }
                var batch: [PreparedImport] = []
                for made in files {
                    let (file, id, url) = (made.file, made.id, made.file.url)
                    if let existing = batchChecksums[file.checksum] ?? imported[file.checksum] {
                        messages.append("\(url.lastPathComponent): already imported as source \(existing); skipped")
                        continue
                    }
                    guard !id.isEmpty else { throw ValidationError("\(url.lastPathComponent): the file name gives no source id") }
                    batch.append(try made.source.get())
                    batchChecksums[file.checksum] = id
                    messages.append("\(url.lastPathComponent): imported as source \(id) in \(studyCase.name) (\(made.summary))")
                }
                return batch
            }
        } catch let error as LoadProblem {
            printError("werkbank: \(error)")
            throw ExitCodes.dataError
        } catch let error as ProjectError {
            printError("werkbank: \(error)")
            throw ExitCodes.forProjectError(error)
        }
        for message in messages { print(message) }
    }

    /// A file read and made into a source on the reading thread; the source's problem, if any,
    /// waits until the file is known not to be skipped.
    struct MadeSource: Sendable {
        var file: TranscriptBatches<MadeSource>.File
        var id: String
        var isPDF: Bool
        var source: Result<PreparedImport, any Error>
        /// Pages, turns and participants, for the message.
        var summary: String
    }

    /// The files to import: each file given or listed (`--files-from`), and the transcripts
    /// (files with an extension `import` reads, not hidden) of each folder given, by name. A
    /// folder or a list also spares a shell thousands of arguments, which the argument parser
    /// takes in time that grows with their square.
    func importedFiles() throws -> [String] {
        var paths: [String] = []
        for file in try files + listedFiles() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue else {
                paths.append(file)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: file)) ?? [])
                .filter { !$0.hasPrefix(".") && TranscriptFormat(pathExtension: ($0 as NSString).pathExtension) != nil }
                .sorted()
            guard !names.isEmpty else {
                printError("werkbank: \(file): a folder without transcripts (.txt, .md, .vtt, .srt, .docx, .pdf)")
                throw ExitCodes.noInput
            }
            paths += names.map { (file as NSString).appendingPathComponent($0) }
        }
        return paths
    }

    /// The lines of `--files-from`, without line ends and empty lines.
    func listedFiles() throws -> [String] {
        guard let filesFrom else { return [] }
        let data: Data
        if filesFrom == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: filesFrom) else {
                printError("werkbank: \(filesFrom): cannot read the list of files")
                throw ExitCodes.noInput
            }
            data = read
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("werkbank: \(filesFrom == "-" ? "standard input" : filesFrom): the list of files is not UTF-8")
            throw ExitCodes.dataError
        }
        return text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
    }

    /// `--preview` and `--replace`, which read every file first.
    func previewOrReplace(_ paths: [String]) throws {
        var transcripts: [(url: URL, data: Data, transcript: TranscriptImport)] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            do {
                let (transcript, data) = try TranscriptReader.readFile(url, encoding: encoding, as: path)
                transcripts.append((url, data, transcript))
            } catch {
                printError("werkbank: \(error)")
                throw ExitCodes.dataError
            }
        }
        if preview {
            for (url, _, transcript) in transcripts {
                print("\(url.lastPathComponent): \(transcript.speakers.count) speaker\(transcript.speakers.count == 1 ? "" : "s")")
                for label in transcript.speakers {
                    let count = transcript.turnCount(of: label)
                    print("  \(label)\t\(count) turn\(count == 1 ? "" : "s")")
                }
            }
            return
        }
        guard let replace, let transcript = transcripts.first?.transcript else { return }
        let project = try projectOptions.open(for: dryRun ? .reading : .writing)
        if project.mode == .writing { project.actingCoder = coder.name }
        let names = try projectNames(project, sources: true)
        let id = try resolveName { () throws(NameError) in try names.source(replace).id }
        try CorrectionTable.correct(id, to: transcript.text, in: project, dryRun: dryRun, format: output.format)
    }

    /// The source, with each label mapped to a participant or an interviewer; the messages
    /// say how to map what is missing.
    static func makeSource(id: String, title: String, transcript: TranscriptImport, kind: SourceKind, caseID: String, date: String?,
                           roles: [Role], mappings: [String: SpeakerMapping]) throws(ValidationError) -> Source {
        do {
            return try transcript.source(id: id, title: title, caseID: caseID, kind: kind, date: date, mappings: mappings, roles: roles)
        } catch .unmappedSpeakers(let unmapped) {
            let names = roles.map { "\($0.name) (\($0.speakerPrefix))" }.joined(separator: ", ")
            throw ValidationError("""
                \(title): speakers without an id: \(unmapped.joined(separator: ", ")); \
                map each with --speaker LABEL=ID:ROLE, e.g. --speaker "\(unmapped[0])=S1:\(roles.first?.name ?? "Studenten")" \
                (ROLE: I for an interviewer, or one of \(names))
                """)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
