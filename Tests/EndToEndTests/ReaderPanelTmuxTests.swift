import Foundation
import Testing

/// The reader's codes here, picker and gutter in a real terminal (tmux), items 2, 4, 5 and 6
/// of issue 11: what the screen shows, and what the command line then reads.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct ReaderPanelTmuxTests {
    /// Opens the manager interview at 80×24 on the turn "M1: Nou, eh…" (six codings).
    func onTheBusyTurn() throws -> ReaderTmux {
        let reader = try ReaderTmux(width: 80, height: 24)
        do {
            try reader.openSource(ReaderTmuxTests.interview)
            try reader.session.keys("j", "j", "j")
            try reader.session.waitFor("Codes here (6)")
            return reader
        } catch {
            reader.close()
            throw error
        }
    }

    /// Item 2: the codes here follow the chosen coding ("3/6"); `x` on Bram's coding asks,
    /// `n` keeps it (the project still has it), `x y` removes it and says so, `u` undoes it.
    @Test func codesHereFollowTheChoiceAndRemovingAnothersCodingAsks() throws {
        let reader = try onTheBusyTurn()
        defer { reader.close() }
        try reader.session.keys("Tab")
        var screen = try reader.session.waitFor("Codes here 1/6")
        // Down until the chosen coding (reverse video in the panel) is Bram's AAN-KANS.
        func chosen(_ screen: String) throws -> String? {
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            let styled = try reader.styledScreen().split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in styled.enumerated() where index > 14 && index < 22 {
                let marked = String(ReaderTmux.reverseCells(of: String(line)).map(\.character)).trimmingCharacters(in: .whitespaces)
                if !marked.isEmpty, rows.indices.contains(index) { return "\(marked) \(rows[index])" }
            }
            return nil
        }
        var step = 1
        while step < 6, try !(chosen(screen).map { $0.hasPrefix("AAN-KANS") && $0.contains("Bram") } ?? false) {
            step += 1
            try reader.session.keys("Down")
            screen = try reader.session.waitFor("Codes here \(step)/6")
        }
        #expect(try chosen(screen)?.contains("Bram") == true, "Bram's AAN-KANS is chosen and on screen:\n\(screen)")
        let bramKans = { (rows: [[String: Any]]) in rows.contains { $0["Code"] as? String == "AAN-KANS" && $0["Start"] as? Int == 893 } }
        try reader.session.keys("x")
        try reader.session.waitFor("Remove AAN-KANS of Bram (893..988)? It is not your")
        try reader.session.keys("n")
        try reader.session.waitFor("Nothing removed")
        #expect(bramKans(try reader.fragments(coder: "Bram")), "still in the project after answering no")
        try reader.session.keys("x")
        try reader.session.waitFor("It is not your")
        try reader.session.keys("y")
        let removed = try reader.session.waitFor("Removed AAN-KANS of Bram")
        #expect(removed.contains("u undoes it"), "\(removed)")
        #expect(!bramKans(try reader.fragments(coder: "Bram")), "gone after answering yes")
        try reader.session.keys("u")
        try reader.session.waitFor("Undone")
        #expect(bramKans(try reader.fragments(coder: "Bram")), "back after u")
        try reader.quit()
    }

    /// Item 4: `c lea Enter` codes LeA, not a fuzzy match; a name that matches nothing says so.
    @Test func anExactShortNameWinsInThePicker() throws {
        let reader = try onTheBusyTurn()
        defer { reader.close() }
        try reader.session.keys("c")
        try reader.session.waitFor("LOS")
        try reader.session.type("lea")
        try reader.session.keys("Enter")
        try reader.session.waitFor("Coded LeA")
        let codes = try reader.fragments().map { $0["Code"] as? String ?? "" }
        #expect(codes == ["LeA"], "\(codes)")
        try reader.session.keys("c")
        try reader.session.waitFor("LOS")
        try reader.session.type("qqq")
        try reader.session.keys("Enter")
        // Waits for the answer to Enter, not for the typed letters (they show before it).
        let screen = try reader.session.waitUntil("the answer to Enter without a match") { $0.lowercased().contains("no code") }
        #expect(screen.contains("qqq"), "the picker keeps what was typed:\n\(screen)")
        try reader.session.keys("Escape")
        #expect(try reader.fragments().count == 1)
        try reader.quit()
    }

    /// Item 5: a memo of two lines is drawn line by line in the codes here and stored with its
    /// line break; the command line's table draws it line by line too.
    @Test func aMultiLineMemoIsDrawnLineByLine() throws {
        let reader = try onTheBusyTurn()
        defer { reader.close() }
        try reader.session.keys("1")
        try reader.session.waitFor("Coded LOS")
        try reader.session.keys("Tab")
        try reader.session.waitFor("Codes here 1/7")
        // Tester's LOS is the chosen coding when the panel opens on it: find it.
        for step in 2...7 where !(try reader.session.screen().contains("LOS  Tester")) {
            try reader.session.keys("Down")
            try reader.session.waitFor("Codes here \(step)/7")
        }
        try reader.session.keys("m")
        try reader.session.waitFor("Memo · LOS · Tester")
        try reader.session.type("Eerste regel van het memo")
        try reader.session.keys("Enter")
        try reader.session.type("tweede regel")
        try reader.session.keys("Escape")
        let screen = try reader.session.waitFor("Memo saved")
        let rows = screen.split(separator: "\n")
        let first = try #require(rows.firstIndex { $0.contains("Eerste regel van het memo") }, "\(screen)")
        #expect(!rows[first].contains("tweede"), "one line per row:\n\(screen)")
        #expect(rows.indices.contains(first + 1) && rows[first + 1].contains("   tweede regel"), "the second line under the first:\n\(screen)")
        let los = try #require(try reader.fragments().first)
        #expect(los["Memo"] as? String == "Eerste regel van het memo\ntweede regel")
        let table = try BinaryRunner.run(["fragments", "--coder", "Tester", "--project", reader.project.path])
        let lines = table.output.split(separator: "\n")
        func column(_ text: String, in line: Substring) -> Int? { line.range(of: text).map { line[..<$0.lowerBound].count } }
        let memoLine = try #require(lines.firstIndex { $0.contains("Eerste regel van het memo") }, "\(table.output)")
        let second = lines.indices.contains(memoLine + 1) ? column("tweede regel", in: lines[memoLine + 1]) : nil
        #expect(second != nil && second == column("Eerste regel", in: lines[memoLine]),
                "the table's second memo line stands under the first:\n\(table.output)")
        try reader.quit()
    }

    /// Item 6: a coding more on the busy turn is not invisible: where more codings touch a
    /// row than there are lanes the gutter says how many ("+2"), and the sub-codes read VRA,
    /// KAN and URG.
    @Test func aBusyGutterShowsHowManyMore() throws {
        let reader = try onTheBusyTurn()
        defer { reader.close() }
        let before = try reader.session.screen()
        let turn = try #require(before.split(separator: "\n").first { $0.contains("M1: Nou, eh") }.map(String.init))
        #expect(turn.contains("VRA▐KAN▐URG▐"), "three lanes, sub-codes told apart:\n\(before)")
        #expect(before.contains("▐+2 ▐") || before.contains("▐+3 ▐"), "Bram's codings counted further down:\n\(before)")
        try reader.session.keys("1")
        let after = try reader.session.waitFor("Coded LOS")
        let coded = try #require(after.split(separator: "\n").first { $0.contains("M1: Nou, eh") }.map(String.init))
        #expect(coded.contains("▐+2 ▐"), "the new coding counts in the gutter of the first line:\n\(after)")
        let all = try reader.fragments(coder: nil).filter { fragment in
            fragment["Source"] as? String == "rev1-interview-manager" && (fragment["Start"] as? Int ?? 0) >= 448 && (fragment["End"] as? Int ?? .max) <= 1052
        }
        let listed = all.map { "\($0["Code"] ?? "") \($0["Coder"] ?? "")" }
        #expect(all.count == 7, "seven codings on the turn: \(listed)")
        try reader.quit()
    }
}
