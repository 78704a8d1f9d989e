import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// Transcript files read, parsed and made into what the import writes (`Item`, by `make`) on a
/// thread of their own, a batch at a time, while the import writes the batch before: reading
/// and writing use both cores, and at most `ahead` batches wait in memory, however many files
/// there are (decision 64).
final class TranscriptBatches<Item: Sendable>: @unchecked Sendable {
    /// One file as read: its transcript and the checksum of its bytes (the bytes are let go).
    struct File: Sendable {
        var url: URL
        var name: String
        var transcript: TranscriptImport
        var checksum: String
    }

    private let condition = NSCondition()
    private var ready: [Result<[Item], LoadProblem>] = []
    private var finished = false
    private var cancelled = false
    private let ahead: Int

    /// Starts reading `files` (paths as the user gave them) in batches of `batchSize`.
    init(files: [String], encoding: TranscriptEncoding?, batchSize: Int = 32, ahead: Int = 2,
         make: @escaping @Sendable (File) -> Item) {
        self.ahead = max(1, ahead)
        let batches = stride(from: 0, to: files.count, by: max(1, batchSize)).map { Array(files[$0..<min(files.count, $0 + max(1, batchSize))]) }
        let thread = Thread { [self] in produce(batches, encoding: encoding, make: make) }
        // As large as the main thread's: the readers were written for it (a .docx's XML).
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next batch, in the order of the files; `nil` after the last. Waits for the reading
    /// thread; throws the first file's problem, after which there are no more batches.
    func next() throws(LoadProblem) -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished { condition.wait() }
        guard !ready.isEmpty else { return nil }
        let result = ready.removeFirst()
        condition.broadcast()
        return try result.get()
    }

    /// Stops the reading thread (the import failed or is done early).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func produce(_ batches: [[String]], encoding: TranscriptEncoding?, make: (File) -> Item) {
        for paths in batches {
            let result = Result { () throws(LoadProblem) -> [Item] in
                try paths.map { path throws(LoadProblem) in
                    let url = URL(fileURLWithPath: path)
                    let (transcript, data) = try TranscriptReader.readFile(url, encoding: encoding, as: path)
                    return make(File(url: url, name: path, transcript: transcript, checksum: Project.checksum(of: data)))
                }
            }
            condition.lock()
            while ready.count >= ahead && !cancelled { condition.wait() }
            guard !cancelled else {
                condition.unlock()
                return
            }
            ready.append(result)
            let failed = if case .failure = result { true } else { false }
            if failed { finished = true }
            condition.broadcast()
            condition.unlock()
            if failed { return }
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
