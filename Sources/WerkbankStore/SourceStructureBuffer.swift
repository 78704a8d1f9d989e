import GRDB
import WerkbankCore

/// The turns, passage spans and participant links of a bulk import's sources, held and written
/// about a thousand transcripts at a time, while the sources' rows and search index go in as
/// they come (decision 65).
///
/// Those rows go in through statements of many rows, and FTS5 writes what it has gathered as a
/// new segment whenever such a statement begins in the same transaction. Written with every
/// batch of 32 transcripts, they made a segment of each batch, and FTS5 merged the segments 16
/// at a time, again at every level: 10,000 transcripts took 13× the indexing of 1,000. Held
/// back, they leave one segment per thousand transcripts, which are not merged during the import
/// (``PassageIndexBulk``).
final class SourceStructureBuffer {
    private let writer: SourceWriter
    private var turns: [(sourceRowID: Int64, turn: Turn)] = []
    private var spans: [(id: Int64, sourceRowID: Int64, range: ScalarRange)] = []
    private var links: [(sourceRowID: Int64, caseRowID: Int64, speaker: String)] = []
    /// The id the next passage gets: the spans held are not in the table yet to be counted.
    private(set) var nextPassageID: Int64
    /// Rows held before they are written: the turns and spans of about 1,000 transcripts.
    static let defaultRowsPerWrite = 200_000
    private let rowsPerWrite: Int

    init(db: Database, rowsPerWrite: Int = defaultRowsPerWrite) throws {
        writer = SourceWriter(db: db)
        nextPassageID = try writer.nextPassageID()
        self.rowsPerWrite = rowsPerWrite
    }

    /// Holds a source's participant links and turns.
    func add(sourceRowID: Int64, caseRowID: Int64, source: Source) {
        for participant in source.participants { links.append((sourceRowID, caseRowID, participant.id)) }
        for turn in source.turns { turns.append((sourceRowID, turn)) }
    }

    /// Holds the spans of a source's passages, numbered on from ``nextPassageID``.
    func addSpans(of source: PreparedSource, sourceRowID: Int64) {
        for passage in source.passages {
            spans.append((nextPassageID, sourceRowID, passage.range))
            nextPassageID += 1
        }
    }

    /// Whether enough is held to be written.
    var isFull: Bool { turns.count + spans.count >= rowsPerWrite }

    /// Writes what is held.
    func write() throws {
        try writer.insertLinks(links)
        try writer.insertTurns(turns)
        try writer.insertSpanRows(spans)
        links.removeAll(keepingCapacity: true)
        turns.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
    }
}
