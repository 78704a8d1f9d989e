import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Undo that is yours (decision 55): two coders on one project, each in their own process
/// (here: their own `Project`), undo and redo only their own edits.
@Suite struct CoderUndoTests {
    /// The project twice, as two workbenches or commands would open it.
    private func twoCoders(_ folder: TemporaryFolder) throws -> (anouk: Project, bram: Project) {
        let url = folder.file("p.werkbank")
        let anouk = try Project.create(at: url, from: tinyStudy())
        anouk.actingCoder = "Anouk"
        let bram = try Project.open(at: url)
        bram.actingCoder = "Bram"
        return (anouk, bram)
    }

    private func coding(_ project: Project, _ start: Int, _ code: String = "LOS") throws -> Coding {
        try project.addCoding(source: "gesprek", range: ScalarRange(start: start, end: start + 3), code: code, coder: project.actingCoder ?? "Oud")
    }

    private func codingIDs(_ project: Project) throws -> Set<UUID> {
        Set(try project.codings(inSource: "gesprek").map(\.id))
    }

    @Test func interleavedEditsAreEachUndoneByTheirOwnCoder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (anouk, bram) = try twoCoders(folder)
        let a1 = try coding(anouk, 3)
        let b1 = try coding(bram, 10)
        let a2 = try coding(anouk, 20)
        let b2 = try coding(bram, 30)

        // Anouk's undo takes her latest edit, not Bram's later one.
        #expect(try anouk.undo() == "code LOS")
        #expect(try codingIDs(bram) == [a1.id, b1.id, b2.id])
        #expect(try bram.undo() == "code LOS")
        #expect(try codingIDs(anouk) == [a1.id, b1.id])
        #expect(try anouk.undo() == "code LOS")
        #expect(try codingIDs(anouk) == [b1.id])
        #expect(throws: ProjectError.nothingToUndo) { try anouk.undo() }
        #expect(try codingIDs(bram) == [b1.id])

        // Redo is per coder too, and Bram's new edit does not drop what Anouk undid.
        let b3 = try coding(bram, 40)
        #expect(try anouk.redo() == "code LOS")
        #expect(try codingIDs(anouk) == [a1.id, b1.id, b3.id])
        #expect(throws: ProjectError.nothingToRedo) { try bram.redo() }
        #expect(try anouk.redo() == "code LOS")
        #expect(try codingIDs(anouk) == [a1.id, a2.id, b1.id, b3.id])
    }

    @Test func anEditSomeoneElseChangedSinceIsNotUndoneBlindly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (anouk, bram) = try twoCoders(folder)
        let mine = try coding(anouk, 3)
        _ = try bram.updateCoding(mine.id, code: "GOC")

        let refused = UndoConflict(label: "code LOS", redo: false, coder: "Bram", theirLabel: "recode LOS → GOC")
        #expect(throws: ProjectError.undoBlocked(refused)) { try anouk.undo() }
        #expect(try anouk.coding(mine.id).code == "GOC")
        #expect(ProjectError.undoBlocked(refused).description.contains("Bram has since made “recode LOS → GOC”"))

        // Once Bram takes his recoding back, Anouk's coding is hers to undo again.
        #expect(try bram.undo() == "recode LOS → GOC")
        #expect(try anouk.undo() == "code LOS")
        #expect(throws: ProjectError.unknownCoding(mine.id)) { try anouk.coding(mine.id) }
    }

    @Test func undoingYourCodeDoesNotPullItFromUnderOthersCodings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (anouk, bram) = try twoCoders(folder)
        _ = try anouk.addSubcode(short: "LOS-NEU", name: "Nieuw", parent: "LOS", colour: RGBColour(red: 1, green: 2, blue: 3))
        let theirs = try coding(bram, 5, "LOS-NEU")
        #expect(throws: ProjectError.undoBlocked(UndoConflict(label: "new code LOS-NEU", redo: false, coder: "Bram", theirLabel: "code LOS-NEU"))) {
            try anouk.undo()
        }
        #expect(try bram.coding(theirs.id).code == "LOS-NEU")
    }

    @Test func skipLeavesTheEditAndGoesOnWithTheOneBefore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (anouk, bram) = try twoCoders(folder)
        let first = try coding(anouk, 3)
        let second = try coding(anouk, 20)
        try bram.removeCoding(second.id)

        #expect(try anouk.undo(.skip) == "code LOS")
        #expect(try anouk.undo() == "code LOS")
        #expect(try codingIDs(anouk).isEmpty)
        #expect(throws: ProjectError.unknownCoding(first.id)) { try anouk.coding(first.id) }
        // Bram's removal is his to undo still; it brings back Anouk's second coding.
        #expect(try bram.undo() == "uncode LOS")
        #expect(try codingIDs(bram) == [second.id])
    }

    @Test func undoAnywayOverturnsTheOtherEdit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (anouk, bram) = try twoCoders(folder)
        let mine = try coding(anouk, 3)
        try bram.removeCoding(mine.id)
        #expect(try anouk.undo(.anyway) == "code LOS")
        #expect(try codingIDs(anouk).isEmpty)
        #expect(try anouk.integrityCheck() == "ok")
    }

    @Test func yourUndoHistoryOutlivesARestart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var ids: (anouk: UUID, bram: UUID)
        do {
            let (anouk, bram) = try twoCoders(folder)
            ids = (try coding(anouk, 3).id, try coding(bram, 10).id)
        }
        let reopened = try Project.open(at: folder.file("p.werkbank"))
        reopened.actingCoder = "Anouk"
        #expect(try reopened.undo() == "code LOS")
        #expect(try codingIDs(reopened) == [ids.bram])
        #expect(throws: ProjectError.nothingToUndo) { try reopened.undo() }
    }

    @Test func entriesFromBeforeCodersBelongToNoOneAndComeAfterYourOwn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let old = try Project.create(at: url, from: tinyStudy())
        let anonymous = try coding(old, 3)
        let anouk = try Project.open(at: url)
        anouk.actingCoder = "Anouk"
        let mine = try coding(anouk, 20)
        #expect(try anouk.undo() == "code LOS")
        #expect(throws: ProjectError.unknownCoding(mine.id)) { try anouk.coding(mine.id) }
        #expect(try anouk.undo() == "code LOS")
        #expect(throws: ProjectError.unknownCoding(anonymous.id)) { try anouk.coding(anonymous.id) }
    }
}
