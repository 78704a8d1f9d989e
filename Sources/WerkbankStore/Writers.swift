import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import WerkbankCore

/// A prepared statement for many rows, bound and stepped through SQLite's C interface.
///
/// Importing a corpus inserts hundreds of thousands of rows; GRDB's per-execution work (an
/// array of boxed arguments, observation and region bookkeeping) cost more than SQLite's
/// insert itself. The statement is GRDB's cached one, left reset and unbound after each execution.
struct BulkStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?
    /// Added to every parameter index: the first parameter of one row of a multi-row statement.
    private var offset: Int32 = 0

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// The same statement with parameter `index` meaning parameter `index + offset`.
    func shifted(by offset: Int) -> BulkStatement {
        var shifted = self
        shifted.offset = self.offset + Int32(offset)
        return shifted
    }

    /// SQLite copies the bytes it is given (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, offset + index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, offset + index, Int64(value)) }
    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, offset + index, value) }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, offset + index)
            return
        }
        value.withUTF8 { bind(index, utf8: $0) }
    }

    func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else {
            // No bytes is the empty text; a null pointer would bind NULL.
            sqlite3_bind_text(handle, offset + index, "", 0, Self.transient)
            return
        }
        start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            _ = sqlite3_bind_text(handle, offset + index, $0, Int32(bytes.count), Self.transient)
        }
    }

    /// A copy of a value read by another statement (`sqlite3_column_value`).
    func bind(_ index: Int32, value: OpaquePointer?) {
        sqlite3_bind_value(handle, offset + index, value)
    }

    /// A UUID as `uuidString` spells it (36 upper-case characters), without making a String.
    func bind(_ index: Int32, uuid: UUID) {
        let digits: StaticString = "0123456789ABCDEF"
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { buffer in
            withUnsafeBytes(of: uuid.uuid) { raw in
                var out = 0
                for (position, byte) in raw.enumerated() {
                    if position == 4 || position == 6 || position == 8 || position == 10 {
                        buffer[out] = UInt8(ascii: "-")
                        out += 1
                    }
                    buffer[out] = digits.utf8Start[Int(byte >> 4)]
                    buffer[out + 1] = digits.utf8Start[Int(byte & 0x0F)]
                    out += 2
                }
            }
            bind(index, utf8: UnsafeBufferPointer(buffer))
        }
    }

    func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Runs the statement once with the bound values, then clears them.
    func execute() throws {
        let code = sqlite3_step(handle)
        let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(connection))
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}

/// Inserts many rows into one table, up to ``rowsPerStatement`` in one multi-row `VALUES`
/// statement: SQLite's work per statement (starting the program, checking the schema) is then
/// paid once for many rows rather than for each.
struct RowInserter {
    let db: Database
    /// The table and its columns, as in `INSERT INTO turn (sourceID, speaker, start, "end")`.
    let table: String
    let columns: Int
    var rowsPerStatement = 64

    /// Inserts a row for each element of `rows`, in order; `bind(element, values)` binds the
    /// row's values as parameters 1…``columns`` of `values`.
    func insert<Rows: Sequence>(_ rows: Rows, _ bind: (Rows.Element, BulkStatement) throws -> Void) throws {
        var batch: [Rows.Element] = []
        batch.reserveCapacity(rowsPerStatement)
        var full: BulkStatement?
        func flush() throws {
            let statement: BulkStatement
            if batch.count == rowsPerStatement, let full {
                statement = full
            } else {
                statement = try self.statement(rows: batch.count)
                if batch.count == rowsPerStatement { full = statement }
            }
            do {
                for (index, row) in batch.enumerated() {
                    try bind(row, statement.shifted(by: index * columns))
                }
            } catch {
                statement.clearBindings()
                throw error
            }
            try statement.execute()
            batch.removeAll(keepingCapacity: true)
        }
        for row in rows {
            batch.append(row)
            if batch.count == rowsPerStatement { try flush() }
        }
        if !batch.isEmpty { try flush() }
    }

