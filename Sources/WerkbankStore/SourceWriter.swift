import Foundation
import GRDB
import WerkbankCore

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
    /// sources' row ids. With a `buffer`, the participant links and turns are held there.
    func insertRows(_ sources: [PreparedSource], caseRowIDs: [Int64], firstPosition: Int,
                    buffer: SourceStructureBuffer? = nil) throws -> [Int64] {
        let sourceStatement = try BulkStatement(db, sql: """
            INSERT INTO source (guid, slug, caseID, title, kind, date, interviewers, length, words, position, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let participantStatement = try BulkStatement(db, sql: """
            INSERT INTO participant (caseID, speaker, role, description) VALUES (?, ?, ?, ?)
            ON CONFLICT (caseID, speaker) DO NOTHING
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
            }
            buffer?.add(sourceRowID: sourceRowID, caseRowID: caseRowID, source: source)
        }
        if buffer == nil {
            // Lazily: a new project's sources come all at once, a million turns at 10×.
            let pairs = zip(sources, zip(rowIDs, caseRowIDs)).lazy
            try insertLinks(pairs.flatMap { prepared, ids in prepared.source.participants.lazy.map { (ids.0, ids.1, $0.id) } })
            try insertTurns(pairs.flatMap { prepared, ids in prepared.source.turns.lazy.map { (ids.0, $0) } })
        }
        return rowIDs
    }

    /// Links sources to their case's participants by speaker.
    func insertLinks<Links: Sequence<(sourceRowID: Int64, caseRowID: Int64, speaker: String)>>(_ links: Links) throws {
        let linkStatement = try BulkStatement(db, sql: """
            INSERT INTO sourceParticipant (sourceID, participantID)
            SELECT ?, id FROM participant WHERE caseID = ? AND speaker = ?
            """)
        for link in links {
            linkStatement.bind(1, link.sourceRowID)
            linkStatement.bind(2, link.caseRowID)
            linkStatement.bind(3, link.speaker)
            try linkStatement.execute()
        }
    }

    /// Sources' turns, by the sources' row ids.
    func insertTurns<Turns: Sequence<(sourceRowID: Int64, turn: Turn)>>(_ turns: Turns) throws {
        try RowInserter(db: db, table: "turn (sourceID, speaker, start, \"end\")", columns: 4).insert(turns) { row, values in
            values.bind(1, row.sourceRowID)
            values.bind(2, row.turn.speaker)
            values.bind(3, row.turn.range.start)
            values.bind(4, row.turn.range.end)
        }
    }

    /// The sources' passages: their spans, and their texts into the search index. With a
    /// `buffer`, the spans are held there.
    func insertPassages(_ sources: [PreparedSource], sourceRowIDs: [Int64], buffer: SourceStructureBuffer? = nil) throws {
        let firstID: Int64
        if let buffer {
            firstID = buffer.nextPassageID
            for (source, rowID) in zip(sources, sourceRowIDs) { buffer.addSpans(of: source, sourceRowID: rowID) }
        } else {
            firstID = try nextPassageID()
            try insertSpans(sources, sourceRowIDs: sourceRowIDs, firstID: firstID)
        }
        try Self.insertIndexed(sources, firstID: firstID, into: db)
    }

    /// The id the next passage gets.
    func nextPassageID() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM passage") ?? 1
    }

    /// The sources' passage spans, numbered in order from `firstID`.
    func insertSpans(_ sources: [PreparedSource], sourceRowIDs: [Int64], firstID: Int64) throws {
        let spans = zip(sources, sourceRowIDs).lazy.flatMap { source, rowID in source.passages.lazy.map { (rowID, $0.range) } }
        try insertSpanRows(zip(firstID..., spans).lazy.map { ($0.0, $0.1.0, $0.1.1) })
    }

    /// Passage spans by id, source row id and range.
    func insertSpanRows<Spans: Sequence<(id: Int64, sourceRowID: Int64, range: ScalarRange)>>(_ spans: Spans) throws {
        try RowInserter(db: db, table: "passage (id, sourceID, start, \"end\")", columns: 4).insert(spans) { span, values in
            values.bind(1, span.id)
            values.bind(2, span.sourceRowID)
            values.bind(3, span.range.start)
            values.bind(4, span.range.end)
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
