import Foundation
import GRDB
import WerkbankCore

extension ProjectSchema {
    /// Free memos, as migration `v8-free-memos` made them.
    static func createFreeMemoTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE freeMemo (
                id INTEGER PRIMARY KEY,
                guid TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                text TEXT NOT NULL,
                author TEXT NOT NULL,
                subjectKind TEXT NOT NULL CHECK (subjectKind IN ('project', 'case', 'element', 'literature')),
                subjectKey TEXT,
                refAuthor TEXT,
                refYear TEXT,
                refTitle TEXT,
                created REAL NOT NULL,
                modified REAL NOT NULL);
            CREATE INDEX freeMemoBySubject ON freeMemo (subjectKind, subjectKey);
            """)
    }
}

/// A free memo as the journal keeps it.
struct FreeMemoSnapshot: Codable, Equatable {
    var guid: UUID
    var title: String
    var text: String
    var author: String
    var subjectKind: String
    var subjectKey: String?
    var reference: LiteratureReference?
    /// Seconds since 1970.
    var created: Double
    var modified: Double

    init(_ memo: FreeMemo, now: Date = Date()) {
        guid = memo.id
        title = memo.title
        text = memo.text
        author = memo.author
        subjectKind = memo.subject.kind
        switch memo.subject {
        case .project: break
        case .case(let key), .element(let key): subjectKey = key
        case .literature(let reference): self.reference = reference
        }
        created = (memo.created ?? now).timeIntervalSince1970
        modified = (memo.modified ?? now).timeIntervalSince1970
    }

    var memo: FreeMemo {
        let subject: FreeMemoSubject = switch subjectKind {
        case "case": .case(subjectKey ?? "")
        case "element": .element(subjectKey ?? "")
        case "literature": .literature(reference ?? LiteratureReference(author: "", year: "", title: ""))
        default: .project
        }
        return FreeMemo(id: guid, title: title, text: text, author: author, subject: subject,
                        created: Date(timeIntervalSince1970: created), modified: Date(timeIntervalSince1970: modified))
    }

    /// Everything but the times, to tell a merge's "same memo" from a conflict.
    var content: [String?] {
        [title, text, author, subjectKind, subjectKey, reference?.author, reference?.year, reference?.title]
    }
}

/// Reads and writes the `freeMemo` table.
struct FreeMemoStore {
    let db: Database

    func snapshot(_ guid: UUID) throws -> FreeMemoSnapshot {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM freeMemo WHERE guid = ?", arguments: [guid.uuidString]) else {
            throw ProjectError.unknownMemo(guid)
        }
        return Self.snapshot(row)
    }

    func all() throws -> [FreeMemoSnapshot] {
        try Row.fetchAll(db, sql: "SELECT * FROM freeMemo ORDER BY created, id").map(Self.snapshot)
    }

    func insert(_ memo: FreeMemoSnapshot) throws {
        try db.execute(sql: """
            INSERT INTO freeMemo (guid, title, text, author, subjectKind, subjectKey, refAuthor, refYear, refTitle, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [memo.guid.uuidString, memo.title, memo.text, memo.author, memo.subjectKind, memo.subjectKey,
                             memo.reference?.author, memo.reference?.year, memo.reference?.title, memo.created, memo.modified])
    }

    /// Puts the memo back as `snapshot` has it, or takes it out for `nil`.
    func restore(guid: UUID, to snapshot: FreeMemoSnapshot?) throws {
        try db.execute(sql: "DELETE FROM freeMemo WHERE guid = ?", arguments: [guid.uuidString])
        if let snapshot { try insert(snapshot) }
    }

    /// Refuses a memo without a title, with a title of several lines, or on a case or code
    /// the project does not have. Returns it with the title trimmed and the code as the
    /// codebook spells it.
    func checked(_ memo: FreeMemo) throws -> FreeMemo {
        var memo = memo
        memo.title = memo.title.trimmingCharacters(in: .whitespaces)
        let title = memo.title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw ProjectError.invalidMemo("a memo needs a title") }
        guard !title.contains(where: \.isNewline) else { throw ProjectError.invalidMemo("a memo's title is one line") }
        guard !memo.author.trimmingCharacters(in: .whitespaces).isEmpty else { throw ProjectError.invalidMemo("a memo needs an author (--coder)") }
        switch memo.subject {
        case .project: break
        case .case(let slug):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM studyCase WHERE slug = ?", arguments: [slug]) != nil else {
                throw ProjectError.unknownCase(slug)
            }
        case .element(let short):
            guard let stored = try String.fetchOne(db, sql: "SELECT short FROM code WHERE short = ?", arguments: [short]) else {
                throw ProjectError.unknownCode(short)
            }
            memo.subject = .element(stored)
        case .literature(let reference):
            guard !(reference.author + reference.title).trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ProjectError.invalidMemo("a literature reference needs an author or a title")
            }
        }
        return memo
    }

    private static func snapshot(_ row: Row) -> FreeMemoSnapshot {
        let kind: String = row["subjectKind"]
        var reference: LiteratureReference?
        if kind == "literature" {
            reference = LiteratureReference(author: row["refAuthor"] ?? "", year: row["refYear"] ?? "", title: row["refTitle"] ?? "")
        }
        var snapshot = FreeMemoSnapshot(FreeMemo(id: UUID(uuidString: row["guid"]) ?? UUID(), title: row["title"], text: row["text"],
                                                 author: row["author"], subject: .project,
                                                 created: Date(timeIntervalSince1970: row["created"]),
                                                 modified: Date(timeIntervalSince1970: row["modified"])))
        snapshot.subjectKind = kind
        snapshot.subjectKey = row["subjectKey"]
        snapshot.reference = reference
        return snapshot
    }
}
