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
    /// The sources met so far, by slot, with their turns where the caller gave them.
    private var sources: [(rowID: Int64, length: Int, turns: (starts: [Int], speakers: [String])?)] = []
    private var slots: [String: Int] = [:]
    private var lastSource: (slug: String, slot: Int)?
    private var codes: [String: Int64] = [:]
    private var coders: [String: Int64] = [:]
    /// Turn starts and speakers by source id, in order.
    private let givenTurns: [String: (starts: [Int], speakers: [String])]

    /// `turns`: the turns of sources by id, where the caller has them (an import, while the
    /// turn index is down); others are read when needed.
    init(db: Database, turns: [String: [Turn]] = [:]) {
        self.db = db
        self.givenTurns = turns.mapValues { turns in
            let ordered = turns.sorted { $0.range.start < $1.range.start }
            return (ordered.map(\.range.start), ordered.map(\.speaker))
        }
    }

    func insert(_ coding: Coding) throws {
        try insert([coding])
    }

    /// Inserts codings in their order, many rows per statement.
    ///
    /// Each coding is checked (source, range, code, coder) in order before any is written, and
    /// the speakers are found source by source: looking each coding's turns up in its own
    /// order touched a different source's turns every time, and at 1,000,000 codings those no
    /// longer stayed in the processor's caches (decision 69).
    func insert(_ codings: [Coding]) throws {
        let now = Date().timeIntervalSince1970
        var rows: [(source: Int64, code: Int64, coder: Int64)] = []
        rows.reserveCapacity(codings.count)
        var slots: [Int32] = []
        slots.reserveCapacity(codings.count)
        // Kept apart from the codings, which are read out of order below: 8 bytes a coding
        // stay in the caches where the codings themselves do not.
        var starts: [Int] = []
        starts.reserveCapacity(codings.count)
        for coding in codings {
            let slot = try sourceSlot(coding.sourceID)
            let (rowID, length) = (sources[slot].rowID, sources[slot].length)
            guard coding.range.start >= 0, coding.range.start < coding.range.end, coding.range.end <= length else {
                throw ProjectError.invalidRange(source: coding.sourceID, start: coding.range.start, end: coding.range.end, length: length)
            }
            rows.append((rowID, try code(coding.code), try coder(coding.coder)))
            slots.append(Int32(slot))
            starts.append(coding.range.start)
        }
        let speakers = try speakers(at: starts, slots: slots)
        let table = "coding (guid, sourceID, start, \"end\", codeID, coderID, memo, created, modified, speaker)"
        try RowInserter(db: db, table: table, columns: 10).insert(codings.indices) { index, values in
            let row = rows[index]
            values.bind(1, uuid: codings[index].id)
            values.bind(2, row.source)
            values.bind(3, codings[index].range.start)
            values.bind(4, codings[index].range.end)
            values.bind(5, row.code)
            values.bind(6, row.coder)
            values.bind(7, codings[index].memo)
            let created = codings[index].created?.timeIntervalSince1970 ?? now
            values.bind(8, created)
            values.bind(9, codings[index].modified?.timeIntervalSince1970 ?? created)
            values.bind(10, speakers[index])
        }
    }

    /// The speaker of each coding, given its start and its source's slot: of the last turn of
    /// its source starting at or before it. Codings are taken source by source (a counting
    /// sort on their sources' slots).
    private func speakers(at starts: [Int], slots: [Int32]) throws -> [String?] {
        var speakers = [String?](repeating: nil, count: starts.count)
        var firsts = [Int](repeating: 0, count: sources.count + 1)
        for slot in slots { firsts[Int(slot) + 1] += 1 }
        for slot in sources.indices { firsts[slot + 1] += firsts[slot] }
        var next = firsts
        var order = [Int](repeating: 0, count: starts.count)
        for (index, slot) in slots.enumerated() {
            order[next[Int(slot)]] = index
            next[Int(slot)] += 1
        }
        for slot in sources.indices where firsts[slot] < firsts[slot + 1] {
            let group = order[firsts[slot]..<firsts[slot + 1]]
            guard let known = sources[slot].turns else {
                // Not given (an edit, not an import): one lookup on the turn index per coding
                // (reading all of a long source's turns for one coding cost a millisecond).
                let statement = try db.cachedStatement(sql: """
                    SELECT speaker FROM turn WHERE sourceID = ? AND start <= ? ORDER BY start DESC LIMIT 1
                    """)
                for index in group {
                    speakers[index] = try String.fetchOne(statement, arguments: [sources[slot].rowID, starts[index]])
                }
                continue
            }
            for index in group {
                let offset = starts[index]
                var low = 0, high = known.starts.count
                while low < high {
                    let middle = (low + high) / 2
                    if known.starts[middle] <= offset { low = middle + 1 } else { high = middle }
                }
                speakers[index] = low > 0 ? known.speakers[low - 1] : nil
            }
        }
        return speakers
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

    /// The slot in ``sources`` of the source `slug`, read on first use.
    private func sourceSlot(_ slug: String) throws -> Int {
        if let last = lastSource, last.slug == slug { return last.slot }
        if let known = slots[slug] {
            lastSource = (slug, known)
            return known
        }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, length FROM source WHERE slug = ?"), arguments: [slug]) else {
            throw ProjectError.unknownSource(slug)
        }
        sources.append((rowID: row["id"], length: row["length"], turns: givenTurns[slug]))
        slots[slug] = sources.count - 1
        lastSource = (slug, sources.count - 1)
        return sources.count - 1
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
