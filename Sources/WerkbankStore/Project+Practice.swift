import Foundation
import GRDB
import WerkbankCore

/// A practice project: the consensus coder students are compared with, and the students.
public struct PracticeSetup: Hashable, Sendable {
    public var consensus: String
    /// The coders practising, by name.
    public var students: [String]

    public init(consensus: String, students: [String]) {
        self.consensus = consensus
        self.students = students
    }
}

/// The practice setting as the journal keeps it (`nil`: not a practice project).
struct PracticeSnapshot: Codable, Equatable, JournalKeyed {
    var consensus: String

    var journalKeys: JournalKeys { JournalKeys(writes: ["practice:setting"]) }

    static func restore(_ snapshot: PracticeSnapshot?, in db: Database) throws {
        if let snapshot {
            try db.execute(sql: "INSERT INTO practiceSetting (id, consensus) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET consensus = excluded.consensus",
                           arguments: [snapshot.consensus])
        } else {
            try db.execute(sql: "DELETE FROM practiceSetting")
        }
    }
}

/// The SQL that keeps practice layers out of the normal views (decision 61).
enum PracticeLayer {
    /// A condition on a coding table alias: its coder is not a student practising. The
    /// students' ids are written into the condition, and a project without students gets the
    /// constant `1`, which SQLite drops: a subquery checked for every coding cost a report
    /// over 100,000 codings 4 ms.
    static func excluded(_ alias: String = "c", db: Database) throws -> String {
        let students = try Int64.fetchAll(db, sql: "SELECT id FROM coder WHERE practice = 1")
        guard !students.isEmpty else { return "1" }
        return "\(alias).coderID NOT IN (\(students.map(String.init).joined(separator: ", ")))"
    }
}

extension Project {
    /// The practice setting; `nil` when the project is not a practice project.
    public func practiceSetup() throws(ProjectError) -> PracticeSetup? {
        try read { db in
            guard let consensus = try String.fetchOne(db, sql: "SELECT consensus FROM practiceSetting WHERE id = 1") else { return nil }
            let students = try String.fetchAll(db, sql: "SELECT name FROM coder WHERE practice = 1 ORDER BY name")
            return PracticeSetup(consensus: consensus, students: students)
        }
    }

    /// Makes the project a practice project whose students are compared with `consensus` (or
    /// names another consensus coder). Undoable. The acting coder (the teacher) becomes known
    /// to the project, so that their workbench opens as a researcher's.
    /// - Throws: ``ProjectError/practice(_:)`` when `consensus` is a student practising.
    public func enablePractice(consensus: String) throws(ProjectError) {
        let name = consensus.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ProjectError.practice("the consensus coder needs a name") }
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT practice FROM coder WHERE name = ?", arguments: [name]) == true {
                throw ProjectError.practice("\(name) is a student practising, not a consensus coder")
            }
            // The teacher who enables practice is known to the project from now on, so that their
            // own workbench does not open in practice mode.
            if let teacher = actingCoder {
                guard try Bool.fetchOne(db, sql: "SELECT practice FROM coder WHERE name = ?", arguments: [teacher]) != true else {
                    throw ProjectError.practice("\(teacher) is a student practising; a teacher enables practice")
                }
                try db.execute(sql: "INSERT INTO coder (name) VALUES (?) ON CONFLICT (name) DO NOTHING", arguments: [teacher])
            }
            let before = try String.fetchOne(db, sql: "SELECT consensus FROM practiceSetting WHERE id = 1").map(PracticeSnapshot.init)
            let after = PracticeSnapshot(consensus: name)
            try PracticeSnapshot.restore(after, in: db)
            try Journal(db: db, coder: actingCoder).record("practice with \(name)", entity: .practice, before: before, after: after)
        }
    }

    /// Ends practice: the project is no longer a practice project. The students' codings stay
    /// in their layers, out of the normal views. Undoable.
    public func disablePractice() throws(ProjectError) {
        try write { db in
            guard let before = try String.fetchOne(db, sql: "SELECT consensus FROM practiceSetting WHERE id = 1").map(PracticeSnapshot.init) else {
                throw ProjectError.practice("this is not a practice project")
            }
            try PracticeSnapshot.restore(nil, in: db)
            try Journal(db: db, coder: actingCoder).record("end practice", entity: .practice, before: before, after: nil as PracticeSnapshot?)
        }
    }

    /// Marks `student` as a student practising, so that their codings are a layer of their
    /// own. Nothing changes for a student already practising.
    /// - Throws: ``ProjectError/practice(_:)`` when the project is not a practice project, when
    ///   `student` is the consensus coder, or when `student` has codings outside practice (a
    ///   researcher's name: their codings would leave the normal views).
    public func joinPractice(student: String) throws(ProjectError) {
        try write { db in
            guard let consensus = try String.fetchOne(db, sql: "SELECT consensus FROM practiceSetting WHERE id = 1") else {
                throw ProjectError.practice("this is not a practice project; a teacher makes it one with `werkbank practice enable --consensus NAME`")
            }
            guard student != consensus else {
                throw ProjectError.practice("\(student) is the consensus coder; practise under your own name (--coder NAME)")
            }
            if let row = try Row.fetchOne(db, sql: "SELECT id, practice FROM coder WHERE name = ?", arguments: [student]) {
                if row["practice"] as Bool { return }
                let codings = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding WHERE coderID = ?", arguments: [row["id"] as Int64]) ?? 0
                guard codings == 0 else {
                    throw ProjectError.practice("\(student) has \(codings) codings outside practice; practise under another name (--coder NAME)")
                }
            }
            try db.execute(sql: "INSERT INTO coder (name, practice) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET practice = 1",
                           arguments: [student])
        }
    }

    /// Every coder marked as a student, by name, also after practice has ended.
    public func practiceCoders() throws(ProjectError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM coder WHERE practice = 1 ORDER BY name") }
    }

    /// Whether `coder` is a student practising.
    public func isPracticeCoder(_ coder: String) throws(ProjectError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT practice FROM coder WHERE name = ?", arguments: [coder]) ?? false }
    }
}
