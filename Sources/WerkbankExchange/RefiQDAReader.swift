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
    /// unknown code): the file is wrong there, and the study leaves them out.
    public var invalid: [String] = []
}

/// Reads a REFI-QDA `.qdpx` into a ``Study``. Entries are read into memory, never to disk.
public enum RefiQDAReader {
    public static let maximumUncompressedSize: UInt64 = 200 * 1024 * 1024
    static let importedGroupID = "imported"
    static let noCaseName = "Zonder case"
    static let defaultColour = RGBColour(red: 0x99, green: 0x99, blue: 0x99)

    /// Reads a `.qdpx`. At most `limit` bytes are unpacked in all: the sizes an archive
    /// declares are checked first, and the bytes really inflated are counted as they come, so
    /// an archive that lies about its sizes (a ZIP bomb) stops at the limit too.
    public static func read(_ url: URL, limit: UInt64 = maximumUncompressedSize) throws(RefiQDAReaderError) -> RefiQDAImport {
        let path = url.path
        func fail(_ reason: String) -> RefiQDAReaderError { RefiQDAReaderError(path: path, reason: reason) }
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
            total += entry.uncompressedSize
            guard total <= limit else { throw fail(tooLarge(limit)) }
        }
        let files = entries.filter { $0.type == .file }
        let qdes = files.filter { !$0.path.contains("/") && $0.path.lowercased().hasSuffix(".qde") }
        guard qdes.count == 1, let qde = qdes.first else {
            throw fail(qdes.isEmpty ? "no .qde file at the archive's root" : "more than one .qde file at the archive's root")
        }
        var unpacked: UInt64 = 0
        func contents(_ entry: Entry) throws(RefiQDAReaderError) -> Data {
            var data = Data()
            var overflowed = false
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    unpacked += UInt64(chunk.count)
                    guard UInt64(data.count + chunk.count) <= entry.uncompressedSize, unpacked <= limit else {
                        overflowed = true
                        throw CocoaError(.fileReadTooLarge)
                    }
                    data.append(chunk)
                }
            } catch {
                guard overflowed else { throw fail("cannot read '\(entry.path)': \(error)") }
                throw fail(unpacked > limit ? tooLarge(limit) : "'\(entry.path)' unpacks to more than the \(entry.uncompressedSize) bytes it declares")
            }
            return data
        }
        let qdeData = try contents(qde)
        var sourceFiles: [String: Entry] = [:]
        for entry in files {
            let parts = entry.path.split(separator: "/")
            guard parts.count == 2, parts[0].lowercased() == "sources" else { continue }
            sourceFiles[parts[1].lowercased()] = entry
        }
        // The source files are unpacked here, then decoded (and, in Werkbank's own exports,
        // their speaker turns found) on the second core while this one parses project.qde.
        var packedFiles: [PackedFile] = []
        for (key, entry) in sourceFiles { packedFiles.append(PackedFile(key: key, path: entry.path, data: try contents(entry))) }
        let packed = packedFiles
        let fromWerkbank = qdeData.prefix(4096).range(of: Data("origin=\"\(RefiQDAWriter.origin)\"".utf8)) != nil
        let prepared = PreparedTexts()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { prepared.prepare(packed, findingTurns: fromWerkbank) }
        let document: RefiQDADocument
        do {
            document = try RefiQDAReaderParser.parse(qdeData, name: qde.path, archivePath: path)
        } catch {
            group.wait()
            throw error
        }
        group.wait()

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
                guard let text = prepared.texts[key] ?? nil else { throw fail("source file '\(entry.path)' is not UTF-8") }
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

    /// A source file as unpacked, by its lower-cased name.
    private struct PackedFile: Sendable {
        var key: String
        var path: String
        var data: Data
    }

    /// Source texts decoded on another thread; read only after it has finished
    /// (`DispatchGroup.wait`).
    private final class PreparedTexts: @unchecked Sendable {
        /// `nil` for a file that is not UTF-8.
        var texts: [String: String?] = [:]
        var transcripts: [String: TranscriptImport] = [:]

        func prepare(_ files: [PackedFile], findingTurns: Bool) {
            for file in files {
                var data = file.data
                if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
                let text = String(data: data, encoding: .utf8)
                texts[file.key] = .some(text)
                if findingTurns, let text { transcripts[file.key] = TranscriptReader.labelled(text) }
            }
        }
    }

    private static func tooLarge(_ limit: UInt64) -> String {
        limit >= 1024 * 1024 ? "more than \(limit / 1024 / 1024) MB uncompressed" : "more than \(limit) bytes uncompressed"
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
