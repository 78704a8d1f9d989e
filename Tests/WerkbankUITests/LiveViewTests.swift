import Foundation
import Testing
import WerkbankCore
import TerminalKit
import WerkbankStore
import WerkbankExchange
@testable import WerkbankUI

/// The live view: another `Project` on the same file (another workbench or CLI command, in
/// this process) commits; the workbench reads it again at its next idle moment, keeping the
/// user's place, and says what changed.
@Suite struct LiveViewTests {
    /// A workbench with a source open in the reader and the cursor moved down, and a second
    /// handle on its file.
    private func readerAndOther() throws -> (Workbench, Project, URL) {
        let (workbench, folder) = try makeWorkbench()
        workbench.press(.character("j"), .enter, .character("l"), .character("l"), .enter)
        workbench.press(.character("j"), .character("j"), .character("j"))
        _ = workbench.render()
        let other = try Project.open(at: workbench.project.url)
        return (workbench, other, folder)
    }

    /// Codes `count` stretches of the open source as Bram through the other handle.
    private func bramCodes(_ count: Int, in workbench: Workbench, through other: Project) throws {
        let source = try #require(workbench.data.source)
        let code = try #require(workbench.data.study.codebook.codes.first?.short)
        for index in 0..<count {
            _ = try other.addCoding(source: source.id, range: ScalarRange(start: index * 10, end: index * 10 + 5), code: code, coder: "Bram")
        }
    }

