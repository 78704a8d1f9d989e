import Foundation

/// RFC 4180 CSV as UTF-8 bytes, written a row at a time into a buffer that is handed to a sink
/// whenever it fills: a table of any size is written in bounded memory.
///
/// The bytes are those CSV.swift's `CSVWriter` wrote (CRLF between rows, none after the last):
/// a field is quoted when it contains `"`, `,`, CR or LF, and its quotes are doubled. That
/// writer handled one scalar at a time through `OutputStream` (3.4 s for 100,000 codings);
/// this one copies each field's UTF-8 at once (decision 57).
public struct CSVText {
    /// Where full buffers go; the last, partly filled one goes at ``finish()``.
    public typealias Sink = (UnsafeBufferPointer<UInt8>) throws -> Void

    private var buffer: [UInt8] = []
    private let capacity: Int
    private let sink: Sink
    private var isFirstRow = true

    /// A writer handing its bytes to `sink` in pieces of about `capacity` bytes.
    public init(capacity: Int = 1 << 20, sink: @escaping Sink) {
        self.capacity = capacity
        self.sink = sink
        buffer.reserveCapacity(capacity + 4096)
    }

    /// Appends a row, preceded by CRLF unless it is the first.
    public mutating func write<Fields: Sequence>(row: Fields) throws where Fields.Element == String {
        if isFirstRow { isFirstRow = false } else { buffer.append(0x0D); buffer.append(0x0A) }
        var first = true
        for field in row {
            if first { first = false } else { buffer.append(0x2C) }
            append(field)
        }
        if buffer.count >= capacity { try flush() }
    }

    /// Appends a row given as an array: the generic ``write(row:)`` called from another module
    /// walked the fields through unspecialized iterators (a tenth of a CSV export).
    public mutating func write(row: [String]) throws {
        if isFirstRow { isFirstRow = false } else { buffer.append(0x0D); buffer.append(0x0A) }
        for (index, field) in row.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            append(field)
        }
        if buffer.count >= capacity { try flush() }
    }

    /// Hands what is left to the sink.
    public mutating func finish() throws {
        try flush()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { try sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ field: String) {
        var field = field
        let special = field.withUTF8 { bytes in
            bytes.contains { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }
        }
        guard special, Self.needsQuotes(field) else {
            field.withUTF8 { buffer.append(contentsOf: $0) }
            return
        }
        buffer.append(0x22)
        // Quotes doubled byte by byte where each `"` stands between ASCII bytes (or an end):
        // then it is a character of its own. Foundation's replacement, kept for the rest, leaves
        // a `"` that a combining mark (or a prepended sign) joins into one character undoubled.
        let bytewise = field.withUTF8 { Self.isolatedSpecials(in: $0, where: { $0 == 0x22 }) }
        if bytewise {
            field.withUTF8 { bytes in
                // The runs between quotes at once, each quote twice.
                var start = 0
                for index in 0..<bytes.count where bytes[index] == 0x22 {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                    buffer.append(0x22)
                    start = index + 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
        } else {
            var quoted = field.replacingOccurrences(of: "\"", with: "\"\"")
            quoted.withUTF8 { buffer.append(contentsOf: $0) }
        }
        buffer.append(0x22)
    }

    /// CSV.swift's own test, kept for fields holding one of the special bytes: it compares
    /// with Foundation's `contains`, so a `,` (or CR) joined by a combining mark did not
    /// count. Five Foundation searches per field cost a tenth of a large export, so a field
    /// whose special bytes all stand between ASCII bytes (where each is a character of its
    /// own, and Foundation finds it) is answered without them (`CSVTextTests` against the
    /// library).
    private static func needsQuotes(_ value: String) -> Bool {
        var value = value
        if value.withUTF8({ isolatedSpecials(in: $0, where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }) }) { return true }
        let delimiter = ","
        return value.contains("\"") || value.contains(delimiter) || value.contains("\r") || value.contains("\n") || value.contains("\r\n")
    }

    /// Whether every byte that `isSpecial` picks has an ASCII byte (or an end) on either side.
    private static func isolatedSpecials(in bytes: UnsafeBufferPointer<UInt8>, where isSpecial: (UInt8) -> Bool) -> Bool {
        for index in 0..<bytes.count where isSpecial(bytes[index]) {
            guard (index == 0 || bytes[index - 1] < 0x80) && (index + 1 == bytes.count || bytes[index + 1] < 0x80) else { return false }
        }
        return true
    }

    /// Rows as one string, CRLF between rows and none after the last.
    public static func lines(_ rows: [[String]]) -> String {
        var bytes: [UInt8] = []
        var writer = CSVText { bytes.append(contentsOf: $0) }
        // Appending to memory cannot fail.
        for row in rows { try! writer.write(row: row) }
        try! writer.finish()
        return String(decoding: bytes, as: UTF8.self)
    }
}
