import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import WerkbankCore
import ZIPFoundation

/// Why a `.qdpx` could not be read: nothing is imported.
public struct RefiQDAReaderError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String
    public var description: String { "cannot import \(path): \(reason)" }
}

/// What a `.qdpx` held: the study and what could not be brought in, with reasons.
public struct RefiQDAImport: Sendable {
    /// The study with its sources and codings (and a coding's memo on the coding).
    public var study: Study
    /// Memos on codes, cases and sources.
    public var memos: [MemoTarget: String]
    /// What the file holds that Werkbank does not import (pictures, audio, sets, …).
    public var skipped: [String]
    /// Codings that cannot be placed (positions missing, reversed or outside the text, an
    /// unknown code, a source whose text is not in the archive): the file is wrong there, and
    /// the study leaves them out.
    public var invalid: [String] = []
}

/// Reads a REFI-QDA `.qdpx` into a ``Study``. Entries are read into memory, never to disk.
public enum RefiQDAReader {
    /// The most bytes an import unpacks by default: what the disk beside the archive has free
    /// (the project will take about as much), and no more than the machine's memory (entries
    /// are read into memory). An honest large project imports; a ZIP bomb is told by its
    /// compression ratio (``maximumRatio``) and by unpacking no more than it declares.
    public static var maximumUncompressedSize: UInt64 { defaultLimit(near: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }

    /// An entry unpacking to more than ``ratioFloor`` bytes may be at most this many times its
    /// packed size: deflate reaches about 1,032× on a bomb; text and XML stay under 20×.
    public static let maximumRatio: UInt64 = 100
    /// Entries up to this size may have any ratio: a small file of repeated bytes is harmless.
    public static let ratioFloor: UInt64 = 16 * 1024 * 1024

    /// The free space of the file system holding `url`, at most the physical memory.
    static func defaultLimit(near url: URL) -> UInt64 {
        let memory = ProcessInfo.processInfo.physicalMemory
        let folder = url.hasDirectoryPath ? url.path : url.deletingLastPathComponent().path
        guard let attributes = try? FileManager.default.attributesOfFileSystem(forPath: folder),
              let free = (attributes[.systemFreeSize] as? NSNumber)?.uint64Value else { return min(memory, 200 * 1024 * 1024) }
        return min(free, memory)
    }
    static let importedGroupID = "imported"
    static let noCaseName = "Zonder case"
    static let defaultColour = RGBColour(red: 0x99, green: 0x99, blue: 0x99)

    /// Reads a `.qdpx`. At most `limit` bytes are unpacked in all: the sizes an archive
    /// declares are checked against it first, and no entry may unpack to more than it declares,
    /// so an archive that lies about its sizes (a ZIP bomb) stops too. Every entry read must
    /// match its CRC-32; `project.qde` must be UTF-8 without a DOCTYPE and
    /// nest codes at most 100 deep; source files must be UTF-8 without NUL bytes.
    public static func read(_ url: URL, limit: UInt64? = nil) throws(RefiQDAReaderError) -> RefiQDAImport {
        let path = url.path
        func fail(_ reason: String) -> RefiQDAReaderError { RefiQDAReaderError(path: path, reason: reason) }
        let (archive, qde, sourceFiles) = try openArchive(url, limit: limit)
        // The second core unpacks and decodes the source files (through an archive of its own)
        // while this one unpacks and parses project.qde; in Werkbank's own exports it also
        // finds the texts' speaker turns, once this one has seen who wrote the file.
        let prepared = PreparedTexts()
        let group = DispatchGroup()
        let sourcePaths = sourceFiles.map { (key: $0.key, path: $0.value.path) }
        DispatchQueue.global(qos: .userInitiated).async(group: group) { prepared.prepare(sourcePaths, of: url) }
        let document: RefiQDADocument
        do throws(RefiQDAReaderError) {
            let qdeData: Data
            do throws(RefiQDAReaderError) {
                qdeData = try unpack(qde, from: archive, path: path)
            } catch {
                prepared.origin(isWerkbank: false)
                throw error
            }
            prepared.origin(isWerkbank: qdeData.prefix(4096).range(of: Data("origin=\"\(RefiQDAWriter.origin)\"".utf8)) != nil)
            document = try RefiQDAReaderParser.parse(qdeData, name: qde.path, archivePath: path)
        } catch {
            group.wait()
            throw error
        }
        group.wait()
        if let error = prepared.error { throw error }

        var texts: [String: String] = [:]
        var transcripts: [String: TranscriptImport] = [:]
        for source in document.sources {
            if let inline = source.inlineText, source.plainTextPath == nil {
                texts[source.guid] = inline
                continue
            }
            guard let plain = source.plainTextPath else { continue }
            let isInternal = plain.lowercased().hasPrefix("internal://")
            let fileName = isInternal ? String(plain.dropFirst("internal://".count)) : plain
            let key = fileName.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            if let entry = sourceFiles[key] {
                if let problem = prepared.problems[key] { throw fail("source file '\(entry.path)' \(problem)") }
                guard let text = prepared.texts[key] else { throw fail("source file '\(entry.path)' cannot be read") }
                texts[source.guid] = text
                transcripts[source.guid] = prepared.transcripts[key]
            } else if let inline = source.inlineText {
                texts[source.guid] = inline
            } else if isInternal || !(fileName.contains("://")) {
                throw fail("source file '\(fileName)' of source '\(source.name)' is missing from sources/")
            }
        }
        return RefiQDAReaderMapper(document: document, texts: texts, transcripts: transcripts).map()
    }

    /// The archive with its `project.qde` and its source files by lower-case file name, once
    /// the entries' names, sizes and ratios have been checked (see ``read(_:limit:)``).
    static func openArchive(_ url: URL, limit: UInt64?) throws(RefiQDAReaderError) -> (archive: Archive, qde: Entry, sourceFiles: [String: Entry]) {
        let path = url.path
        let limit = limit ?? defaultLimit(near: url)
        func fail(_ reason: String) -> RefiQDAReaderError { RefiQDAReaderError(path: path, reason: reason) }
        if let problem = ZIPDirectoryCheck.problem(of: url) { throw fail("damaged ZIP archive: \(problem)") }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw fail("not a ZIP archive (\(error))")
        }
        let entries = Array(archive)
        guard !entries.isEmpty else { throw fail("the archive is empty") }
        var total: UInt64 = 0
        for entry in entries {
            let name = entry.path
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("\\") || parts.contains("..")
                || name.contains(":") && name.first?.isLetter == true && name.dropFirst().hasPrefix(":") {
                throw fail("entry '\(name)' escapes the archive's folder")
            }
            // Checked: a ZIP64 entry may declare any size up to 2^64 - 1.
            let (sum, overflow) = total.addingReportingOverflow(entry.uncompressedSize)
            guard !overflow, sum <= limit else { throw fail(tooLarge(limit)) }
            total = sum
            let packed = max(entry.compressedSize, 1)
            if entry.uncompressedSize > ratioFloor, entry.uncompressedSize / packed > maximumRatio {
                throw fail("entry '\(name)' unpacks to \(entry.uncompressedSize / packed) times its packed size "
                    + "(a ZIP bomb?); at most \(maximumRatio) times is read")
            }
        }
        let files = entries.filter { $0.type == .file }
        let qdes = files.filter { !$0.path.contains("/") && $0.path.lowercased().hasSuffix(".qde") }
        guard qdes.count == 1, let qde = qdes.first else {
            throw fail(qdes.isEmpty ? "no .qde file at the archive's root" : "more than one .qde file at the archive's root")
        }
        var sourceFiles: [String: Entry] = [:]
        for entry in files {
            let parts = entry.path.split(separator: "/")
            guard parts.count == 2, parts[0].lowercased() == "sources" else { continue }
            sourceFiles[parts[1].lowercased()] = entry
        }
        return (archive, qde, sourceFiles)
    }

