import Foundation
import GRDB
import WerkbankCore

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

/// Inserts a source with its participants, turns and searchable passages.
struct SourceWriter {
    let db: Database

    func insert(_ source: Source, caseRowID: Int64, position: Int) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO source (guid, slug, caseID, title, kind, date, interviewers, length, words, position, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [UUID.stable(from: "source|\(source.id)").uuidString, source.id, caseRowID, source.title,
                             source.kind.rawValue, source.date, try StudyImporter.json(source.interviewers),
                             source.text.scalarCount, source.wordCount, position, source.text])
        let sourceRowID = db.lastInsertedRowID
        for participant in source.participants {
            try db.execute(sql: """
                INSERT INTO participant (caseID, speaker, role, description) VALUES (?, ?, ?, ?)
                ON CONFLICT (caseID, speaker) DO NOTHING
                """, arguments: [caseRowID, participant.id, participant.role, participant.description])
            try db.execute(sql: """
                INSERT INTO sourceParticipant (sourceID, participantID)
                SELECT ?, id FROM participant WHERE caseID = ? AND speaker = ?
                """, arguments: [sourceRowID, caseRowID, participant.id])
        }
        let turnStatement = try db.cachedStatement(sql: "INSERT INTO turn (sourceID, speaker, start, \"end\") VALUES (?, ?, ?, ?)")
        for turn in source.turns {
            turnStatement.setUncheckedArguments([sourceRowID, turn.speaker, turn.range.start, turn.range.end])
            try turnStatement.execute()
        }
        let passageStatement = try db.cachedStatement(sql: "INSERT INTO passage (text, sourceID, start, \"end\") VALUES (?, ?, ?, ?)")
        let scalars = source.text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        // Passages come in text order, so one walk through the scalars finds them all.
        for range in Self.passages(of: source) {
            index = scalars.index(index, offsetBy: range.start - offset)
            let end = scalars.index(index, offsetBy: range.length)
            // Through the UTF-8 view the text is copied, not decoded scalar by scalar.
            let passage = String(decoding: source.text.utf8[index..<end], as: UTF8.self)
            passageStatement.setUncheckedArguments([passage, sourceRowID, range.start, range.end])
            try passageStatement.execute()
            index = end
            offset = range.end
        }
        return sourceRowID
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
        let (sourceRowID, length) = try source(coding.sourceID)
        guard coding.range.start >= 0, coding.range.start < coding.range.end, coding.range.end <= length else {
            throw ProjectError.invalidRange(source: coding.sourceID, start: coding.range.start, end: coding.range.end, length: length)
        }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO coding (guid, sourceID, start, "end", codeID, coderID, memo, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let now = Date()
        let created = (coding.created ?? now).timeIntervalSince1970
        statement.setUncheckedArguments([coding.id.uuidString, sourceRowID, coding.range.start, coding.range.end,
                                         try code(coding.code), try coder(coding.coder), coding.memo,
                                         created, coding.modified?.timeIntervalSince1970 ?? created])
        try statement.execute()
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
