import Foundation
import WerkbankCore
import ZIPFoundation

/// Why a `.qdpx` could not be written.
public struct RefiQDAArchiveError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

/// Zips a REFI-QDA project into a `.qdpx`: `project.qde` and `sources/GUID.txt`.
public enum RefiQDAArchive {
    /// Writes the archive to a temporary file beside `url`, then moves it into place, so that a
    /// failed export leaves any earlier file untouched.
    public static func write(_ project: RefiQDAProject, to url: URL) throws(RefiQDAArchiveError) {
        try write(files: project.files, to: url) { archive in try add(project.xml, path: "project.qde", to: archive) }
    }

    /// Exports a study held in memory, as ``export(study:memos:outline:to:eachSource:)`` does.
    public static func export(study: Study, memos: [MemoTarget: String] = [:], to url: URL) throws(RefiQDAArchiveError) -> RefiQDAProject {
        try stream(to: url) { handle, source in try RefiQDAWriter.project(study: study, memos: memos, to: handle, source: source) }
    }

    /// Exports a project read one source at a time (decision 57): `eachSource` hands over each
    /// source of `outline` with its codings, in that order. `project.qde` goes to a temporary
    /// file as it is made, in half-megabyte pieces, while another core deflates each source's
    /// text into the archive; the file is then deflated into it a megabyte at a time. Neither
    /// the document (60 MB for 100,000 codings) nor the sources are held whole. Returns the
    /// project for its problems and counts (its `xml` and `files` empty).
    public static func export(study: Study, memos: [MemoTarget: String] = [:], outline: [RefiQDASourceOutline], to url: URL,
                              eachSource: ((Source, [Coding]) throws -> Void) throws -> Void) throws(RefiQDAArchiveError) -> RefiQDAProject {
        try stream(to: url) { handle, source in
            try RefiQDAWriter.project(study: study, memos: memos, outline: outline, to: handle, source: source, eachSource: eachSource)
        }
    }

    /// Texts waiting to be deflated: enough to keep the other core busy, few enough to stay small.
    private static let textsInFlight = 8

    /// The archive and its first error, used on the deflating queue and after it has drained.
    private final class Deflater: @unchecked Sendable {
        let archive: Archive
        var error: Error?
        init(_ archive: Archive) { self.archive = archive }
    }

    private static func stream(to url: URL, write: (FileHandle, _ source: (Source) throws -> Void) throws -> RefiQDAProject)
        throws(RefiQDAArchiveError) -> RefiQDAProject {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let qde = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).qde.tmp")
        defer { try? FileManager.default.removeItem(at: qde) }
        let queue = DispatchQueue(label: "werkbank.qdpx.deflate", qos: .userInitiated)
        let slots = DispatchSemaphore(value: textsInFlight)
        let project: RefiQDAProject
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            let shared = Deflater(archive)
            guard FileManager.default.createFile(atPath: qde.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            let handle = try FileHandle(forWritingTo: qde)
            defer { try? handle.close() }
            project = try write(handle) { source in
                if let error = queue.sync(execute: { shared.error }) { throw error }
                let file = RefiQDAFile(path: RefiQDAWriter.sourceFile(source.id), text: source.text)
                slots.wait()
                queue.async {
                    defer { slots.signal() }
                    guard shared.error == nil else { return }
                    do { try add(file.text, path: file.path, to: shared.archive) } catch { shared.error = error }
                }
            }
            try queue.sync {
                if let error = shared.error { throw error }
            }
            try handle.close()
            try addFile(qde, path: "project.qde", to: archive)
        } catch {
            queue.sync {}
            try? FileManager.default.removeItem(at: temporary)
            throw RefiQDAArchiveError(path: url.path, reason: "\(error)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw RefiQDAArchiveError(path: url.path, reason: reason)
        }
        return project
    }

    /// The sources, then `project.qde` (added last), into a temporary file moved into place.
    private static func write(files: [RefiQDAFile], to url: URL, project: (Archive) throws -> Void) throws(RefiQDAArchiveError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for file in files { try add(file.text, path: file.path, to: archive) }
            try project(archive)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw RefiQDAArchiveError(path: url.path, reason: "\(error)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw RefiQDAArchiveError(path: url.path, reason: reason)
        }
    }

    /// Deflates a file a megabyte at a time, as an entry like those of ``add(_:path:to:)``
    /// (ZIPFoundation's own `addEntry(fileURL:)` would also copy the file's date and mode).
    private static func addFile(_ file: URL, path: String, to archive: Archive) throws {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 0)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                             bufferSize: 1 << 20) { position, chunk in
            // ZIPFoundation asks for the bytes in order; seek anyway, so that a retry cannot shift them.
            try handle.seek(toOffset: UInt64(position))
            return try handle.read(upToCount: chunk) ?? Data()
        }
    }

    /// Writes a `.qdc` codebook (plain XML) through a temporary file.
    public static func writeCodebook(_ xml: String, to url: URL) throws(RefiQDAArchiveError) {
        do {
            try Data(xml.utf8).write(to: url, options: .atomic)
        } catch {
            throw RefiQDAArchiveError(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Deflates a text's UTF-8 straight from the string: `project.qde` of a large project is
    /// 60 MB, which a copy into `Data` would double.
    private static func add(_ text: String, path: String, to archive: Archive) throws {
        var text = text
        try text.withUTF8 { bytes in
            // Large chunks: ZIPFoundation calls the provider and deflates once per chunk.
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                                 bufferSize: 1 << 20) { position, size in
                guard let base = bytes.baseAddress, size > 0 else { return Data() }
                return Data(bytes: base + Int(position), count: size)
            }
        }
    }
}
