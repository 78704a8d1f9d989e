import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The code matrix of the project: codes × cases (table labels), × roles or × sources, for some
    /// coders and source kinds (empty: all). See `MatrixBuilder` for the figures.
    ///
    /// Fragments are not read one by one: codings are tallied per source, code and coder
    /// (and, for participants or roles, speaker) in SQL; only the `share` measure reads each
    /// coding's range.
    ///
    /// With `combinations`, a row counts only its code's codings that meet them (LOS ∧ VOR by
    /// case: `combinations: [CodeCombination(.with, "VOR")]`), co-occurring as `combinationMode`.
    /// `conditions` (`--where`) keep the codings whose speaker, source or case has the values.
    public func matrix(by axis: MatrixAxis = .case, measure: MatrixMeasure = .fragments, coders: [String] = [],
                       kinds: [SourceKind] = [], collapseSubcodes: Bool = false,
                       combinations: [CodeCombination] = [], combinationMode: CoOccurrenceMode = .overlap,
                       where conditions: [AttributeCondition] = []) throws(ProjectError) -> Matrix {
        let builder = try matrixBuilder()
        let matcher = try attributeMatcher(conditions)
        let bySpeaker = matcher.conditions.contains { $0.kind == .participant }
        // Counts by case or role need no more than a tally per case and code (and speaker).
        let perCase = (axis == .case || axis == .role) && Self.countsPerCase(measure: measure, kinds: kinds, matcher: matcher)
        let tallies = try matrixTallies(speakers: axis == .role || measure == .participants || bySpeaker,
                                        ranges: measure == .share && axis != .role, coders: coders,
                                        combinations: combinations, combinationMode: combinationMode, perCase: perCase)
        return builder.matrix(tallies: builder.filtered(tallies, by: matcher), by: axis, measure: measure, coders: coders, kinds: kinds,
                              collapseSubcodes: collapseSubcodes)
    }

    /// The code matrix with an attribute's values as columns, plus `(none)` (see
    /// ``MatrixAttributeAxis``).
    public func matrix(byAttribute name: String, measure: MatrixMeasure = .fragments, coders: [String] = [],
                       kinds: [SourceKind] = [], collapseSubcodes: Bool = false,
                       combinations: [CodeCombination] = [], combinationMode: CoOccurrenceMode = .overlap,
                       where conditions: [AttributeCondition] = []) throws(ProjectError) -> Matrix {
        let (definition, values) = try read { db in
            let store = AttributeStore(db: db)
            let definition = try store.definition(name)
            var values: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT v.targetKey, v.value FROM attributeValue v JOIN attribute a ON a.id = v.attributeID WHERE a.name = ?",
                                        arguments: [definition.name]) {
                values[row[0]] = row[1]
            }
            return (definition, values)
        }
        let builder = try matrixBuilder()
        let matcher = try attributeMatcher(conditions)
        let bySpeaker = definition.target == .participant || matcher.conditions.contains { $0.kind == .participant }
        let tallies = try matrixTallies(speakers: bySpeaker || measure == .participants,
                                        ranges: measure == .share && definition.target != .participant, coders: coders,
                                        combinations: combinations, combinationMode: combinationMode,
                                        perCase: definition.target != .source && Self.countsPerCase(measure: measure, kinds: kinds, matcher: matcher))
        return builder.matrix(tallies: builder.filtered(tallies, by: matcher), by: MatrixAttributeAxis(definition: definition, values: values),
                              measure: measure, coders: coders, kinds: kinds, collapseSubcodes: collapseSubcodes)
    }

    /// Whether tallies summed per case (see ``matrixTallies(speakers:ranges:coders:combinations:combinationMode:includePractice:perCase:)``)
    /// give the same figures: for counts of fragments, presence and participants, with no
    /// source kinds or attribute conditions that tell a case's sources apart.
    static func countsPerCase(measure: MatrixMeasure, kinds: [SourceKind], matcher: AttributeMatcher) -> Bool {
        kinds.isEmpty && matcher.conditions.isEmpty && (measure == .fragments || measure == .presence || measure == .participants)
    }

    /// A matrix builder over the project's codebook, sources, cases and roles.
    public func matrixBuilder() throws(ProjectError) -> MatrixBuilder {
        let study = try study(attributes: false)
        let sources = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.slug, sc.slug AS caseSlug, s.kind, s.length FROM source s JOIN studyCase sc ON sc.id = s.caseID
                ORDER BY sc.number, s.position
                """).map {
                MatrixSource(id: $0["slug"], caseID: $0["caseSlug"], kind: SourceKind(rawValue: $0["kind"]) ?? .document,
                             length: $0["length"])
            }
        }
        return MatrixBuilder(codebook: study.codebook, sources: sources,
                             cases: study.cases.map { MatrixColumn(id: $0.id, label: $0.tableLabel) },
                             roles: study.roles.map(\.name))
    }

    /// The project's codings tallied per source, code and coder (per source and code alone,
    /// with an empty coder, when `coders` is empty, practice is left out and neither speakers
    /// nor ranges are asked for: no coder is then told apart); per speaker too when
    /// `speakers` (with the speaker's role); with every coding's range when `ranges`. Only the
    /// codings that meet `combinations` are tallied.
    /// Students' practice codings are left out unless `includePractice` or named in `coders`.
    /// With `perCase`, tallies per case rather than per source, named by the case's first
    /// source: per case and code when no coder is told apart (60 tallies instead of 15,000 at
    /// 1×), per case, code, coder and speaker with `speakers` (a few hundred instead of about
    /// one per coding). Enough for counts by case, role, or a case's or participant's attribute.
    public func matrixTallies(speakers: Bool, ranges: Bool, coders: [String] = [], combinations: [CodeCombination] = [],
                              combinationMode: CoOccurrenceMode = .overlap, includePractice: Bool = false,
                              perCase: Bool = false) throws(ProjectError) -> [MatrixTally] {
        try read { db in
            let sourceSlugs: [Int64: String] = try Self.pairs(db, "SELECT id, slug FROM source")
            let codeShorts: [Int64: String] = try Self.pairs(db, "SELECT id, short FROM code")
            let coderNames: [Int64: String] = try Self.pairs(db, "SELECT id, name FROM coder")
            var conditions: [String] = []
            if !coders.isEmpty {
                conditions.append("c.coderID IN (SELECT id FROM coder WHERE name IN (\(CodeCombinationClause.marks(coders.count))))")
            } else if !includePractice {
                conditions.append(try PracticeLayer.excluded(db: db))
            }
            conditions += try CodeCombinationClause.conditions(combinations, mode: combinationMode, includeSubcodes: true,
                                                               coders: coders, db: db)
            let coderFilter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let arguments = StatementArguments(coders)
            var tallies: [MatrixTally] = []
            if ranges && speakers {
                // Share with conditions on speakers: one tally per coding, with its speaker.
                let cursor = try Row.fetchCursor(db, sql: "SELECT c.sourceID, c.codeID, c.coderID, c.start, c.\"end\", c.speaker FROM coding c\(coderFilter)",
                                                 arguments: arguments)
                while let row = try cursor.next() {
                    tallies.append(MatrixTally(sourceID: sourceSlugs[row[0]] ?? "", code: codeShorts[row[1]] ?? "", coder: coderNames[row[2]] ?? "",
                                               speaker: row[5], count: 1, ranges: [ScalarRange(start: row[3], end: row[4])]))
                }
                return tallies
            }
            if ranges {
                // One tally per source, code and coder, with all its ranges; grouped here, since
                // sorting in SQL would cost a temporary b-tree.
                let sql = "SELECT c.sourceID, c.codeID, c.coderID, c.start, c.\"end\" FROM coding c\(coderFilter)"
                var index: [SIMD3<Int64>: Int] = [:]
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try cursor.next() {
                    let key = SIMD3<Int64>(row[0], row[1], row[2])
                    let range = ScalarRange(start: row[3], end: row[4])
                    if let at = index[key] {
                        tallies[at].count += 1
                        tallies[at].ranges.append(range)
                    } else {
                        index[key] = tallies.count
                        tallies.append(MatrixTally(sourceID: sourceSlugs[key.x] ?? "", code: codeShorts[key.y] ?? "",
                                                   coder: coderNames[key.z] ?? "", count: 1, ranges: [range]))
                    }
                }
                return tallies
            }
            guard speakers else {
                // Runs on the covering index (sourceID, codeID, coderID) alone. Without coders
                // to tell apart, a tally per source and code is half as many rows to make.
                if coders.isEmpty && !includePractice {
                    let sql = "SELECT c.sourceID, c.codeID, COUNT(*) FROM coding c\(coderFilter) GROUP BY 1, 2"
                    let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                    guard perCase else {
                        while let row = try cursor.next() {
                            tallies.append(MatrixTally(sourceID: sourceSlugs[row[0]] ?? "", code: codeShorts[row[1]] ?? "", coder: "", count: row[2]))
                        }
                        return tallies
                    }
                    // Summed per case here, on row ids: grouping by case in SQL (a join and a
                    // sort) took SQLite longer than making a tally per source and code.
                    let caseOfSource: [Int64: Int64] = try Self.pairs(db, "SELECT id, caseID FROM source")
                    let firstSourceOfCase: [Int64: Int64] = try Self.pairs(db, "SELECT caseID, MIN(id) FROM source GROUP BY caseID")
                    var counts: [SIMD2<Int64>: Int] = [:]
                    while let row = try cursor.next() {
                        guard let caseID = caseOfSource[row[0]] else { continue }
                        counts[SIMD2(caseID, row[1]), default: 0] += row[2] as Int
                    }
                    for (key, count) in counts.sorted(by: { ($0.key.x, $0.key.y) < ($1.key.x, $1.key.y) }) {
                        let source = firstSourceOfCase[key.x].flatMap { sourceSlugs[$0] } ?? ""
                        tallies.append(MatrixTally(sourceID: source, code: codeShorts[key.y] ?? "", coder: "", count: count))
                    }
                    return tallies
                }
                let sql = "SELECT c.sourceID, c.codeID, c.coderID, COUNT(*) FROM coding c\(coderFilter) GROUP BY 1, 2, 3"
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try cursor.next() {
                    tallies.append(MatrixTally(sourceID: sourceSlugs[row[0]] ?? "", code: codeShorts[row[1]] ?? "",
                                               coder: coderNames[row[2]] ?? "", count: row[3]))
                }
                return tallies
            }
            // Each coding keeps its speaker (v5-coding-speaker): one GROUP BY on the covering index.
            // Keyed by case and speaker as they are, not by a string made of both for every row.
            struct Speaker: Hashable {
                var caseID: Int64
                var speaker: String
            }
            var roles: [Speaker: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT caseID, speaker, role FROM participant") {
                roles[Speaker(caseID: row[0], speaker: row[1])] = row[2]
            }
            let caseOfSource: [Int64: Int64] = try Self.pairs(db, "SELECT id, caseID FROM source")
            let sql = "SELECT c.sourceID, c.codeID, c.coderID, c.speaker, COUNT(*) FROM coding c\(coderFilter) GROUP BY 1, 2, 3, 4"
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            if perCase {
                // Summed per case here: a tally per source, code, coder and speaker is about one
                // per coding, and at 1,000,000 codings they took 150 MB.
                struct Key: Hashable {
                    var caseID: Int64
                    var codeID: Int64
                    var coderID: Int64
                    var speaker: String?
                }
                var counts: [Key: Int] = [:]
                while let row = try cursor.next() {
                    guard let caseID = caseOfSource[row[0]] else { continue }
                    counts[Key(caseID: caseID, codeID: row[1], coderID: row[2], speaker: row[3]), default: 0] += row[4] as Int
                }
                let firstSourceOfCase: [Int64: Int64] = try Self.pairs(db, "SELECT caseID, MIN(id) FROM source GROUP BY caseID")
                let ordered = counts.sorted { ($0.key.caseID, $0.key.codeID, $0.key.coderID, $0.key.speaker == nil ? 0 : 1, $0.key.speaker ?? "")
                    < ($1.key.caseID, $1.key.codeID, $1.key.coderID, $1.key.speaker == nil ? 0 : 1, $1.key.speaker ?? "") }
                for (key, count) in ordered {
                    let role = key.speaker.flatMap { roles[Speaker(caseID: key.caseID, speaker: $0)] }
                    tallies.append(MatrixTally(sourceID: firstSourceOfCase[key.caseID].flatMap { sourceSlugs[$0] } ?? "",
                                               code: codeShorts[key.codeID] ?? "", coder: coderNames[key.coderID] ?? "",
                                               speaker: key.speaker, role: role, count: count))
                }
                return tallies
            }
            while let row = try cursor.next() {
                let sourceID: Int64 = row[0]
                let speaker: String? = row[3]
                let role = speaker.flatMap { speaker in caseOfSource[sourceID].flatMap { roles[Speaker(caseID: $0, speaker: speaker)] } }
                tallies.append(MatrixTally(sourceID: sourceSlugs[sourceID] ?? "", code: codeShorts[row[1]] ?? "",
                                           coder: coderNames[row[2]] ?? "", speaker: speaker, role: role, count: row[4]))
            }
            return tallies
        }
    }

    /// Co-occurrence of codes in one case (by case id) or in all.
    public func coOccurrence(mode: CoOccurrenceMode, caseID: String? = nil) throws(ProjectError) -> CoOccurrence {
        if let caseID { _ = try sources(ofCase: caseID) }  // throws for an unknown case
        let codebook = try codebook()
        // Counting needs the codings only, not the fragments' quotes and speakers, and one
        // source's at a time: read in source order (the codingBySource index), counted, let go.
        return try read { db in
            var tally = CoOccurrenceTally(finder: CoOccurrenceFinder(mode: mode))
            var sql = """
                SELECT c.sourceID, s.slug, c.start, c."end", k.short FROM coding c JOIN source s ON s.id = c.sourceID
                JOIN code k ON k.id = c.codeID WHERE \(try PracticeLayer.excluded(db: db))
                """
            var arguments: StatementArguments = []
            if let caseID {
                sql += " AND s.caseID = (SELECT id FROM studyCase WHERE slug = ?)"
                arguments += [caseID]
            }
            let turnStatement = try db.cachedStatement(sql: "SELECT speaker, start, \"end\" FROM turn WHERE sourceID = ? ORDER BY start")
            var current: Int64?
            var group: [Coding] = []
            func flush() throws {
                guard let source = current, !group.isEmpty else { return }
                let turns = mode == .turn
                    ? try Row.fetchAll(turnStatement, arguments: [source]).map { Turn(speaker: $0[0], range: ScalarRange(start: $0[1], end: $0[2])) }
                    : []
                tally.add(source: group, turns: turns)
                group.removeAll(keepingCapacity: true)
            }
            // Ties of equal ranges are ordered by GUID in the finder; counts do not depend on
            // that order, so each coding gets one shared id instead of its parsed GUID.
            let placeholder = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
            let cursor = try Row.fetchCursor(db, sql: sql + " ORDER BY c.sourceID, c.start", arguments: arguments)
            while let row = try cursor.next() {
                let source: Int64 = row[0]
                if source != current {
                    try flush()
                    current = source
                }
                group.append(Coding(id: placeholder, sourceID: row[1], range: ScalarRange(start: row[2], end: row[3]),
                                    code: row[4], coder: ""))
            }
            try flush()
            return tally.table(codebook: codebook)
        }
    }

    /// The drill-down: the co-occurring pairs of codings of codes `a` and `b`.
    public func coOccurrencePairs(_ a: String, _ b: String, mode: CoOccurrenceMode,
                                  caseID: String? = nil) throws(ProjectError) -> [(Fragment, Fragment)] {
        let (fragments, finder) = try coOccurrenceInput(mode: mode, caseID: caseID)
        return finder.pairs(fragments, a, b)
    }

    private func coOccurrenceInput(mode: CoOccurrenceMode, caseID: String?) throws(ProjectError) -> ([Fragment], CoOccurrenceFinder) {
        if let caseID { _ = try sources(ofCase: caseID) }  // throws for an unknown case
        let fragments = try fragments(FragmentFilter(caseIDs: caseID.map { [$0] } ?? []))
        return (fragments, CoOccurrenceFinder(mode: mode, turns: mode == .turn ? try coOccurrenceTurns(caseID: caseID) : [:]))
    }

    /// The turns of every source (of one case), by source id.
    private func coOccurrenceTurns(caseID: String?) throws(ProjectError) -> [String: [Turn]] {
        try read { db in
            var turns: [String: [Turn]] = [:]
            var sql = "SELECT s.slug, t.speaker, t.start, t.\"end\" FROM turn t JOIN source s ON s.id = t.sourceID"
            var arguments: StatementArguments = []
            if let caseID {
                sql += " WHERE s.caseID = (SELECT id FROM studyCase WHERE slug = ?)"
                arguments += [caseID]
            }
            for row in try Row.fetchAll(db, sql: sql + " ORDER BY t.sourceID, t.start", arguments: arguments) {
                turns[row[0], default: []].append(Turn(speaker: row[1], range: ScalarRange(start: row[2], end: row[3])))
            }
            return turns
        }
    }
}