    private func statement(rows: Int) throws -> BulkStatement {
        let marks = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return try BulkStatement(db, sql: "INSERT INTO \(table) VALUES " + Array(repeating: marks, count: rows).joined(separator: ", "))
    }

    /// Copies every row of `table` in `source` to the table of the same name in `db`.
    static func copy(_ table: String, from source: Database, to db: Database) throws {
        let quoted = table.quotedDatabaseIdentifier
        let count = try Int.fetchOne(source, sql: "SELECT COUNT(*) FROM \(quoted)") ?? 0
        let select = try source.makeStatement(sql: "SELECT * FROM \(quoted)")
        let handle = select.sqliteStatement
        let columns = select.columnNames
        let into = "\(quoted) (\(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")))"
        defer { sqlite3_reset(handle) }
        try RowInserter(db: db, table: into, columns: columns.count).insert(0..<count) { _, values in
            guard sqlite3_step(handle) == SQLITE_ROW else {
                throw DatabaseError(resultCode: .SQLITE_ERROR, message: "\(table) changed while being copied", sql: select.sql)
            }
            for column in 0..<Int32(columns.count) {
                values.bind(column + 1, value: sqlite3_column_value(handle, column))
            }
        }
    }
}

/// Inserts codes, resolving the parent's short name to its row.
struct CodeWriter {
    let db: Database

    func insert(_ code: Code, position: Int) throws {
        let parentID = try code.parent.map { parent -> Int64 in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM code WHERE short = ?", arguments: [parent]) else {
                throw ProjectError.unknownCode(parent)
            }
            return id
        }
        try db.execute(sql: """
            INSERT INTO code (guid, short, name, gloss, description, colour, parentID, groupID, position, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [UUID.stable(from: "code|\(code.short)").uuidString, code.short, code.name, code.gloss,
                             code.description, code.colour.hex, parentID, code.groupID, position,
                             try code.detail.map { try StudyImporter.json(CodeDetailRecord($0)) }])
    }
}

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

/// Inserts sources with their participants, turns and searchable passages.
///
/// A writer may insert many sources; rows go in through multi-row statements (``RowInserter``).
final class SourceWriter {
    let db: Database

    init(db: Database) {
        self.db = db
    }

    func insert(_ source: Source, caseRowID: Int64, position: Int) throws -> Int64 {
        let prepared = [try PreparedSource(source)]
        let rowIDs = try insertRows(prepared, caseRowIDs: [caseRowID], firstPosition: position)
        try insertPassages(prepared, sourceRowIDs: rowIDs)
        return rowIDs[0]
    }

    /// The sources' rows, participants and turns: everything but the search index. Returns the
    /// sources' row ids.
    func insertRows(_ sources: [PreparedSource], caseRowIDs: [Int64], firstPosition: Int) throws -> [Int64] {
        let sourceStatement = try BulkStatement(db, sql: """
            INSERT INTO source (guid, slug, caseID, title, kind, date, interviewers, length, words, position, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let participantStatement = try BulkStatement(db, sql: """
            INSERT INTO participant (caseID, speaker, role, description) VALUES (?, ?, ?, ?)
            ON CONFLICT (caseID, speaker) DO NOTHING
            """)
        let linkStatement = try BulkStatement(db, sql: """
            INSERT INTO sourceParticipant (sourceID, participantID)
            SELECT ?, id FROM participant WHERE caseID = ? AND speaker = ?
            """)
        var rowIDs: [Int64] = []
        rowIDs.reserveCapacity(sources.count)
        for (index, (prepared, caseRowID)) in zip(sources, caseRowIDs).enumerated() {
            let source = prepared.source
            sourceStatement.bind(1, prepared.guid)
            sourceStatement.bind(2, source.id)
            sourceStatement.bind(3, caseRowID)
            sourceStatement.bind(4, source.title)
            sourceStatement.bind(5, source.kind.rawValue)
            sourceStatement.bind(6, source.date)
            sourceStatement.bind(7, prepared.interviewers)
            sourceStatement.bind(8, prepared.length)
            sourceStatement.bind(9, prepared.words)
            sourceStatement.bind(10, firstPosition + index)
            sourceStatement.bind(11, source.text)
            try sourceStatement.execute()
            let sourceRowID = db.lastInsertedRowID
            rowIDs.append(sourceRowID)
            for participant in source.participants {
                participantStatement.bind(1, caseRowID)
                participantStatement.bind(2, participant.id)
                participantStatement.bind(3, participant.role)
                participantStatement.bind(4, participant.description)
                try participantStatement.execute()
                linkStatement.bind(1, sourceRowID)
                linkStatement.bind(2, caseRowID)
                linkStatement.bind(3, participant.id)
                try linkStatement.execute()
            }
        }
        let turns = zip(sources, rowIDs).lazy.flatMap { prepared, rowID in prepared.source.turns.lazy.map { (rowID, $0) } }
        try RowInserter(db: db, table: "turn (sourceID, speaker, start, \"end\")", columns: 4).insert(turns) { row, values in
            let (sourceRowID, turn) = row
            values.bind(1, sourceRowID)
            values.bind(2, turn.speaker)
            values.bind(3, turn.range.start)
            values.bind(4, turn.range.end)
        }
        return rowIDs
    }

    /// The sources' passages: their spans, and their texts into the search index.
    func insertPassages(_ sources: [PreparedSource], sourceRowIDs: [Int64]) throws {
        let firstID = try nextPassageID()
        try insertSpans(sources, sourceRowIDs: sourceRowIDs, firstID: firstID)
        try Self.insertIndexed(sources, firstID: firstID, into: db)
    }

    /// The id the next passage gets.
    func nextPassageID() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM passage") ?? 1
    }

