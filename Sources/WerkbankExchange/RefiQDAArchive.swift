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

    /// Exports a study: `project.qde` is written on another core, to a temporary file as it is
    /// made, while this one deflates the source texts, which are known without it; the file is
    /// then deflated into the archive a megabyte at a time. The document is never held whole
    /// (60 MB for 100,000 codings). Returns the project (for its problems and counts; its
    /// `xml` is empty).
    public static func export(study: Study, memos: [MemoTarget: String] = [:], to url: URL) throws(RefiQDAArchiveError) -> RefiQDAProject {
        let qde = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).qde.tmp")
        defer { try? FileManager.default.removeItem(at: qde) }
        guard FileManager.default.createFile(atPath: qde.path, contents: nil), let handle = try? FileHandle(forWritingTo: qde) else {
            throw RefiQDAArchiveError(path: url.path, reason: "cannot create \(qde.path)")
        }
        let result = ResultBox()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            result.project = Result {
                defer { try? handle.close() }
                return try RefiQDAWriter.project(study: study, memos: memos, to: handle)
            }
        }
        let files = study.sources.map { RefiQDAFile(path: RefiQDAWriter.sourceFile($0.id), text: $0.text) }
        do {
            try write(files: files, to: url) { archive in
                group.wait()
                _ = try result.project!.get()
                try addFile(qde, path: "project.qde", to: archive)
            }
        } catch {
            group.wait()
            throw error
        }
        do {
            return try result.project!.get()
        } catch {
            throw RefiQDAArchiveError(path: url.path, reason: "\(error)")
        }
    }

    /// Set once by the writing thread and read after it has finished (`DispatchGroup.wait`).
    private final class ResultBox: @unchecked Sendable {
        var project: Result<RefiQDAProject, Error>?
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
