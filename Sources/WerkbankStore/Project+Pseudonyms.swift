import Foundation
import GRDB
import WerkbankCore

/// A pseudonym list entry as the journal keeps it.
struct PseudonymSnapshot: Codable, Equatable, JournalKeyed {
    var name: String
    var pseudonym: String
    var variants: [String]
    var position: Int

    var journalKeys: JournalKeys { JournalKeys(writes: ["pseudonym:\(name.lowercased())"]) }

    /// Writes `target` in place of the entry named `name` (removes it when `target` is nil).
    static func restore(name: String, to target: PseudonymSnapshot?, in db: Database) throws {
        try db.execute(sql: "DELETE FROM pseudonym WHERE name = ?", arguments: [name])
        guard let target else { return }
        try db.execute(sql: "INSERT INTO pseudonym (name, pseudonym, variants, position) VALUES (?, ?, ?, ?)",
                       arguments: [target.name, target.pseudonym, try StudyImporter.json(target.variants), target.position])
    }
}

extension Project {
    /// The project's list of names and pseudonyms, in the order they were added.
    public func pseudonyms() throws(ProjectError) -> [Pseudonym] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, pseudonym, variants FROM pseudonym ORDER BY position").map {
                Pseudonym(name: $0[0], pseudonym: $0[1],
                          variants: (try? JSONDecoder().decode([String].self, from: Data(($0[2] as String).utf8))) ?? [])
            }
        }
    }

    /// Adds a name with its pseudonym and variants, or (same name, in any case) changes them. Undoable.
    public func setPseudonym(_ entry: Pseudonym) throws(ProjectError) {
        let name = entry.name.trimmingCharacters(in: .whitespaces)
        let pseudonym = entry.pseudonym.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !pseudonym.isEmpty else { throw .invalidCorrection(source: "-", message: "a name and its pseudonym must not be empty") }
        try write { db in
            let before = try Self.pseudonymSnapshot(name, in: db)
            let position = try before?.position ?? (Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM pseudonym") ?? 0)
            let after = PseudonymSnapshot(name: before?.name ?? name, pseudonym: pseudonym, variants: entry.variants, position: position)
            try PseudonymSnapshot.restore(name: after.name, to: after, in: db)
            try Journal(db: db, coder: actingCoder).record("pseudonym \(after.name)", entity: .pseudonym, before: before, after: after)
        }
    }

    /// Takes a name off the list. Undoable.
    public func removePseudonym(_ name: String) throws(ProjectError) {
        try write { db in
            guard let before = try Self.pseudonymSnapshot(name, in: db) else {
                throw ProjectError.invalidCorrection(source: "-", message: "`\(name)` is not on the pseudonym list")
            }
            try PseudonymSnapshot.restore(name: before.name, to: nil, in: db)
            try Journal(db: db, coder: actingCoder).record("remove pseudonym \(before.name)", entity: .pseudonym, before: before, after: nil as PseudonymSnapshot?)
        }
    }

    private static func pseudonymSnapshot(_ name: String, in db: Database) throws -> PseudonymSnapshot? {
        try Row.fetchOne(db, sql: "SELECT name, pseudonym, variants, position FROM pseudonym WHERE name = ?", arguments: [name]).map {
            PseudonymSnapshot(name: $0[0], pseudonym: $0[1],
                              variants: (try? JSONDecoder().decode([String].self, from: Data(($0[2] as String).utf8))) ?? [], position: $0[3])
        }
    }

    /// Replaces every listed name in every source as one correction (decision 58): one
    /// undoable step, codings kept on their words. Speaker labels that are listed names keep
    /// their speakers. With `dryRun`, nothing is written.
    @discardableResult
    public func pseudonymise(parse: @escaping (String) -> TranscriptImport, dryRun: Bool = false) throws(ProjectError) -> CorrectionReport {
        let list = PseudonymList(try pseudonyms())
        var texts: [(source: String, text: String)] = []
        for summary in try sources() {
            let text = try text(ofSource: summary.id)
            let replaced = list.apply(to: text)
            if replaced != text { texts.append((summary.id, replaced)) }
        }
        // A label replaced in the text is read as the name it replaced, so its turns keep their speaker.
        let back = Dictionary(list.entries.flatMap(\.replacements).map { ($0.to, $0.from) }, uniquingKeysWith: { first, _ in first })
        let reading: (String) -> TranscriptImport = { text in
            var transcript = parse(text)
            transcript.turns = transcript.turns.map { Turn(speaker: back[$0.speaker] ?? $0.speaker, range: $0.range) }
            transcript.speakers = transcript.speakers.map { back[$0] ?? $0 }
            return transcript
        }
        return try correctSources(texts, parse: reading, label: "pseudonymise \(texts.count) source\(texts.count == 1 ? "" : "s")", dryRun: dryRun)
    }

    /// Where listed names are still written: in each source's text (by source id, with the
    /// line), and in what was written about the data — memos of every kind, findings and
    /// conclusions (named `memo: TITLE`, `finding: CASE × ELEMENT`, `conclusion`, with the line
    /// within that text).
    public func remainingNames() throws(ProjectError) -> [(source: String, occurrence: PseudonymList.Occurrence)] {
        let list = PseudonymList(try pseudonyms())
        guard !list.entries.isEmpty else { return [] }
        var found: [(String, PseudonymList.Occurrence)] = []
        func look(in text: String, place: String) {
            for occurrence in list.occurrences(in: text) { found.append((place, occurrence)) }
        }
        for summary in try sources() { look(in: try text(ofSource: summary.id), place: summary.id) }
        for memo in try allMemos() {
            look(in: memo.title + "\n" + memo.text, place: "memo: \(memo.title.isEmpty ? memo.belongsTo : memo.title)")
        }
        let synthesis = try synthesis()
        for finding in synthesis.findings { look(in: finding.text, place: "finding: \(finding.cell.caseID) × \(finding.cell.element)") }
        for conclusion in synthesis.conclusions { look(in: conclusion.text, place: "conclusion") }
        return found
    }
}