    /// The sources' passage spans, numbered in order from `firstID`.
    func insertSpans(_ sources: [PreparedSource], sourceRowIDs: [Int64], firstID: Int64) throws {
        let spans = zip(sources, sourceRowIDs).lazy.flatMap { source, rowID in source.passages.lazy.map { (rowID, $0.range) } }
        try RowInserter(db: db, table: "passage (id, sourceID, start, \"end\")", columns: 4).insert(zip(firstID..., spans)) { row, values in
            let (id, (sourceRowID, range)) = row
            values.bind(1, id)
            values.bind(2, sourceRowID)
            values.bind(3, range.start)
            values.bind(4, range.end)
        }
    }

    /// The passages' texts into `passageIndex` of `db`, numbered from `firstID` in order. One
    /// row per statement: a statement of many rows opens a savepoint, and at each savepoint
    /// FTS5 writes what it has gathered so far as one more small segment, to be merged later.
    /// `stop` is asked before each source; when it answers true, this throws `CancellationError`.
    static func insertIndexed(_ sources: [PreparedSource], firstID: Int64, into db: Database, stop: () -> Bool = { false }) throws {
        let statement = try BulkStatement(db, sql: "INSERT INTO passageIndex (rowid, text) VALUES (?, ?)")
        var id = firstID
        for source in sources {
            if stop() { throw CancellationError() }
            for passage in source.passages {
                statement.bind(1, id)
                source.withUTF8(passage.bytes) { statement.bind(2, utf8: $0) }
                try statement.execute()
                id += 1
            }
        }
    }

    /// The stretches indexed for search: the turns, or the paragraphs of a source without turns.
    static func passages(of source: Source) -> [ScalarRange] {
        if !source.turns.isEmpty { return source.turns.map(\.range).filter { !$0.isEmpty }.sorted() }
        var ranges: [ScalarRange] = []
        var start: Int?
        var newlines = 0
        for (offset, scalar) in source.text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                newlines += 1
                if newlines == 2, let open = start {
                    ranges.append(ScalarRange(start: open, end: offset - 1))
                    start = nil
                }
            } else if !scalar.properties.isWhitespace {
                newlines = 0
                if start == nil { start = offset }
            }
        }
        if let open = start { ranges.append(ScalarRange(start: open, end: source.text.scalarCount)) }
        return ranges
    }
}

