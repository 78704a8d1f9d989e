import Foundation
import ZIPFoundation

/// ZIP archives taken apart and put back together in memory, for mutating their entries.
enum FuzzArchive {
    struct Entry {
        var path: String
        var data: Data
    }

    /// The file entries of an archive, in order; `nil` when it cannot be read.
    static func entries(of data: Data) -> [Entry]? {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return nil }
        var result: [Entry] = []
        for entry in archive where entry.type == .file {
            var bytes = Data()
            guard (try? archive.extract(entry, consumer: { bytes.append($0) })) != nil else { return nil }
            result.append(Entry(path: entry.path, data: bytes))
        }
        return result
    }

    /// A fixed time stamp, so that the same entries give the same bytes (a saved input is the
    /// one that was run).
    static let stamp = Date(timeIntervalSince1970: 1_577_836_800)

    /// An archive of `entries`, deflated.
    static func zip(_ entries: [Entry]) -> Data {
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return Data() }
        for entry in entries {
            let data = entry.data
            try? archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                   compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
