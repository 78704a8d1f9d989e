import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Replaces the text of a source by a corrected one (see ``correctSources(_:parse:label:dryRun:)``).
    @discardableResult
    public func correctSource(_ source: String, to text: String, parse: (String) -> TranscriptImport,
                              dryRun: Bool = false) throws(ProjectError) -> CorrectionReport {
        try correctSources([(source, text)], parse: parse, label: "correct \(source)", dryRun: dryRun)
    }

    /// Replaces the texts of sources by corrected ones, all in one transaction and one undoable
    /// step (decision 58). Every coding, decision and link of a finding or conclusion to a
    /// fragment moves to the same words (``Reanchoring``); codings whose words are gone or
    /// rewritten keep their place with a "needs review" mark. Turns are read again from the new
    /// text with `parse` (the import's transcript parser), or moved with it when they did not
    /// come from speaker labels (``TurnRereading``); the search index of the source is rebuilt.
    /// Undo puts the old texts and every anchor back exactly. A source whose text is the same
    /// is left alone; with `dryRun`, nothing is written and the report says what would happen.
    ///
    /// - Throws: ``ProjectError/invalidCorrection(source:message:)`` for an empty text or a
    ///   speaker label the source does not have (nothing is changed).
    @discardableResult
    public func correctSources(_ texts: [(source: String, text: String)], parse: (String) -> TranscriptImport,
                               label: String, dryRun: Bool = false) throws(ProjectError) -> CorrectionReport {
        let body = { (db: Database) throws -> CorrectionReport in
            var report = CorrectionReport()
            var befores: [SourceCorrectionSnapshot] = []
            var afters: [SourceCorrectionSnapshot] = []
            for (source, text) in texts {
                let before = try SourceCorrectionSnapshot.capture(source, in: db)
                guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                    throw ProjectError.invalidCorrection(source: source, message: CorrectionError.emptyText.description)
                }
                guard text != before.text else { continue }
                let (after, part) = try Self.corrected(before, to: text, parse: parse, in: db)
                report.merge(part)
                befores.append(before)
                afters.append(after)
            }
            guard !dryRun, !afters.isEmpty else { return report }
            for (before, after) in zip(befores, afters) { try after.apply(over: before, in: db) }
            try Journal(db: db, coder: self.actingCoder).record(label, entity: .correction, before: befores, after: afters)
            return report
        }
        return dryRun ? try read(body) : try write(body)
    }

    /// The state of a source after its text is corrected to `text`, and what became of its codings.
    private static func corrected(_ before: SourceCorrectionSnapshot, to text: String, parse: (String) -> TranscriptImport,
                                  in db: Database) throws -> (SourceCorrectionSnapshot, CorrectionReport) {
        let anchors = Reanchoring(old: before.text, new: text)
        var report = CorrectionReport()
        report.sources = [before.source]
        let oldTurns = before.turns.map { Turn(speaker: $0.speaker, range: ScalarRange(start: $0.start, end: $0.end)) }
        let speakers = try Set(String.fetchAll(db, sql: """
            SELECT p.speaker FROM sourceParticipant sp JOIN participant p ON p.id = sp.participantID
            JOIN source s ON s.id = sp.sourceID WHERE s.slug = ?
            """, arguments: [before.source]))
            .union(try JSONDecoder().decode([String].self, from: Data((String.fetchOne(db, sql: "SELECT interviewers FROM source WHERE slug = ?",
                                                                                         arguments: [before.source]) ?? "[]").utf8)))
            .union(oldTurns.map(\.speaker))
        let rereading: TurnRereading
        do {
            rereading = try TurnRereading(oldText: before.text, oldTurns: oldTurns, newText: text, speakers: speakers,
                                          parse: parse, anchors: anchors)
        } catch {
            throw ProjectError.invalidCorrection(source: before.source, message: error.description)
        }
        report.turnsBefore = before.turns.count
        report.turnsAfter = rereading.turns.count
        var after = before
        after.text = text
        after.turns = rereading.turns.map { SourceSnapshot.TurnRecord(speaker: $0.speaker, start: $0.range.start, end: $0.range.end) }
        let details = try Dictionary(Row.fetchAll(db, sql: """
            SELECT c.guid, k.short, d.name FROM coding c JOIN source s ON s.id = c.sourceID JOIN code k ON k.id = c.codeID
            JOIN coder d ON d.id = c.coderID WHERE s.slug = ?
            """, arguments: [before.source]).map { ($0[0] as String, ($0[1] as String, $0[2] as String)) }, uniquingKeysWith: { first, _ in first })
        let marked = Dictionary(before.reviews.map { ($0.coding, $0) }, uniquingKeysWith: { first, _ in first })
        var moved: [UUID: ScalarRange] = [:]
        after.codings = before.codings.map { coding in
            let old = ScalarRange(start: coding.start, end: coding.end)
            let result = anchors.map(old)
            moved[coding.guid] = result.range
            report.counts[result.status, default: 0] += 1
            let oldQuote = anchors.oldText(old)
            if result.status == .changed || result.status == .needsReview {
                let (code, coder) = details[coding.guid.uuidString] ?? ("", "")
                report.items.append(CorrectionReport.Item(source: before.source, coding: coding.guid, code: code, coder: coder,
                                                          before: old, after: result.range, status: result.status,
                                                          quoteBefore: oldQuote, quoteAfter: anchors.newText(result.range)))
            }
            return SourceCorrectionSnapshot.CodingAnchor(guid: coding.guid, start: result.range.start, end: result.range.end)
        }
        // A mark stays with its coding (with the first quote it lost) until its range is changed by hand.
        after.reviews = after.codings.compactMap { coding in
            let range = ScalarRange(start: coding.start, end: coding.end)
            if let mark = marked[coding.guid] { return SourceCorrectionSnapshot.ReviewAnchor(coding: coding.guid, start: range.start, end: range.end, quote: mark.quote) }
            guard let item = report.items.first(where: { $0.coding == coding.guid }), item.status == .needsReview else { return nil }
            return SourceCorrectionSnapshot.ReviewAnchor(coding: coding.guid, start: range.start, end: range.end, quote: item.quoteBefore)
        }
        after.decisions = before.decisions.map { decision in
            let range = anchors.map(ScalarRange(start: decision.start, end: decision.end)).range
            return SourceCorrectionSnapshot.DecisionAnchor(code: decision.code, consensus: decision.consensus, start: range.start, end: range.end)
        }
        after.evidence = before.evidence.map { link in
            let range = moved[link.coding] ?? anchors.map(ScalarRange(start: link.start, end: link.end)).range
            var updated = link
            (updated.start, updated.end, updated.quote) = (range.start, range.end, anchors.newText(range))
            return updated
        }
        report.evidence = zip(before.evidence, after.evidence).filter { $0 != $1 }.count
        report.items.sort { ($0.source, $0.before.start, $0.before.end) < ($1.source, $1.before.start, $1.before.end) }
        return (after, report)
    }

    /// Codings that a correction left needing review (their words were deleted or rewritten),
    /// with the quote they had; of one source, or of all. A mark lapses once the coding's range
    /// is changed by hand.
    public func codingsNeedingReview(source: String? = nil) throws(ProjectError) -> [(coding: Coding, quoteBefore: String)] {
        try read { db in
            var sql = """
                SELECT \(CodingReader.columns), r.quote \(CodingReader.joins)
                JOIN codingReview r ON r.codingGUID = c.guid AND r.start = c.start AND r."end" = c."end"
                """
            var arguments: StatementArguments = []
            if let source {
                sql += " WHERE s.slug = ?"
                arguments += [source]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY s.position, c.start, c.\"end\"", arguments: arguments).map {
                (CodingReader.coding(from: $0), $0[CodingReader.columnCount] as String)
            }
        }
    }

    /// The text of a source as stored.
    public func text(ofSource source: String) throws(ProjectError) -> String {
        try read { db in
            guard let text = try String.fetchOne(db, sql: "SELECT text FROM source WHERE slug = ?", arguments: [source]) else {
                throw ProjectError.unknownSource(source)
            }
            return text
        }
    }
}
