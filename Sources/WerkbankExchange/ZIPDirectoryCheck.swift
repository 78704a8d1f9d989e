import Foundation

/// Reads a ZIP file's directory before ZIPFoundation does, for the offsets and sizes that make
/// it trap rather than throw: ZIPFoundation 0.9.20 converts them to `off_t` or `Int64`, or adds
/// them, unchecked, so a ZIP64 field near 2^64 in a 200-byte file stops the process (the
/// central directory's offset in the ZIP64 end record, an entry's local header offset, or the
/// compressed size of an entry with a data descriptor, while listing the entries).
///
/// Nothing is unpacked here and nothing else is judged: a directory this check cannot follow
/// is left to ZIPFoundation, which refuses it.
enum ZIPDirectoryCheck {
    /// What is wrong, or `nil`. `read(offset, count)` returns up to `count` bytes at `offset`.
    static func problem(size: UInt64, read: (UInt64, Int) -> Data) -> String? {
        let tailLength = Int(min(size, 22 + 0xFFFF))
        let tail = [UInt8](read(size - UInt64(tailLength), tailLength))
        guard tail.count == tailLength, tailLength >= 22,
              let end = (0...(tailLength - 22)).reversed().first(where: { uint(tail, $0, 4) == 0x0605_4B50 })
        else { return nil }
        let endOffset = size - UInt64(tailLength) + UInt64(end)
        var entryCount = uint(tail, end + 10, 2)
        var directorySize = uint(tail, end + 12, 4)
        var directoryOffset = uint(tail, end + 16, 4)
        // As ZIPFoundation finds it: the ZIP64 end record right before its locator, right
        // before the end record (the locator's own offset is not used).
        if endOffset > 20 + 56 {
            let record = [UInt8](read(endOffset - 20 - 56, 56 + 20))
            if record.count == 76, uint(record, 56, 4) == 0x0706_4B50, uint(record, 0, 4) == 0x0606_4B50 {
                entryCount = uint(record, 32, 8)
                directorySize = uint(record, 40, 8)
                directoryOffset = uint(record, 48, 8)
            }
        }
        guard directoryOffset <= size, directorySize <= size else { return "its central directory lies beyond the file" }
        let directory = [UInt8](read(directoryOffset, Int(directorySize)))
        var at = 0
        var seen: UInt64 = 0
        while seen < entryCount, at + 46 <= directory.count, uint(directory, at, 4) == 0x0201_4B50 {
            let nameLength = Int(uint(directory, at + 28, 2)), extraLength = Int(uint(directory, at + 30, 2))
            let commentLength = Int(uint(directory, at + 32, 2))
            guard at + 46 + nameLength + extraLength <= directory.count else { return nil }
            let name = String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            var uncompressed = uint(directory, at + 24, 4), compressed = uint(directory, at + 20, 4)
            var offset = uint(directory, at + 42, 4)
            let extra = Array(directory[(at + 46 + nameLength)..<(at + 46 + nameLength + extraLength)])
            if let fields = zip64Fields(extra) {
                // Present, in this order, only for the fields whose 32-bit value is all ones.
                var next = 0
                func take(_ value: inout UInt64) {
                    guard value == 0xFFFF_FFFF, next + 8 <= fields.count else { return }
                    value = uint(fields, next, 8)
                    next += 8
                }
                take(&uncompressed)
                take(&compressed)
                take(&offset)
            }
            let flags = uint(directory, at + 8, 2), method = uint(directory, at + 10, 2)
            let described = flags & 0x08 != 0 && method == 0 ? uncompressed : compressed
            guard offset <= size, compressed <= size, described <= size else {
                return "entry '\(name)' declares sizes or an offset beyond the file"
            }
            at += 46 + nameLength + extraLength + commentLength
            seen += 1
        }
        return nil
    }

    /// The problem of a ZIP file on disk; `nil` also when it cannot be read (the caller's open
    /// will say why).
    static func problem(of url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return nil }
        return problem(size: size) { offset, count in
            guard (try? handle.seek(toOffset: offset)) != nil else { return Data() }
            return (try? handle.read(upToCount: count)) ?? Data()
        }
    }

    /// The problem of a ZIP file in memory.
    static func problem(of data: Data) -> String? {
        problem(size: UInt64(data.count)) { offset, count in
            let start = data.startIndex + Int(offset)
            return data[start..<min(data.endIndex, start + count)]
        }
    }

    /// The data of the ZIP64 extended information field (header id 1), if any.
    private static func zip64Fields(_ extra: [UInt8]) -> [UInt8]? {
        var at = 0
        while at + 4 <= extra.count {
            let id = uint(extra, at, 2), length = Int(uint(extra, at + 2, 2))
            guard at + 4 + length <= extra.count else { return nil }
            if id == 1 { return Array(extra[(at + 4)..<(at + 4 + length)]) }
            at += 4 + length
        }
        return nil
    }

    /// A little-endian unsigned integer of `count` bytes at `offset`.
    private static func uint(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> UInt64 {
        (0..<count).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
}
