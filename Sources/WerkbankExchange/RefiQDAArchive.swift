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
        try write(files: project.files, to: url) { project.xml }
    }

    /// Exports a study: `project.qde` is written on another core while this one deflates the
    /// source texts, which are known without it. Returns the project (for its problems and
    /// counts).
    public static func export(study: Study, memos: [MemoTarget: String] = [:], to url: URL) throws(RefiQDAArchiveError) -> RefiQDAProject {
        let result = ResultBox()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            result.project = RefiQDAWriter.project(study: study, memos: memos)
        }
        let files = study.sources.map { RefiQDAFile(path: RefiQDAWriter.sourceFile($0.id), text: $0.text) }
        do {
            try write(files: files, to: url) {
                group.wait()
                return result.project!.xml
            }
        } catch {
            group.wait()
            throw error
        }
        return result.project!
    }

    /// Set once by the writing thread and read after it has finished (`DispatchGroup.wait`).
    private final class ResultBox: @unchecked Sendable {
        var project: RefiQDAProject?
    }

    /// The sources, then `project.qde` (asked for last), into a temporary file moved into place.
    private static func write(files: [RefiQDAFile], to url: URL, xml: () -> String) throws(RefiQDAArchiveError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for file in files { try add(file.text, path: file.path, to: archive) }
            try add(xml(), path: "project.qde", to: archive)
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