/// A coding as the journal keeps it: everything needed to put it back exactly.
struct CodingSnapshot: Codable, Equatable {
    var guid: UUID
    var source: String
    var start: Int
    var end: Int
    var code: String
    var coder: String
    var memo: String?
    var created: Date
    var modified: Date

    init(_ coding: Coding) {
        guid = coding.id
        source = coding.sourceID
        start = coding.range.start
        end = coding.range.end
        code = coding.code
        coder = coding.coder
        memo = coding.memo
        created = coding.created ?? Date()
        modified = coding.modified ?? created
    }

    var coding: Coding {
        Coding(id: guid, sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: coder,
               memo: memo, created: created, modified: modified)
    }
}

/// Inserts, replaces and deletes codings by GUID, checking source, range and code.
///
/// Row ids of sources, codes and coders are looked up once per writer and remembered, so
/// that importing many codings costs one insert each.
final class CodingWriter {
    let db: Database
    private var sources: [String: (rowID: Int64, length: Int)] = [:]
    private var codes: [String: Int64] = [:]
    private var coders: [String: Int64] = [:]

    init(db: Database) {
        self.db = db
    }

    func insert(_ coding: Coding) throws {
        try insert([coding])
    }

    /// Inserts codings in their order, many rows per statement.
    func insert(_ codings: [Coding]) throws {
        let now = Date().timeIntervalSince1970
        let table = "coding (guid, sourceID, start, \"end\", codeID, coderID, memo, created, modified)"
        try RowInserter(db: db, table: table, columns: 9).insert(codings) { coding, values in
            let (sourceRowID, length) = try source(coding.sourceID)
            guard coding.range.start >= 0, coding.range.start < coding.range.end, coding.range.end <= length else {
                throw ProjectError.invalidRange(source: coding.sourceID, start: coding.range.start, end: coding.range.end, length: length)
            }
            let (codeRowID, coderRowID) = (try code(coding.code), try coder(coding.coder))
            let created = coding.created?.timeIntervalSince1970 ?? now
            values.bind(1, uuid: coding.id)
            values.bind(2, sourceRowID)
            values.bind(3, coding.range.start)
            values.bind(4, coding.range.end)
            values.bind(5, codeRowID)
            values.bind(6, coderRowID)
            values.bind(7, coding.memo)
            values.bind(8, created)
            values.bind(9, coding.modified?.timeIntervalSince1970 ?? created)
        }
    }

    func delete(_ id: UUID) throws {
        try db.execute(sql: "DELETE FROM coding WHERE guid = ?", arguments: [id.uuidString])
        guard db.changesCount == 1 else { throw ProjectError.unknownCoding(id) }
    }

    /// Puts a coding back as `snapshot` describes it, or removes it when `snapshot` is `nil`.
    func restore(guid: UUID, to snapshot: CodingSnapshot?) throws {
        try db.execute(sql: "DELETE FROM coding WHERE guid = ?", arguments: [guid.uuidString])
        if let snapshot { try insert(snapshot.coding) }
    }

    private func source(_ slug: String) throws -> (Int64, Int) {
        if let known = sources[slug] { return known }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, length FROM source WHERE slug = ?"), arguments: [slug]) else {
            throw ProjectError.unknownSource(slug)
        }
        let found = (rowID: row["id"] as Int64, length: row["length"] as Int)
        sources[slug] = found
        return found
    }

    private func code(_ short: String) throws -> Int64 {
        if let known = codes[short] { return known }
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM code WHERE short = ?"), arguments: [short]) else {
            throw ProjectError.unknownCode(short)
        }
        codes[short] = id
        return id
    }

    /// The coder's row, made on first use: a coder is anyone who codes.
    private func coder(_ name: String) throws -> Int64 {
        if let known = coders[name] { return known }
        try db.cachedStatement(sql: "INSERT INTO coder (name) VALUES (?) ON CONFLICT (name) DO NOTHING").execute(arguments: [name])
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM coder WHERE name = ?"), arguments: [name]) else {
            throw ProjectError.database(path: "", message: "coder \(name) could not be stored")
        }
        coders[name] = id
        return id
    }
}
