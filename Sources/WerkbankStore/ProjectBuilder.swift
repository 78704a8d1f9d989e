import Foundation
import GRDB
import WerkbankCore

/// Fills a new project a batch of sources at a time (decision 60), for an import that reads
/// its file as a stream: the study's head first, then sources with their codings, then what
/// comes after them. What it writes is what ``Project/create(at:from:memos:)`` writes for the
/// same study; only the batches are held in memory.
public final class ProjectBuilder {
    let db: Database
    private let importer: StudyImporter
    private let target: URL
    private var caseRowIDs: [String: Int64] = [:]
    private var knownRoles: Set<String> = []
    private var sourceCount = 0
    private var nextPassageID: Int64 = 1
    private var index: PassageIndexBuild?
    private var began = false

    init(db: Database, target: URL) {
        self.db = db
        self.target = target
        importer = StudyImporter(db: db)
    }

    /// The study's row, roles, coders, codebook and cases; its sources, codings, synthesis,
    /// attributes and free memos are not read (they come through ``add(roles:cases:sources:codings:)``
    /// and ``finish(_:memos:codingMemos:)``).
    public func begin(_ head: Study) throws {
        precondition(!began, "begin is called once")
        began = true
        caseRowIDs = try importer.importHead(head)
        knownRoles = Set(head.roles.map(\.name))
        index = try PassageIndexBuild(like: db, besideFileAt: target)
    }

    /// One batch: roles and cases first seen in it (added after those already there, in
    /// order), then its sources and their codings.
    public func add(roles: [Role] = [], cases: [Case] = [], sources: [Source], codings: [Coding]) throws {
        precondition(began, "begin comes first")
        for role in roles where knownRoles.insert(role.name).inserted {
            try db.execute(sql: "INSERT INTO role (name, gloss, speakerPrefix, position) VALUES (?, ?, ?, ?)",
                           arguments: [role.name, role.gloss, role.speakerPrefix, knownRoles.count - 1])
        }
        for studyCase in cases { caseRowIDs[studyCase.id] = try importer.importCase(studyCase) }
        let prepared = try PreparedSource.prepare(sources)
        let caseIDs = try prepared.map { source in
            guard let caseRowID = caseRowIDs[source.source.caseID] else { throw ProjectError.unknownCase(source.source.caseID) }
            return caseRowID
        }
        let writer = SourceWriter(db: db)
        let rowIDs = try writer.insertRows(prepared, caseRowIDs: caseIDs, firstPosition: sourceCount)
        try writer.insertSpans(prepared, sourceRowIDs: rowIDs, firstID: nextPassageID)
        sourceCount += sources.count
        nextPassageID += Int64(prepared.reduce(0) { $0 + $1.passages.count })
        index?.add(prepared)
        let turns = Dictionary(sources.map { ($0.id, $0.turns) }, uniquingKeysWith: { first, _ in first })
        try CodingWriter(db: db, turns: turns).insert(codings)
    }

    /// What comes after the sources: the study's synthesis, attributes and free memos (its
    /// other parts are not read), memos on codes, cases and sources, and memos on codings by
    /// GUID; then the search index is put in place.
    public func finish(_ tail: Study, memos: [MemoTarget: String], codingMemos: [UUID: String] = [:]) throws {
        if !began { try begin(tail) }
        try ProjectSchema.createCodingGUIDIndex(db)
        let statement = try db.makeStatement(sql: "UPDATE coding SET memo = ? WHERE guid = ?")
        for (id, memo) in codingMemos { try statement.execute(arguments: [memo, id.uuidString]) }
        try importer.importTail(tail)
        try MemoStore(db: db).insertAll(memos)
        // Built while the search index is still being built on the other core.
        try ProjectSchema.createSecondaryIndexes(db)
        try index?.copy(into: db)
        index = nil
    }

    func cancel() {
        index?.cancel()
        index = nil
    }
}

extension Project {
    /// Creates a project filled by `build` through a ``ProjectBuilder`` (decision 60): its
    /// head, then batches of sources and codings, then ``ProjectBuilder/finish(_:memos:codingMemos:)``.
    /// As with ``create(at:from:memos:)`` there is never a half-made project at `url`: an
    /// error thrown by `build` (rethrown as it is) leaves nothing.
    public static func create(at url: URL, building build: (ProjectBuilder) throws -> Void) throws -> Project {
        var failure: Error?
        do {
            return try createFile(at: url) { db, temporary in
                let builder = ProjectBuilder(db: db, target: temporary)
                defer { builder.cancel() }
                do {
                    try build(builder)
                } catch let error as DatabaseError {
                    throw error
                } catch let error as ProjectError {
                    throw error
                } catch {
                    failure = error
                    throw error
                }
            }
        } catch {
            throw failure ?? error
        }
    }
}
