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
