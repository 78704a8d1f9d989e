import Foundation
import ZIPFoundation

/// An archive entry read as a stream (decision 60): another thread unpacks it through an
/// archive of its own and hands over checked pieces, at most a few at a time, so that a parser
/// reading from this stream never holds the whole entry. The entry must unpack to no more than
/// it declares and match its CRC-32; its bytes pass ``XMLBytes/StreamCheck``.
final class ZIPEntryStream: InputStream {
    private let pieces: Pieces
    private var current = Data()
    private var offset = 0

    /// Why the entry stopped, once it has.
    var failure: RefiQDAReaderError? { pieces.failure }

    init(url: URL, entry: Entry, archivePath: String) {
        pieces = Pieces()
        super.init(data: Data())
        let pieces = self.pieces
        let (entryPath, size, checksum) = (entry.path, entry.uncompressedSize, entry.checksum)
        pieces.done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            defer { pieces.done.leave() }
            let result = Self.unpack(url: url, path: entryPath, size: size, checksum: checksum, archivePath: archivePath) { try pieces.push($0) }
            pieces.finish(result)
        }
    }

    private static func unpack(url: URL, path: String, size: UInt64, checksum expected: CRC32, archivePath: String,
                               push: (Data) throws -> Void) -> RefiQDAReaderError? {
        func fail(_ reason: String) -> RefiQDAReaderError { RefiQDAReaderError(path: archivePath, reason: reason) }
        var check = XMLBytes.StreamCheck()
        var unpacked: UInt64 = 0
        var problem: RefiQDAReaderError?
        do {
            let archive = try Archive(url: url, accessMode: .read)
            guard let entry = archive[path] else { return fail("cannot read '\(path)'") }
            let checksum = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: false) { chunk in
                unpacked += UInt64(chunk.count)
                guard unpacked <= size else {
                    problem = fail("'\(path)' unpacks to more than the \(size) bytes it declares")
                    throw CocoaError(.fileReadTooLarge)
                }
                let ready = try check.next(chunk)
                if !ready.isEmpty { try push(ready) }
            }
            guard checksum == expected else { return fail("'\(path)' is damaged (its CRC-32 does not match)") }
            let rest = try check.end()
            if !rest.isEmpty { try push(rest) }
            return nil
        } catch let found as XMLBytes.StreamCheck.Problem {
            return fail("'\(path)' \(found.message) at line \(found.line)")
        } catch {
            return problem ?? fail("cannot read '\(path)': \(error)")
        }
    }

    override func open() {}

    override var hasBytesAvailable: Bool { true }

    /// Asked by `XMLParser` when a read fails (Foundation's own traps in a subclass).
    override var streamError: Error? {
        failure.map { NSError(domain: "werkbank.qdpx", code: 1, userInfo: [NSLocalizedDescriptionKey: $0.reason]) }
    }

    override var streamStatus: Stream.Status { .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if offset == current.count {
            guard let next = pieces.take() else { return failure == nil ? 0 : -1 }
            current = next
            offset = 0
        }
        let count = min(length, current.count - offset)
        current.withUnsafeBytes { raw in
            buffer.update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: count)
        }
        offset += count
        return count
    }

    /// Stops the unpacking thread and waits for it.
    override func close() {
        pieces.cancel()
        pieces.done.wait()
    }

    /// The pieces between the unpacking thread and the reader.
    private final class Pieces: @unchecked Sendable {
        let done = DispatchGroup()
        private let condition = NSCondition()
        private var waiting: [Data] = []
        private var finished = false
        private var cancelled = false
        private var problem: RefiQDAReaderError?
        private static let inFlight = 4

        var failure: RefiQDAReaderError? { condition.withLock { problem } }

        func push(_ piece: Data) throws {
            try condition.withLock {
                while waiting.count >= Self.inFlight && !cancelled { condition.wait() }
                if cancelled { throw CancellationError() }
                waiting.append(piece)
                condition.broadcast()
            }
        }

        func finish(_ failure: RefiQDAReaderError?) {
            condition.withLock {
                if !cancelled { problem = failure }
                finished = true
                condition.broadcast()
            }
        }

        /// The next piece, or `nil` at the end.
        func take() -> Data? {
            condition.withLock {
                while waiting.isEmpty && !finished { condition.wait() }
                guard !waiting.isEmpty else { return nil }
                condition.broadcast()
                return waiting.removeFirst()
            }
        }

        func cancel() {
            condition.withLock {
                if !finished { cancelled = true }
                condition.broadcast()
            }
        }
    }
}