    /// An entry's bytes, refused when it unpacks to more than it declares (the declared sizes
    /// were checked against the limit, so a ZIP bomb stops here).
    static func unpack(_ entry: Entry, from archive: Archive, path: String) throws(RefiQDAReaderError) -> Data {
        var data = Data()
        var overflowed = false
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(data.count + chunk.count) <= entry.uncompressedSize else {
                    overflowed = true
                    throw CocoaError(.fileReadTooLarge)
                }
                data.append(chunk)
            }
        } catch {
            throw RefiQDAReaderError(path: path, reason: overflowed
                ? "'\(entry.path)' unpacks to more than the \(entry.uncompressedSize) bytes it declares"
                : "cannot read '\(entry.path)': \(error)")
        }
        guard checksum == entry.checksum else {
            throw RefiQDAReaderError(path: path, reason: "'\(entry.path)' is damaged (its CRC-32 does not match)")
        }
        return data
    }

    /// Source texts unpacked and decoded on another thread; read only after it has finished
    /// (`DispatchGroup.wait`).
    private final class PreparedTexts: @unchecked Sendable {
        var texts: [String: String] = [:]
        /// Why a file is not a text (binary, not UTF-8), by key.
        var problems: [String: String] = [:]
        var transcripts: [String: TranscriptImport] = [:]
        var error: RefiQDAReaderError?
        private var isWerkbank = false
        private let originKnown = DispatchSemaphore(value: 0)

        /// Says whether Werkbank wrote the file (then turns are found); called once.
        func origin(isWerkbank: Bool) {
            self.isWerkbank = isWerkbank
            originKnown.signal()
        }

        func prepare(_ files: [(key: String, path: String)], of url: URL) {
            var decoded: [(key: String, text: String)] = []
            do {
                let archive = try Archive(url: url, accessMode: .read)
                // One pass over the entries: looking each up by path would read the directory
                // once per file.
                var entries: [String: Entry] = [:]
                let wanted = Set(files.map(\.path))
                for entry in archive where wanted.contains(entry.path) { entries[entry.path] = entry }
                for file in files {
                    guard let entry = entries[file.path] else { continue }
                    let text: String
                    switch RefiQDAReader.text(of: try RefiQDAReader.unpack(entry, from: archive, path: url.path)) {
                    case .success(let decoded): text = decoded
                    case .failure(let problem): problems[file.key] = problem.reason; continue
                    }
                    texts[file.key] = text
                    decoded.append((file.key, text))
                }
            } catch let failure as RefiQDAReaderError {
                error = failure
            } catch {
                self.error = RefiQDAReaderError(path: url.path, reason: "not a ZIP archive (\(error))")
            }
            originKnown.wait()
            guard isWerkbank, error == nil else { return }
            for (key, text) in decoded { transcripts[key] = TranscriptReader.labelled(text) }
        }
    }

    /// Why a source file is not a text.
    struct TextProblem: Error { var reason: String }

    /// A source file's text, without a byte order mark. As `werkbank import` does, a NUL means
    /// a binary file: offsets into a text that holds one would point at other text elsewhere.
    static func text(of data: Data) -> Result<String, TextProblem> {
        var data = data
        if let nul = firstNUL(in: data) { return .failure(TextProblem(reason: "is a binary file, not text (NUL byte at byte \(nul + 1))")) }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(TextProblem(reason: "is not UTF-8")) }
        return .success(text)
    }

    /// The offset of the first NUL byte (found by `memchr`: source files may be large).
    static func firstNUL(in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return UnsafeRawPointer(found) - base
        }
    }

    private static func tooLarge(_ limit: UInt64) -> String {
        (limit >= 1024 * 1024 ? "more than \(limit / 1024 / 1024) MB uncompressed" : "more than \(limit) bytes uncompressed")
            + " (the free space on disk, or the memory, if less)"
    }

    /// The largest `.qdc` file read.
    public static let maximumCodebookSize = 50 * 1024 * 1024

    /// Reads a REFI-QDA codebook (`.qdc`): a study with the codebook alone (code memos in
    /// `memos`), no cases or sources.
    public static func readCodebook(_ url: URL) throws(RefiQDAReaderError) -> RefiQDAImport {
        let path = url.path
        let data: Data
        do {
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            guard size <= maximumCodebookSize else {
                throw RefiQDAReaderError(path: path, reason: "more than \(maximumCodebookSize / 1024 / 1024) MB")
            }
            data = try Data(contentsOf: url)
        } catch let error as RefiQDAReaderError {
            throw error
        } catch {
            throw RefiQDAReaderError(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        guard !data.isEmpty else { throw RefiQDAReaderError(path: path, reason: "the file is empty") }
        let document = try RefiQDAReaderParser.parse(data, name: url.lastPathComponent, archivePath: path)
        guard document.sources.isEmpty, document.cases.isEmpty else {
            throw RefiQDAReaderError(path: path, reason: "this is a project, not a codebook; import it as a .qdpx")
        }
        var imported = RefiQDAReaderMapper(document: document, texts: [:]).map()
        imported.study.title = document.name.isEmpty ? "Imported codebook" : document.name
        return imported
    }

    /// A GUID as compared: lower case, without braces or spaces.
    static func normalisedGUID(_ text: String) -> String {
        // Called for every reference in a project, so without Foundation's trimming.
        let ignored: Set<UInt8> = [UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: " "), 9, 10, 13]
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !ignored.contains($0) }),
              let last = bytes.lastIndex(where: { !ignored.contains($0) }) else { return "" }
        return String(text[first...last]).lowercased()
    }
}
