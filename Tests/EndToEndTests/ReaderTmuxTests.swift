import Foundation
import Testing

/// The reader in a real terminal (tmux), item by item of issue 11's "Broken" list: what the
/// screen shows, and what the command line then reads from the project.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct ReaderTmuxTests {
    static let interview = "Interview met de manager behandelzaken"
    static let observation = "Observatie van een klinische les"

    /// Item 1: a stretch selected inside lines is marked to the character, and what is marked
    /// is what `c vmm Enter` stores (the report's keys at 200×60).
    @Test func theMarkIsExactlyWhatIsStored() throws {
        let reader = try ReaderTmux(width: 200, height: 60)
        defer { reader.close() }
        try reader.openSource(Self.interview)
        try reader.session.keys("j", "j", "j")
        try reader.session.waitUntil("the turn M1: Nou, eh… selected") { _ in
            (try? reader.reverseText(columns: 0..<166, rows: 1..<58).first?.hasPrefix("Nou, eh")) == true
        }
        // Each key changes the frame (`o` says in the status bar which end moves now).
        for key in ["v", "b", "b", "b", "o", ")", ")"] { try reader.press(key) }
        let screen = try reader.session.waitFor("SELECT")
        let marked = ReaderTmux.words(try reader.reverseText(columns: 0..<166, rows: 1..<58).joined(separator: " "))
        #expect(!marked.contains("koffieautomaat"), "the line of the coffee machine is not marked:\n\(marked)")
        #expect(screen.contains("\(marked.split(separator: " ").count) words, M1, turn 4"), "the selection in words:\n\(screen)")
        try reader.session.keys("c")
        try reader.session.waitFor("VMM")
        try reader.session.type("vmm")
        try reader.session.keys("Enter")
        try reader.session.waitFor("Coded VMM")
        let vmm = try #require(try reader.fragments().first { $0["Code"] as? String == "VMM" })
        // `o ) )` moves the start two sentences on, past the coffee machine; `b b b` the end
        // three words back, to "iets". (656 is the space before "Terwijl": where a sentence
        // move may stop is another item of the issue.)
        let quote = ReaderTmux.words(vmm["Quote"] as? String ?? "")
        #expect([656, 657].contains(vmm["Start"] as? Int ?? 0) && vmm["End"] as? Int == 1028, "the stored stretch: \(vmm)")
        #expect(quote.hasPrefix("Terwijl onze revalidanten") && quote.hasSuffix("laten we er iets"), "\(quote)")
        #expect(quote == marked, "what is stored is what was marked")
        try reader.quit()
    }

    /// Item 1: a search match is marked as the one word it stores (`/coordinator Enter n n`
    /// from the turn "M1: Nou, eh…", round the end to the first match, then `2`).
    @Test func aSearchMatchIsMarkedAndStoredAsTheWord() throws {
        let reader = try ReaderTmux(width: 200, height: 60)
        defer { reader.close() }
        try reader.openSource(Self.interview)
        try reader.session.keys("j", "j", "j", "/")
        try reader.session.type("coordinator")
        try reader.session.keys("Enter")
        try reader.session.waitFor("of ")
        try reader.session.keys("n", "n")
        let screen = try reader.session.waitFor("wrapped round")
        #expect(screen.contains("“coordinator”: 1 of "), "\(screen)")
        let marked = try reader.reverseText(columns: 0..<166, rows: 1..<58)
        #expect(marked == ["coördinator"], "only the match is marked:\n\(marked)\n\(screen)")
        try reader.session.keys("2")
        try reader.session.waitFor("Coded GOC")
        let goc = try #require(try reader.fragments().first { $0["Code"] as? String == "GOC" })
        #expect(goc["Quote"] as? String == "coördinator" && goc["Start"] as? Int == 368 && goc["End"] as? Int == 379, "\(goc)")
        try reader.quit()
    }

    /// Item 1: a drag with the mouse marks and stores what was dragged over, from the cell
    /// pressed to the cell released (the sentence of the coffee machine, without its period).
    @Test func aDragIsMarkedAndStoredToTheCharacter() throws {
        let reader = try ReaderTmux(width: 200, height: 60)
        defer { reader.close() }
        try reader.openSource(Self.interview)
        let screen = try reader.session.screen()
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func cell(of text: String) throws -> (x: Int, y: Int) {
            let y = try #require(rows.firstIndex { $0.contains(text) }, "\(text) on screen:\n\(screen)")
            return (rows[y].distance(from: rows[y].startIndex, to: rows[y].range(of: text)!.lowerBound), y)
        }
        let from = try cell(of: "De fysiostudent")
        let period = try cell(of: "koffieautomaat.")
        // X10 mouse reports (xterm mode 1000, which the workbench turns on): ESC [ M, then
        // 32 + the button (0 pressed, 3 released), 33 + the column, 33 + the row.
        func report(_ button: Int, _ x: Int, _ y: Int) throws {
            let bytes = [0x1B, 0x5B, 0x4D, 32 + button, 33 + x, 33 + y].map { String(format: "%02x", $0) }
            try reader.session.tmux(capturing: false, ["send-keys", "-t", reader.session.name, "-H"] + bytes)
        }
        try report(0, from.x, from.y)
        try report(3, period.x + "koffieautomaat".count, period.y)
        let marked = try reader.session.waitUntil("the dragged stretch marked") { _ in
            (try? reader.reverseText(columns: 0..<166, rows: 1..<58).first?.hasPrefix("De fysiostudent")) == true
        }
        let drawn = ReaderTmux.words(try reader.reverseText(columns: 0..<166, rows: 1..<58).joined(separator: " "))
        #expect(drawn.hasSuffix("bij de koffieautomaat"), "\(drawn)\n\(marked)")
        try reader.session.keys("4")
        try reader.session.waitFor("Coded VMM")
        let vmm = try #require(try reader.fragments().first)
        #expect(ReaderTmux.words(vmm["Quote"] as? String ?? "") == drawn, "stored is dragged: \(vmm)")
        try reader.quit()
    }

    /// Item 3: at 80×24 every line of the observation's long paragraph "Voorbereiding…" comes
    /// into view by `j`, with the position shown, and `5` codes that paragraph.
    @Test func everyLineOfALongParagraphIsReachedAt80x24() throws {
        let reader = try ReaderTmux(width: 80, height: 24)
        defer { reader.close() }
        try reader.openSource(Self.observation)
        var seen = ""
        var screen = try reader.session.screen()
        for _ in 0..<60 where !screen.contains("Opbouw. De les") {
            screen = try reader.press("j")
            seen += screen
            #expect(screen.contains("%"), "the position is always shown:\n\(screen)")
        }
        // Back to the paragraph's start: k scrolls up inside it, then the paragraph is chosen.
        for _ in 0..<60 where !(try reader.reverseText(columns: 0..<80, rows: 1..<22).first?.hasPrefix("Voorbereiding") ?? false) {
            screen = try reader.press("k")
        }
        let paragraph = "Voor aanvang vertelt O3 de observator dat de klinische lessen om de beurt door een andere discipline "
            + "of groep worden verzorgd: de ene keer een behandelaar, dan een docent, dan een student. Wie een les geeft, "
            + "bereidt die voor met iemand uit een andere discipline of van de andere hogeschool."
        // Each word of the paragraph's first sentences was on screen in the frames seen going down.
        let shown = Set(seen.split(whereSeparator: { $0.isWhitespace || $0 == "│" }).map(String.init))
        let missing = paragraph.split(separator: " ").map(String.init).filter { !shown.contains($0) }
        #expect(missing.isEmpty, "words of the paragraph never shown: \(missing)")
        #expect(seen.contains("\"eens langs te gaan\"."), "the paragraph's last line was shown")
        try reader.session.keys("5")
        try reader.session.waitFor("Coded VOR")
        let vor = try #require(try reader.fragments().first { $0["Code"] as? String == "VOR" })
        let quote = vor["Quote"] as? String ?? ""
        #expect(quote.hasPrefix("Voorbereiding. Voor aanvang") && quote.hasSuffix("\"eens langs te gaan\"."), "\(quote)")
        try reader.quit()
    }
}
