import Foundation
import WerkbankCore

/// A source's values as stored, worked out before the write: counting scalars and words and
/// finding passages walks the whole text, which for a corpus can be done on every core while
/// the single writer waits for nothing.
struct PreparedSource: Sendable {
    let source: Source
    let guid: String
    let interviewers: String
    /// Length in Unicode scalars.
    let length: Int
    let words: Int
    /// The passages to index, each with the UTF-8 bytes of its text.
    let passages: [(range: ScalarRange, bytes: Range<Int>)]

    init(_ source: Source) throws {
        self.source = source
        guid = UUID.stable(from: "source|\(source.id)").uuidString
        interviewers = try StudyImporter.json(source.interviewers)
        words = source.wordCount
        let ranges = SourceWriter.passages(of: source)
        var text = source.text
        (length, passages) = try text.withUTF8 { bytes in
            // A scalar starts at each byte that is not a continuation byte (10xxxxxx).
            let length = bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            // The passages' ends in text order, so that one walk over the bytes finds them all.
            var ends = ranges.indices.flatMap { [(ranges[$0].start, 2 * $0), (ranges[$0].end, 2 * $0 + 1)] }
            ends.sort { $0.0 < $1.0 }
            var byteOffsets = [Int](repeating: 0, count: ends.count)
            var (byte, scalar) = (0, 0)
            for (offset, slot) in ends {
                guard offset >= 0, offset <= length else {
                    let range = ranges[slot / 2]
                    throw ProjectError.invalidRange(source: source.id, start: range.start, end: range.end, length: length)
                }
                while scalar < offset {
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
                byteOffsets[slot] = byte
            }
            return (length, ranges.indices.map { (ranges[$0], byteOffsets[2 * $0]..<byteOffsets[2 * $0 + 1]) })
        }
    }

    /// The UTF-8 bytes `bytes` of the text.
    func withUTF8(_ bytes: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let done: Void? = source.text.utf8.withContiguousStorageIfAvailable { body(UnsafeBufferPointer(rebasing: $0[bytes])) }
        if done == nil {
            Array(source.text.utf8)[bytes].withUnsafeBufferPointer(body)
        }
    }

    /// Prepares many sources, spread over the machine's cores; in the sources' order.
    static func prepare(_ sources: [Source]) throws -> [PreparedSource] {
        let results = UnsafeMutableBufferPointer<Result<PreparedSource, Error>?>.allocate(capacity: sources.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Chunks rather than single sources, so that a thread takes a run of work at a time.
        let chunk = 16
        let chunks = (sources.count + chunk - 1) / chunk
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            for index in part * chunk..<min(sources.count, (part + 1) * chunk) {
                shared[index] = Result { try PreparedSource(sources[index]) }
            }
        }
        return try results.map { try $0!.get() }
    }
}
