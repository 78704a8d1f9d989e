import Foundation
import GRDB
import WerkbankCore

/// Reads codings and fragments.
struct CodingReader {
    let db: Database

    static let columns = """
        c.guid, s.slug AS source, c.start, c."end", k.short AS code, d.name AS coder, c.memo, c.created, c.modified
        """
    static let joins = """
        FROM coding c JOIN source s ON s.id = c.sourceID JOIN code k ON k.id = c.codeID JOIN coder d ON d.id = c.coderID
        """

    /// The coding of a row that starts with ``columns``, read by position: looking columns up
    /// by name lowercases each name for every row, a quarter of exporting 100,000 codings.
    static func coding(from row: Row) -> Coding {
        Coding(id: uuid(row[0]) ?? UUID(), sourceID: row[1],
               range: ScalarRange(start: row[2], end: row[3]), code: row[4], coder: row[5],
               memo: row[6], created: Date(timeIntervalSince1970: row[7]),
               modified: Date(timeIntervalSince1970: row[8]))
    }

    /// A GUID as stored (`8-4-4-4-12` hex digits), read without `UUID(uuidString:)`, which
    /// parsed with `sscanf` (a tenth of exporting 100,000 codings); anything else goes to it.
    static func uuid(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { uuid(bytes: UnsafeRawBufferPointer($0)) } ?? UUID(uuidString: text)
    }

    /// The GUID in the bytes of a stored `8-4-4-4-12` text (as ``uuid(_:)`` reads it), or `nil`
    /// when they hold anything else; read from SQLite's own buffer, no `String` is made.
    static func uuid(bytes data: Data?) -> UUID? {
        data.flatMap { data in data.withUnsafeBytes { uuid(bytes: $0) } }
    }

    private static func uuid(bytes: UnsafeRawBufferPointer) -> UUID? {
        guard bytes.count == 36 else { return nil }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed = withUnsafeMutableBytes(of: &value) { value -> Bool in
            var at = 0
            var high: UInt8?
            for (index, byte) in bytes.enumerated() {
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard byte == 0x2D else { return false }
                    continue
                }
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return false
                }
                if let first = high {
                    value[at] = first << 4 | digit
                    at += 1
                    high = nil
                } else {
                    high = digit
                }
            }
            return true
        }
        return parsed ? UUID(uuid: value) : nil
    }

    /// How many columns ``columns`` holds; columns a query adds after them start here.
    static let columnCount = 9

    func coding(_ id: UUID) throws -> Coding {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.columns) \(Self.joins) WHERE c.guid = ?", arguments: [id.uuidString]) else {
            throw ProjectError.unknownCoding(id)
        }
        return Self.coding(from: row)
    }
}

extension Project {
    /// One coding by its GUID.
    public func coding(_ id: UUID) throws(ProjectError) -> Coding {
        try read { db in try CodingReader(db: db).coding(id) }
    }

    /// The codings of a source that overlap `range` (all of them when `range` is `nil`), by start:
    /// of `coder` only when given, else of every coder but students practising (unless
    /// `includePractice`).
    public func codings(inSource source: String, overlapping range: ScalarRange? = nil, coder: String? = nil,
                        includePractice: Bool = false) throws(ProjectError) -> [Coding] {
        try read { db in
            guard let sourceRowID = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE slug = ?", arguments: [source]) else {
                throw ProjectError.unknownSource(source)
            }
            var sql = "SELECT \(CodingReader.columns) \(CodingReader.joins) WHERE c.sourceID = ?"
            var arguments: StatementArguments = [sourceRowID]
            if let range {
                sql += " AND c.start < ? AND c.\"end\" > ?"
                arguments += [range.end, range.start]
            }
            if let coder {
                sql += " AND d.name = ?"
                arguments += [coder]
            } else if !includePractice {
                sql += try " AND " + PracticeLayer.excluded(db: db)
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY c.start, c.\"end\", k.position", arguments: arguments).map(CodingReader.coding)
        }
    }

    /// Every coding of the project, by source and start.
    public func allCodings() throws(ProjectError) -> [Coding] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(CodingReader.columns) \(CodingReader.joins) ORDER BY s.position, c.start, c.\"end\", k.position")
                .map(CodingReader.coding)
        }
    }
}

extension Project {
    /// The GUIDs of codings that start with `prefix` (case-insensitive, hyphens optional), so
    /// that a user can name a coding by its first characters as with git commits.
    public func codingIDs(matching prefix: String) throws(ProjectError) -> [UUID] {
        let cleaned = prefix.uppercased().filter { $0.isHexDigit }
        guard !cleaned.isEmpty else { return [] }
        return try read { db in
            try String.fetchAll(db, sql: "SELECT guid FROM coding WHERE replace(guid, '-', '') LIKE ? || '%' LIMIT 10",
                                arguments: [cleaned]).compactMap(UUID.init(uuidString:))
        }
    }
}
