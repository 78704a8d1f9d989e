import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Adds a sub-code under a code (inductive refinement), at the end of its parent's group.
    /// Undoable: undo removes it again (which fails while codings use it).
    @discardableResult
    public func addSubcode(short: String, name: String, parent: String, colour: RGBColour, gloss: String = "",
                           description: String = "") throws(ProjectError) -> Code {
        let trimmed = short.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else {
            throw .database(path: url.path, message: "a code's short name must be one word, e.g. LOS-SCHOLING")
        }
        return try write { db in
            guard let parentRow = try Row.fetchOne(db, sql: "SELECT id, groupID FROM code WHERE short = ?", arguments: [parent]) else {
                throw ProjectError.unknownCode(parent)
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM code WHERE short = ?", arguments: [trimmed]) != nil {
                throw ProjectError.database(path: url.path, message: "there is already a code `\(trimmed)`")
            }
            let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM code") ?? 0) + 1
            let code = Code(short: trimmed, name: name.isEmpty ? trimmed : name, gloss: gloss, description: description,
                            colour: colour, parent: parent, groupID: parentRow["groupID"])
            try CodeWriter(db: db).insert(code, position: position)
            try Journal(db: db, coder: actingCoder).record("new code \(trimmed)", entity: .code, before: nil as CodeSnapshot?, after: CodeSnapshot(code))
            return code
        }
    }
}

/// A code as the journal keeps it.
struct CodeSnapshot: Codable, Equatable {
    var short: String
    var name: String
    var gloss: String
    var description: String
    var colour: String
    var parent: String?
    var groupID: String

    init(_ code: Code) {
        short = code.short
        name = code.name
        gloss = code.gloss
        description = code.description
        colour = code.colour.hex
        parent = code.parent
        groupID = code.groupID
    }

    var code: Code {
        Code(short: short, name: name, gloss: gloss, description: description,
             colour: RGBColour(hex: colour) ?? RGBColour(red: 128, green: 128, blue: 128), parent: parent, groupID: groupID)
    }

    /// Puts the code in (`after` of a journal row) or takes it out (`before`, which is nil).
    static func restore(short: String, to snapshot: CodeSnapshot?, in db: Database) throws {
        if let snapshot {
            let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM code") ?? 0) + 1
            try CodeWriter(db: db).insert(snapshot.code, position: position)
        } else {
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding WHERE codeID = (SELECT id FROM code WHERE short = ?)", arguments: [short]) == 0 else {
                throw ProjectError.database(path: "", message: "code `\(short)` is in use; remove its codings first")
            }
            try db.execute(sql: "DELETE FROM code WHERE short = ?", arguments: [short])
        }
    }
}
