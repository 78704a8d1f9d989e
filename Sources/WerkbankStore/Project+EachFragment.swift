import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The fragments ``fragments(_:limit:quotes:)`` returns, in its order, handed to `body` one
    /// at a time as they are read (decision 60): only one source's text and one row are held,
    /// so that a project of any size is written out (`export --format csv`) in the same memory.
    /// An error thrown by `body` is rethrown as it is; reading fails with a ``ProjectError``.
    public func forEachFragment(_ filter: FragmentFilter = FragmentFilter(), _ body: (Fragment) throws -> Void) throws {
        var failure: Error?
        do {
            try read { db in try eachFragment(filter, db: db) { fragment in
                do { try body(fragment) } catch { failure = error; throw error }
            } }
        } catch {
            throw failure ?? error
        }
    }

    private func eachFragment(_ filter: FragmentFilter, db: Database, _ body: (Fragment) throws -> Void) throws {
        guard let (sql, arguments) = try Self.fragmentQuery(filter, limit: nil, db: db) else { return }
        let textStatement = try db.cachedStatement(sql: "SELECT text FROM source WHERE id = ?")
        var quoter = QuoteWalker(text: "")
        var currentSource: Int64?
        let sourceColumn = CodingReader.columnCount + 6
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let source: Int64 = row[sourceColumn]
            if source != currentSource {
                quoter = QuoteWalker(text: try String.fetchOne(textStatement, arguments: [source]) ?? "")
                currentSource = source
            }
            try body(Self.fragment(row, quote: quoter.quote(ScalarRange(start: row[2], end: row[3]))))
        }
    }
}

/// Quotes of one source's text for ranges by start, walking its UTF-8 on from the last start
/// (as ``Project/quotes(of:db:)`` does for the ranges of many sources at once).
struct QuoteWalker {
    private var text: [UInt8]
    private var position = (offset: 0, index: 0)

    init(text: String) {
        self.text = Array(text.utf8)
    }

    /// The text of `range`; empty when it runs past the end. Quickest when ranges come by start.
    mutating func quote(_ range: ScalarRange) -> String {
        if range.start < position.offset { position = (0, 0) }
        return text.withUnsafeBufferPointer { bytes in
            // The byte at which `n` scalars after the scalar starting at `from` start, or nil
            // past the end (a scalar starts at every byte that is not `10xxxxxx`).
            func advance(_ from: Int, by n: Int) -> Int? {
                var index = from
                for _ in 0..<max(0, n) {
                    guard index < bytes.count else { return nil }
                    index += 1
                    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                }
                return index
            }
            guard let start = advance(position.index, by: range.start - position.offset),
                  let end = advance(start, by: range.end - range.start) else { return "" }
            position = (range.start, start)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }
}
