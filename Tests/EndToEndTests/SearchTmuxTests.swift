import Foundation
import Testing

/// The Search screen in a real terminal (tmux, 80×24): `/` searches the project, Space marks
/// hits, `c` codes them with a code and a unit; the command line then reads the codings.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct SearchTmuxTests {
    @Test func searchMarkCodeAndReadBack() throws {
        let workbench = try ReaderTmux(width: 80, height: 24)
        defer { workbench.close() }
        try workbench.session.waitFor("Revalidatie 1")
        try workbench.session.keys("/")
        try workbench.session.type("intervisie")
        try workbench.session.keys("Enter")
        func hitRows(_ screen: String) -> [Substring] {
            screen.split(separator: "\n").filter { $0.contains("intervisie") && !$0.contains("Search") && !$0.hasPrefix("/") }
        }
        // The whole frame: a capture can catch it half drawn, the header before the rows.
        let results = try workbench.session.waitUntil("7 hits in 1 case, all drawn") { screen in
            screen.contains("7 hits in 1 case") && hitRows(screen).count == 7
        }
        #expect(results.contains("Revalidatie 1 — 7"), "the case's header with its count:\n\(results)")
        // Every hit starts in one column.
        let columns = hitRows(results).map { row in row.distance(from: row.startIndex, to: row.range(of: "intervisie")!.lowerBound) }
        #expect(columns.count == 7 && Set(columns).count == 1, "hits in one column:\n\(results)")
        try workbench.session.keys("Space")
        try workbench.session.waitFor("1 marked")
        try workbench.session.keys("Space")
        try workbench.session.waitFor("2 marked")
        try workbench.session.keys("c")
        try workbench.session.waitFor("LOS")
        try workbench.session.type("LOS")
        try workbench.session.keys("Enter")
        try workbench.session.waitFor("Code 2 hits with LOS")
        try workbench.session.keys("t")
        try workbench.session.waitFor("2 codings made with LOS")
        let fragments = try workbench.fragments()
        #expect(fragments.count == 2 && fragments.allSatisfy { $0["Code"] as? String == "LOS" }, "\(fragments)")
        #expect(fragments.allSatisfy { ($0["Quote"] as? String ?? "").contains("intervisie") }, "the turns of the hits: \(fragments)")
        #expect(Set(fragments.compactMap { $0["Speaker"] as? String }) == ["O3", "O4"], "\(fragments)")
        // u undoes the step: the command line finds none.
        try workbench.session.keys("u")
        try workbench.session.waitFor("Undone")
        #expect(try workbench.fragments().isEmpty)
        try workbench.quit()
    }
}
