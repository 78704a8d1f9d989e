import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import WerkbankCore
import ZIPFoundation

extension RefiQDAReader {
    /// Thrown by ``stream(_:limit:begin:add:)`` where a file cannot be read as a stream, or
    /// is refused: ``read(_:limit:)`` reads it whole instead, and tells what is wrong as it
    /// always has.
    public struct CannotStream: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Sources' text gathered before a batch is handed over: a few megabytes.
    static let batchText = 4 << 20
    static let batchSources = 64

    /// Reads a `.qdpx` as ``read(_:limit:)`` does, as a stream (decision 60): `project.qde` is
    /// parsed from its entry as it is unpacked, and each source is mapped as it ends, its text
    /// unpacked then; `begin` gets the study's head (title, coders, codebook, cases) before the
    /// first batch, and `add` the batches in order. Only a batch of sources is held at once.
    /// Any problem with the file throws ``CannotStream``; errors thrown by `begin` or `add`
    /// are rethrown as they are.
    public static func stream(_ url: URL, limit: UInt64? = nil, begin: (Study) throws -> Void,
                              add: (RefiQDABatch) throws -> Void) throws -> RefiQDAStreamed {
        let path = url.path
        let opened: (archive: Archive, qde: Entry, sourceFiles: [String: Entry])
        do { opened = try openArchive(url, limit: limit) } catch { throw CannotStream(reason: error.description) }
        let (archive, qde, sourceFiles) = opened
        var readFiles: Set<String> = []
        var mapper: RefiQDAStreamMapper?
        var pending = RefiQDABatch()
        var pendingText = 0
        func flush() throws {
            guard !pending.isEmpty else { return }
            try add(pending)
            pending = RefiQDABatch()
            pendingText = 0
        }
        let input = ZIPEntryStream(url: url, entry: qde, archivePath: path)
        let document: RefiQDADocument
        do {
            document = try withoutActuallyEscaping({ (source: RefiQDADocument.TextSource, head: RefiQDADocument) throws -> Void in
                if mapper == nil {
                    let made = RefiQDAStreamMapper(head: head)
                    mapper = made
                    try begin(made.head)
                }
                let text = try Self.text(of: source, sourceFiles: sourceFiles, archive: archive, path: path, read: &readFiles)
                let batch = try mapper!.map(source, text: text)
                pending.append(batch)
                pendingText += text?.utf8.count ?? 0
                if pendingText >= batchText || pending.sources.count >= batchSources { try flush() }
            }) { handler in
                try RefiQDAReaderParser.parse(stream: input, name: qde.path, archivePath: path, handler: handler)
            }
        } catch let error as RefiQDAReaderError {
            throw CannotStream(reason: input.failure?.description ?? error.description)
        } catch is RefiQDAReaderParser.OutOfOrder {
            throw CannotStream(reason: "'\(qde.path)' has users, codes, variables or cases after its sources")
        } catch is RefiQDAStreamMapper.NeedsWholeDocument {
            throw CannotStream(reason: "'\(qde.path)' codes a code that would be a group")
        }
        if let failure = input.failure { throw CannotStream(reason: failure.description) }
        if mapper == nil {
            let made = RefiQDAStreamMapper(head: document)
            mapper = made
            try begin(made.head)
        }
        try flush()
        // Source files no source names are still checked, as reading the file whole does.
        for (key, entry) in sourceFiles where !readFiles.contains(key) {
            do { _ = try unpack(entry, from: archive, path: path) } catch { throw CannotStream(reason: error.description) }
        }
        return mapper!.finish(document)
    }

    /// The text of a source as ``read(_:limit:)`` finds it: inline, or its file in `sources/`;
    /// `nil` when it is in neither and names no file in the archive.
    private static func text(of source: RefiQDADocument.TextSource, sourceFiles: [String: Entry], archive: Archive, path: String,
                             read: inout Set<String>) throws -> String? {
        if let inline = source.inlineText, source.plainTextPath == nil { return inline }
        guard let plain = source.plainTextPath else { return nil }
        let isInternal = plain.lowercased().hasPrefix("internal://")
        let fileName = isInternal ? String(plain.dropFirst("internal://".count)) : plain
        let key = fileName.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        if let entry = sourceFiles[key] {
            read.insert(key)
            let data: Data
            do { data = try unpack(entry, from: archive, path: path) } catch { throw CannotStream(reason: error.description) }
            switch Self.text(of: data) {
            case .success(let text): return text
            case .failure(let problem): throw CannotStream(reason: "source file '\(entry.path)' \(problem.reason)")
            }
        }
        if let inline = source.inlineText { return inline }
        if isInternal || !fileName.contains("://") {
            throw CannotStream(reason: "source file '\(fileName)' of source '\(source.name)' is missing from sources/")
        }
        return nil
    }
}
