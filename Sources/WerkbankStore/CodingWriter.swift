import Foundation
import GRDB
import WerkbankCore

/// Inserts, replaces and deletes codings by GUID, checking source, range and code.
///
/// Row ids of sources, codes and coders are looked up once per writer and remembered, so
/// that importing many codings costs one insert each. Each coding is stored with the speaker
/// of the turn it starts in (the last turn starting at or before it).
final class CodingWriter {
    let db: Database
    private var sources: [String: (rowID: Int64, length: Int)] = [:]
    private var codes: [String: Int64] = [:]
    private var coders: [String: Int64] = [:]
    /// Turn starts and speakers by source id, in order.
    private let turns: [String: (starts: [Int], speakers: [String])]

    /// `turns`: the turns of sources by id, where the caller has them (an import, while the
    /// turn index is down); others are read when needed.
    init(db: Database, turns: [String: [Turn]] = [:]) {
        self.db = db
        self.turns = turns.mapValues { turns in
            let ordered = turns.sorted { $0.range.start < $1.range.start }
            return (ordered.map(\.range.start), ordered.map(\.speaker))
        }
    }

    func insert(_ coding: Coding) throws {
        try insert([coding])
    }

    /// Inserts codings in their order, many rows per statement.
    func insert(_ codings: [Coding]) throws {
        let now = Date().timeIntervalSince1970
        let table = "coding (guid, sourceID, start, \"end\", codeID, coderID, memo, created, modified, speaker)"
        try RowInserter(db: db, table: table, columns: 10).insert(codings) { coding, values in
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
            values.bind(10, try speaker(in: coding.sourceID, sourceRowID: sourceRowID, at: coding.range.start))
        }
    }

    /// The turns of the source of the last coding written: codings come mostly by source.
    private var lastTurns: (slug: String, starts: [Int], speakers: [String])?

    /// The speaker of the last turn of the source starting at or before `offset`: from the
    /// turns given (an import), else one lookup on the turn index (reading all of a long
    /// source's turns for one coding cost a millisecond).
    private func speaker(in slug: String, sourceRowID: Int64, at offset: Int) throws -> String? {
        if lastTurns?.slug != slug {
            guard let known = turns[slug] else {
                return try String.fetchOne(db.cachedStatement(sql: """
                    SELECT speaker FROM turn WHERE sourceID = ? AND start <= ? ORDER BY start DESC LIMIT 1
                    """), arguments: [sourceRowID, offset])
            }
            lastTurns = (slug, known.starts, known.speakers)
        }
        let (starts, speakers) = (lastTurns!.starts, lastTurns!.speakers)
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? speakers[low - 1] : nil
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
