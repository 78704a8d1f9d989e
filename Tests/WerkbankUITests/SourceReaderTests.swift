import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The source reader: open a source from its case, move by turns, code with number keys.
@Suite struct SourceReaderTests {
    /// Opens Revalidatie 1 → Sources → the manager interview (the fourth source).
    func openInterview(_ workbench: Workbench) {
        workbench.press(.down, .enter, .tab, .tab, .down, .enter)
    }

    @Test func openMoveCodeUndoRedo() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        openInterview(workbench)
        #expect(workbench.state.screen == .source)
        let source = try #require(workbench.data.source)
        #expect(source.id == "rev1-interview-manager")
        #expect(workbench.data.sourceUnits == source.turns.map(\.range))

        workbench.press(.character("j"), .character("j"))
        let turn = source.turns[2]
        #expect(workbench.state.selection(in: workbench.data) == turn.range)
        let before = try workbench.project.codings(inSource: source.id).count
        workbench.press(.character("1"), .character("3"))
        let mine = try workbench.project.codings(inSource: source.id, coder: "Anouk").filter { $0.range == turn.range }
        #expect(Set(mine.map(\.code)) == ["LOS", "LeA"])
        #expect(try workbench.project.codings(inSource: source.id).count == before + 2)
        #expect(workbench.state.message?.text == "Coded LeA")
        let screen = workbench.render().text
        #expect(screen.contains("██ LOS  Anouk"))
        #expect(screen.contains("██ LeA  Anouk"))
        #expect(screen.contains("LOS▐LeA▐     I: Hoe is de werkplaats ontstaan?"))

        workbench.press(.character("u"))
        #expect(try workbench.project.codings(inSource: source.id).count == before + 1)
        #expect(!workbench.render().text.contains("██ LeA  Anouk"))
        workbench.press(.control("r"))
        #expect(try workbench.project.codings(inSource: source.id).count == before + 2)
        #expect(workbench.render().text.contains("██ LeA  Anouk"))
    }

    @Test func onlyMyCodingsAndReadOnly() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32, readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        openInterview(workbench)
        workbench.press(.character("j"))
        #expect(workbench.render().text.contains("██ SRI  Anouk"))
        workbench.press(.character("a"))
        #expect(workbench.state.reader.showAllCoders == false)
        let before = try workbench.project.codings(inSource: "rev1-interview-manager").count
        workbench.press(.character("1"))
        #expect(workbench.state.message?.text == "Not possible while read-only (started with --read-only): code the selection with LOS")
        #expect(try workbench.project.codings(inSource: "rev1-interview-manager").count == before)
    }

    @Test func numberKeysCodeOnTheReaderButSwitchScreensElsewhere() {
        #expect(ActionTable.action(for: .character("1"), on: .source) == .code1)
        #expect(ActionTable.action(for: .character("6"), on: .source) == .code6)
        #expect(ActionTable.action(for: .character("1"), on: .cases) == .goCases)
        #expect(!ActionTable.entries(for: .source).contains { $0.action == .goCases })
    }

    @Test func layoutRowsKnowTheirOffsets() {
        let source = Source(id: "s", caseID: "c", title: "t", kind: .interview, interviewers: ["I"],
                            participants: [Participant(id: "C1", role: "Cliënten")],
                            text: "I: Hoe gaat het?\nC1: Clie\u{0308}nten 漢字 leren mee, dat merk je wel.",
                            turns: [])
        let layout = SourceLayout(source: source, width: 20)
        #expect(layout.rows.map(\.text) == ["I: Hoe gaat het?", "C1: Clie\u{0308}nten 漢字 ", "leren mee, dat merk ", "je wel."])
        for row in layout.rows {
            #expect(source.text.scalars(in: row.range) == row.text)
        }
        #expect(layout.rows[1].speaker == "C1" && layout.rows[1].labelWidth == 4)
        #expect(layout.rows(overlapping: ScalarRange(start: 21, end: 40)) == 1...2)
    }

    @Test func lanesPutOverlappingCodingsSideBySide() {
        let a = Coding(sourceID: "s", range: ScalarRange(start: 0, end: 10), code: "LOS", coder: "A")
        let b = Coding(sourceID: "s", range: ScalarRange(start: 5, end: 15), code: "GOC", coder: "A")
        let c = Coding(sourceID: "s", range: ScalarRange(start: 10, end: 20), code: "LeA", coder: "A")
        let lanes = SourceScreen.lanes(for: [c, b, a])
        #expect(lanes[a.id] == 0 && lanes[b.id] == 1 && lanes[c.id] == 0)
    }
}
