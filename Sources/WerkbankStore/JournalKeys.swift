import Foundation

/// What one journal entry changed (`writes`) and what it only relied on (`uses`), as keys
/// such as `coding:<guid>` or `code:LOS`. A later entry by someone else is in the way of
/// undoing (or redoing) an entry when it changed something the entry changed or relied on, or
/// relied on something the entry changed: undoing a new code would pull it from under the
/// codings others made with it since.
struct JournalKeys: Equatable {
    var writes: Set<String> = []
    var uses: Set<String> = []

    mutating func formUnion(_ other: JournalKeys) {
        writes.formUnion(other.writes)
        uses.formUnion(other.uses)
    }

    /// Whether a later entry with keys `later` is in the way of undoing this one.
    func isBlocked(byWrite key: String) -> Bool { writes.contains(key) || uses.contains(key) }
    func isBlocked(byUse key: String) -> Bool { writes.contains(key) }

    /// The keys of an entry as the journal stores it.
    static func of(entity: Journal.Entity?, before: String?, after: String?) throws -> JournalKeys {
        func decode<T: Decodable & JournalKeyed>(_ type: T.Type) throws -> JournalKeys {
            var keys = JournalKeys()
            for json in [before, after].compactMap({ $0 }) {
                keys.formUnion(try JSONDecoder().decode(T.self, from: Data(json.utf8)).journalKeys)
            }
            return keys
        }
        switch entity {
        case .coding: return try decode(CodingSnapshot.self)
        case .codings: return try decode([CodingSnapshot].self)
        case .memo: return try decode(MemoSnapshot.self)
        case .code: return try decode(CodeSnapshot.self)
        case .decision: return try decode(DecisionSnapshot.self)
        case .source: return try decode(SourceSnapshot.self)
        case .finding: return try decode(FindingSnapshot.self)
        case .judgement: return try decode(JudgementSnapshot.self)
        case .conclusion: return try decode(ConclusionSnapshot.self)
        case .attributeValue: return try decode(AttributeValueSnapshot.self)
        case .attribute: return try decode(AttributeSnapshot.self)
        case .freeMemo: return try decode(FreeMemoSnapshot.self)
        case .practice: return try decode(PracticeSnapshot.self)
        case .group:
            // Both states hold the same entries: decoding one is enough (they can be large).
            guard let json = after ?? before else { return JournalKeys() }
            return try JSONDecoder().decode([JournalGroupEntry].self, from: Data(json.utf8)).journalKeys
        case .correction: return try decode([SourceCorrectionSnapshot].self)
        case .pseudonym: return try decode(PseudonymSnapshot.self)
        case nil: return JournalKeys()
        }
    }
}

/// A journal snapshot that names what it changes and relies on.
protocol JournalKeyed {
    var journalKeys: JournalKeys { get }
}

extension Array: JournalKeyed where Element: JournalKeyed {
    var journalKeys: JournalKeys {
        reduce(into: JournalKeys()) { $0.formUnion($1.journalKeys) }
    }
}

extension CodingSnapshot: JournalKeyed {
    var journalKeys: JournalKeys {
        JournalKeys(writes: ["coding:\(guid)"], uses: ["code:\(code)", "source:\(source)"])
    }
}

extension CodeSnapshot: JournalKeyed {
    var journalKeys: JournalKeys { JournalKeys(writes: ["code:\(short)"]) }
}

extension MemoSnapshot: JournalKeyed {
    var journalKeys: JournalKeys { JournalKeys(writes: ["memo:\(kind):\(key)"], uses: ["\(kind):\(key)"]) }
}

extension DecisionSnapshot: JournalKeyed {
    var journalKeys: JournalKeys {
        var keys = codings.journalKeys
        keys.writes.insert("decision:\(source):\(code):\(start):\(end)")
        return keys
    }
}

extension SourceSnapshot: JournalKeyed {
    var journalKeys: JournalKeys { JournalKeys(writes: ["source:\(id)"]) }
}

extension EvidenceSnapshot {
    var journalKey: String { "coding:\(coding)" }
}

extension FindingSnapshot: JournalKeyed {
    var journalKeys: JournalKeys {
        JournalKeys(writes: ["finding:\(guid)"], uses: Set(evidence.map(\.journalKey)))
    }
}

extension JudgementSnapshot: JournalKeyed {
    var journalKeys: JournalKeys { JournalKeys(writes: ["judgement:\(caseID):\(element)"]) }
}

extension ConclusionSnapshot: JournalKeyed {
    var journalKeys: JournalKeys {
        JournalKeys(writes: ["conclusion:\(guid)"], uses: Set(evidence.map(\.journalKey)))
    }
}

extension AttributeValueSnapshot: JournalKeyed {
    var journalKeys: JournalKeys { JournalKeys(writes: ["attribute:\(attribute):\(key)"], uses: ["attribute:\(attribute)"]) }
}

extension AttributeSnapshot: JournalKeyed {
    var journalKeys: JournalKeys {
        JournalKeys(writes: Set(["attribute:\(name)"] + assignments.keys.map { "attribute:\(name):\($0)" }))
    }
}

extension FreeMemoSnapshot: JournalKeyed {
    var journalKeys: JournalKeys { JournalKeys(writes: ["freeMemo:\(guid)"]) }
}

/// One entry of a ``Journal/Entity/group`` step: an entry as the journal would store it alone.
struct JournalGroupEntry: Codable, Equatable {
    var entity: String
    var before: String?
    var after: String?

    /// An entry of `entity` with its two states.
    init<T: Encodable>(_ entity: Journal.Entity, before: T?, after: T?) throws {
        self.entity = entity.rawValue
        self.before = try before.map { try StudyImporter.json($0) }
        self.after = try after.map { try StudyImporter.json($0) }
    }
}

extension JournalGroupEntry: JournalKeyed {
    var journalKeys: JournalKeys {
        // The states were encoded from snapshots that decode again.
        (try? JournalKeys.of(entity: Journal.Entity(rawValue: entity), before: before, after: after)) ?? JournalKeys()
    }
}
