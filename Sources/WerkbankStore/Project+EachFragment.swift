import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The fragments ``fragments(_:limit:quotes:)`` returns, in its order, handed to `body` one
    /// at a time as they are read (decision 60): only a batch of sources' codings (about
    /// 8,000) and one text are held, so that a project of any size is written out (`export
    /// --format csv`) in the same memory. With `inOnePass`, the matching codings are read at
    /// once and their keys (about 140 bytes each, no quotes) held while they are handed out:
    /// quicker for some of a project's codings (`fragments --code LOS`), whose batches would
    /// each read pages all over the codings' table (decision 70). An error thrown by `body` is
    /// rethrown as it is; reading fails with a ``ProjectError``.
    /// Without `quotes`, fragments come with empty quotes and no pages, and no text is read.
    public func forEachFragment(_ filter: FragmentFilter = FragmentFilter(), inOnePass: Bool = false, quotes: Bool = true,
                                _ body: (Fragment) throws -> Void) throws {
        var failure: Error?
        do {
            let batch = inOnePass ? nil : FragmentStream.defaultCodingsPerBatch
            try read { db in try FragmentStream(db: db, filter: filter, quotes: quotes, codingsPerBatch: batch).forEach { fragment in
                do { try body(fragment) } catch { failure = error; throw error }
            } }
        } catch {
            throw failure ?? error
        }
    }
}

/// Quotes of one source's text for ranges by start, walking its UTF-8 on from the last start
/// (as ``Project/quotesAndPages(of:db:)`` does for the ranges of many sources at once).
struct QuoteWalker {
    private let text: [UInt8]
    private let hasPages: Bool
    private var position = (offset: 0, index: 0, breaks: 0)

    /// A walker over the UTF-8 bytes of a text as they are stored (none for `nil`).
    init(data: Data?) {
        text = data.map { data in data.withUnsafeBytes { Array($0.bindMemory(to: UInt8.self)) } } ?? []
        // memchr: a byte loop over every text cost as much as the walk.
        hasPages = text.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0x0C, bytes.count) != nil } ?? false }
    }

    /// The text of `range` with the page it starts on when the text has pages (form feeds
    /// before its start, plus one); empty and `nil` when it runs past the end. Quickest when
    /// ranges come by start.
    mutating func quoteAndPage(_ range: ScalarRange) -> (quote: String, page: Int?) {
        if range.start < position.offset { position = (0, 0, 0) }
        return text.withUnsafeBufferPointer { bytes in
            guard let start = UTF8Walk.advance(bytes, from: position.index, by: range.start - position.offset),
                  let end = UTF8Walk.advance(bytes, from: start, by: range.end - range.start) else { return ("", nil) }
            if hasPages {
                for index in position.index..<start where bytes[index] == 0x0C { position.breaks += 1 }
            }
            position = (range.start, start, position.breaks)
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                    hasPages ? position.breaks + 1 : nil)
        }
    }
}

/// Steps over the scalars of UTF-8 text by counting the bytes that start one (every byte
/// that is not `10xxxxxx`), eight bytes at a time where it can.
enum UTF8Walk {
    /// The byte at which the scalar `n` scalars after the one starting at `from` starts (the
    /// end when that is the last), or `nil` past the end, as `index(_:offsetBy:limitedBy:)`
    /// over the scalars gives.
    static func advance(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, by n: Int) -> Int? {
        var index = from
        var left = max(0, n)
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while left >= 8, index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // Bit 7 set and bit 6 clear: a continuation byte.
                let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                let starts = 8 - continuation.nonzeroBitCount
                guard starts <= left else { break }
                left -= starts
                index += 8
                while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
        }
        while left > 0 {
            guard index < count else { return nil }
            index += 1
            while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            left -= 1
        }
        return index
    }
}
