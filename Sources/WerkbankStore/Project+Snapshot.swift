import Foundation
import GRDB
import WerkbankCore

/// Everything a project holds that an export carries: the study with every source (text,
/// participants, turns) and every coding, and the memos on codes, cases and sources.
public struct ProjectSnapshot: Sendable {
    public var study: Study
    public var memos: [MemoTarget: String]
}

extension Project {
    /// The whole project for an export. Sources and codings are in the study (unlike
    /// ``study()``, which leaves them out).
    public func snapshot() throws(ProjectError) -> ProjectSnapshot {
        var study = try study()
        // Codings are read on the second core while this one reads the sources: the pool
        // allows concurrent readers.
        let codings = CodingsBox()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            codings.result = Result { () throws(ProjectError) in try self.allCodings() }
        }
        let sources = Result { () throws(ProjectError) in try allSources() }
        group.wait()
        study.sources = try sources.get()
        study.codings = try codings.result!.get()
        return ProjectSnapshot(study: study, memos: try memos())
    }

    /// Set by the reading thread and read after it has finished (`DispatchGroup.wait`).
    private final class CodingsBox: @unchecked Sendable {
        var result: Result<[Coding], ProjectError>?
    }

    /// Every source with its text, participants and turns, by case and position, in three
    /// queries rather than three per source.
    public func allSources() throws(ProjectError) -> [Source] {
        try read { db in
            var participants: [Int64: [Participant]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT sp.sourceID, p.speaker, p.role, p.description FROM sourceParticipant sp
                JOIN participant p ON p.id = sp.participantID ORDER BY sp.sourceID, p.id
                """) {
                participants[row[0], default: []].append(Participant(id: row[1], role: row[2], description: row[3]))
            }
            var turns: [Int64: [Turn]] = [:]
            let turnRows = try Row.fetchCursor(db, sql: "SELECT sourceID, speaker, start, \"end\" FROM turn ORDER BY sourceID, start")
            while let row = try turnRows.next() {
                turns[row[0], default: []].append(Turn(speaker: row[1], range: ScalarRange(start: row[2], end: row[3])))
            }
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: """
                SELECT s.id, s.slug, sc.slug AS caseSlug, s.title, s.kind, s.date, s.interviewers, s.text
                FROM source s JOIN studyCase sc ON sc.id = s.caseID ORDER BY sc.number, s.position
                """).map { row in
                let rowID: Int64 = row["id"]
                return Source(id: row["slug"], caseID: row["caseSlug"], title: row["title"], kind: SourceKind(rawValue: row["kind"]) ?? .document,
                              date: row["date"], interviewers: try decoder.decode([String].self, from: Data((row["interviewers"] as String).utf8)),
                              participants: participants[rowID] ?? [], text: row["text"], turns: turns[rowID] ?? [])
            }
        }
    }
}