    @Test func othersCodingsAppearAtTheNextIdleMomentWithThePlaceKept() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(workbench.state.screen == .source)
        #expect(workbench.watch() == false, "nothing changed: nothing is read again")
        let reader = workbench.state.reader
        let lists = workbench.state.lists
        let before = workbench.data.sourceCodings.count
        let bramBefore = workbench.data.sourceCodings.filter { $0.coder == "Bram" }.count
        try bramCodes(3, in: workbench, through: other)
        #expect(workbench.data.sourceCodings.count == before, "not before the idle moment")
        #expect(workbench.watch())
        #expect(workbench.data.sourceCodings.count == before + 3)
        #expect(workbench.data.sourceCodings.filter { $0.coder == "Bram" }.count == bramBefore + 3)
        #expect(workbench.state.screen == .source)
        #expect(workbench.state.reader == reader, "cursor, selection and scroll stay")
        #expect(workbench.state.lists == lists)
        #expect(workbench.state.message?.text == "Bram coded 3 fragments in this source")
        #expect(workbench.render().text.contains("Bram coded 3 fragments in this source"))
        #expect(workbench.watch() == false, "read once")
    }

    @Test func ownEditsAreNotReportedAsOthers() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("1"))
        #expect(workbench.state.message?.text.hasPrefix("Coded ") == true)
        #expect(workbench.watch() == false, "the workbench's own coding is no one else's")
        #expect(workbench.state.message?.text.hasPrefix("Coded ") == true)
        // Others' coding after the own one is reported alone.
        try bramCodes(1, in: workbench, through: other)
        workbench.press(.character("j"))
        #expect(workbench.watch())
        #expect(workbench.state.message?.text == "Bram coded a fragment in this source")
    }

    @Test func theUsersOwnMessageStaysInFrontOfWhatOthersDid() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("1"))
        let own = try #require(workbench.state.message?.text)
        #expect(own.hasPrefix("Coded "))
        try bramCodes(1, in: workbench, through: other)
        #expect(workbench.watch())
        #expect(workbench.state.message?.text == own + " · Bram coded a fragment in this source")
        try bramCodes(2, in: workbench, through: other)
        #expect(workbench.watch())
        #expect(workbench.state.message?.text == own + " · Bram coded 2 fragments in this source", "the part after it is replaced")
        workbench.press(.character("j"))
        try bramCodes(1, in: workbench, through: other)
        #expect(workbench.watch())
        #expect(workbench.state.message?.text == "Bram coded a fragment in this source", "after the next key, only the others")
        try bramCodes(1, in: workbench, through: other)
        #expect(workbench.watch())
        #expect(workbench.state.message?.text == "Bram coded a fragment in this source", "a live message is replaced whole")
    }

    @Test func aSelectedFragmentStaysOnItsItemWhenOthersAddRowsAboveIt() throws {
        let (workbench, folder) = try makeWorkbench(height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = try Project.open(at: workbench.project.url)
        workbench.press(.character("f"))
        try #require(workbench.state.screen == .fragments && workbench.data.fragments.count > 8)
        for _ in 0..<6 { workbench.press(.character("j")) }
        _ = workbench.render()
        let before = workbench.state.list(.fragments)
        let chosen = workbench.data.fragments[before.selected].id
        // Bram codes the very start of the first fragment's source with its code: a row above.
        let first = workbench.data.fragments[0].coding
        _ = try other.addCoding(source: first.sourceID, range: ScalarRange(start: 0, end: 2), code: first.code, coder: "Bram")
        #expect(workbench.watch())
        let after = workbench.state.list(.fragments)
        #expect(workbench.data.fragments[after.selected].id == chosen, "the same fragment is selected")
        #expect(after.selected == before.selected + 1)
        #expect(after.offset - after.selected == before.offset - before.selected, "at the same height on screen")
    }

    @Test func thePanelsChosenCodingStaysWhenOthersCodeTheSameTurn() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try #require(workbench.data.source)
        let turn = workbench.data.sourceUnits[workbench.state.list(.units).selected]
        try #require(turn.start > 5)
        workbench.press(.character("1"), .character("2"))
        workbench.press(.tab, .character("j"))
        let here = workbench.state.codingsHere(in: workbench.data)
        let index = workbench.state.reader.panelIndex
        try #require(here.indices.contains(index))
        let chosen = here[index].id
        // Bram codes from just before the turn: his coding comes first in the panel.
        _ = try other.addCoding(source: source.id, range: ScalarRange(start: turn.start - 5, end: turn.end), code: "VOR", coder: "Bram")
        #expect(workbench.watch())
        let now = workbench.state.codingsHere(in: workbench.data)
        #expect(now.count == here.count + 1, "\(here.map { "\($0.code) \($0.coder) \($0.range)" }) → \(now.map { "\($0.code) \($0.coder) \($0.range)" })")
        #expect(now.contains { $0.coder == "Bram" && $0.code == "VOR" })
        #expect(workbench.state.reader.panelIndex != index, "the rows moved: read again, the codings are in the order of the text")
        #expect(now.indices.contains(workbench.state.reader.panelIndex) && now[workbench.state.reader.panelIndex].id == chosen)
    }

    @Test func anothersCorrectionOfTheOpenSourceShowsItsNewText() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try #require(workbench.data.source)
        _ = try other.correctSource(source.id, to: "Gecorrigeerd door Bram.\n" + source.text,
                                    parse: { TranscriptReader.transcript(ofText: $0) })
        #expect(workbench.watch())
        #expect(workbench.data.source?.text.hasPrefix("Gecorrigeerd door Bram.\n") == true)
        #expect(workbench.data.sourceUnits == WorkbenchData.units(of: workbench.data.source!))
    }

    @Test func anOpenDialogIsLeftAloneUntilItCloses() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = workbench.data.sourceCodings.count
        workbench.press(.character(":"))
        workbench.type("fil")
        try bramCodes(2, in: workbench, through: other)
        #expect(workbench.watch() == false)
        #expect(workbench.data.sourceCodings.count == before)
        #expect(workbench.state.commandInput?.text == "fil", "what is typed stays")
        workbench.press(.escape)
        #expect(workbench.watch())
        #expect(workbench.data.sourceCodings.count == before + 2)
    }

    @Test func anotherCodersUndoIsReadAgainWithoutAJournalRow() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = workbench.data.sourceCodings.count
        try bramCodes(1, in: workbench, through: other)
        #expect(workbench.watch())
        _ = try other.undo()
        #expect(workbench.watch())
        #expect(workbench.data.sourceCodings.count == before)
        #expect(workbench.state.message?.text == "Changed elsewhere; read again")
    }

    @Test func controlLReadsTheProjectAgain() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.control("l"))
        #expect(workbench.state.message?.text == "Read the project again")
        try bramCodes(2, in: workbench, through: other)
        let before = workbench.data.sourceCodings.count
        workbench.press(.control("l"))
        #expect(workbench.data.sourceCodings.count == before + 2, "read at once, without waiting for an idle moment")
        #expect(workbench.state.message?.text == "Bram coded 2 fragments in this source")
        #expect(workbench.watch() == false)
    }

    @Test func theCountsOnTheCasesScreenFollow() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = try Project.open(at: workbench.project.url)
        let source = try #require(try other.sources().first)
        let fragments = workbench.data.fragmentsByCase[source.caseID] ?? 0
        let code = try #require(workbench.data.study.codebook.codes.first?.short)
        _ = try other.addCoding(source: source.id, range: ScalarRange(start: 0, end: 4), code: code, coder: "Bram")
        #expect(workbench.watch())
        #expect(workbench.data.fragmentsByCase[source.caseID] == fragments + 1)
        #expect(workbench.state.message?.text == "Bram coded a fragment", "not in the reader: no source named")
    }

    @Test func othersCommitsDuringAnOwnEventAreNotCalledOurs() throws {
        let (workbench, other, folder) = try readerAndOther()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = workbench.data.sourceCodings.count
        // As if Bram committed while the workbench ran its own key's effects.
        try bramCodes(1, in: workbench, through: other)
        workbench.passOwnEdits()
        #expect(workbench.watch(), "read again all the same")
        #expect(workbench.data.sourceCodings.count == before + 1)
        #expect(workbench.state.message?.text == "Changed elsewhere; read again", "the row is not told apart from the workbench's own")
    }

    @Test func aWorkbenchOpenedForReadingFollowsToo() throws {
        let (writing, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reading = try Project.open(at: writing.project.url, for: .reading)
        let state = AppState(language: .nl, readOnly: true, coder: "Student", projectName: "sample.werkbank",
                             theme: Theme(name: "plain"), colorProfile: .ansi16, width: 80, height: 24)
        let workbench = try Workbench(project: reading, state: state)
        let source = try #require(try reading.sources().first)
        let fragments = workbench.data.fragmentsByCase[source.caseID] ?? 0
        let code = try #require(workbench.data.study.codebook.codes.first?.short)
        _ = try writing.project.addCoding(source: source.id, range: ScalarRange(start: 0, end: 4), code: code, coder: "Bram")
        _ = try writing.project.addCoding(source: source.id, range: ScalarRange(start: 5, end: 9), code: code, coder: "Bram")
        #expect(workbench.watch())
        #expect(workbench.data.fragmentsByCase[source.caseID] == fragments + 2)
        #expect(workbench.state.message?.text == "Bram codeerde 2 fragmenten")
    }

    @Test func summariesInWords() {
        func change(_ kind: JournalChange.Kind, _ coder: String?, _ source: String? = "s1") -> JournalChange {
            JournalChange(seq: 1, label: "x", kind: kind, coder: coder, sourceID: source, at: nil)
        }
        let mixedCoders = LiveSummary(changes: [change(.coded, "Bram"), change(.coded, "Fleur"), change(.other, nil)], sourceID: "s1", forced: false)
        #expect(mixedCoders.text(.en) == "3 changes by others")
        #expect(mixedCoders.text(.nl) == "3 wijzigingen door anderen")
        let removed = LiveSummary(changes: [change(.uncoded, "Bram"), change(.uncoded, "Bram", "s2")], sourceID: "s1", forced: false)
        #expect(removed.text(.en) == "Bram removed 2 codings")
        #expect(removed.text(.nl) == "Bram verwijderde 2 coderingen")
        let here = LiveSummary(changes: [change(.coded, "Bram")], sourceID: "s1", forced: false)
        #expect(here.text(.nl) == "Bram codeerde een fragment in deze bron")
        let mixedKinds = LiveSummary(changes: [change(.coded, "Bram"), change(.recoded, "Bram")], sourceID: nil, forced: false)
        #expect(mixedKinds.text(.en) == "2 changes by Bram")
    }
}
