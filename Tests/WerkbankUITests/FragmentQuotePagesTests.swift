import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// The Fragments screen shows its first page at once while the whole list is read on another
/// thread, without quotes, and reads the quotes a page at a time as the list shows them
/// (decision 77); what it shows is what reading all at once showed.
@Suite struct FragmentQuotePagesTests {
    static let page = WorkbenchData.fragmentQuotePage

    @Test func theFirstPageShowsWhileTheRestIsRead() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try workbench.project.fragments()
        // The event alone, as the loop handles it, before the list read on the other thread is taken.
        workbench.handle(.key(.character("f")))
        #expect(workbench.data.fragments == Array(all.prefix(Self.page)))
        #expect(!workbench.data.fragmentsComplete)
        #expect(workbench.render().text.contains("┌ Fragments — \(Self.page)+ ─"))
        for _ in 0..<10 { workbench.handle(.key(.down)) }
        let selected = try #require(workbench.state.selectedFragment(in: workbench.data))

        #expect(workbench.takeFragmentList(waiting: true))
        #expect(workbench.data.fragmentsComplete)
        #expect(workbench.data.fragments.map(\.id) == all.map(\.id))
        #expect(workbench.state.selectedFragment(in: workbench.data) == selected, "the same fragment stays selected, with its quote")
        #expect(workbench.render().text.contains("┌ Fragments — \(all.count) ─"))
        #expect(!workbench.takeFragmentList(waiting: true), "nothing more to take")
    }

    @Test func removingAFragmentBelowTheFirstPageKeepsThePlace() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"))
        let before = try workbench.project.fragments()
        // The user's own coding below the first page: removed without a question.
        let index = try #require(before.indices.first { $0 > Self.page + 20 && before[$0].coding.coder == "Anouk" })
        workbench.state.lists[.fragments] = ListState(selected: index, offset: index - 3)
        workbench.handle(.key(.character("x")))
        // Read again at once, not from the first page: the selection is far below it.
        #expect(workbench.data.fragmentsComplete)
        #expect(workbench.data.fragments.count == before.count - 1)
        #expect(workbench.state.list(.fragments).selected == index)
        #expect(workbench.state.selectedFragment(in: workbench.data)?.id == before[index + 1].id)
        #expect(workbench.render().text.contains(String(FragmentsScreen.oneLine(before[index + 1].quote, characters: 20).text.prefix(12))))
    }

    @Test func anotherFilterWhileTheListIsReadTakesItsOwnList() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.handle(.key(.character("f")))
        #expect(!workbench.data.fragmentsComplete)
        let first = try #require(workbench.fragmentListRead)
        workbench.handle(.key(.character(":")))
        for character in "filter coder Anouk" { workbench.handle(.key(.character(character))) }
        workbench.handle(.key(.enter))
        let second = try #require(workbench.fragmentListRead, "more than a page: read on the other thread too")
        #expect(second !== first, "the first read is dropped")
        #expect(workbench.takeFragmentList(waiting: true))
        let anouk = try workbench.project.fragments(FragmentFilter(coders: ["Anouk"]))
        try #require(anouk.count > Self.page)
        #expect(workbench.data.fragments.map(\.id) == anouk.map(\.id))
        #expect(first.waitAndTake() != nil, "a cancelled read still ends")
    }

    @Test func aProjectOpenedForReadingReadsTheListOnItsOwnConnection() throws {
        let (made, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Project.open(at: made.project.url, for: .reading)
        let state = AppState(language: .en, readOnly: true, coder: "Anouk", projectName: "sample.werkbank",
                             theme: Theme(name: "plain"), colorProfile: .ansi16, width: 80, height: 24)
        let workbench = try Workbench(project: project, state: state)
        workbench.handle(.key(.character("f")))
        #expect(!workbench.data.fragmentsComplete)
        workbench.settle()
        #expect(workbench.data.fragments.map(\.id) == (try project.fragments()).map(\.id))
    }

    @Test func aSmallListIsWholeAtOnce() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.handle(.key(.character(":")))
        for character in "filter code LeA" { workbench.handle(.key(.character(character))) }
        workbench.handle(.key(.enter))
        let lea = try workbench.project.fragments(FragmentFilter(codes: ["LeA"]))
        try #require(lea.count < Self.page)
        #expect(workbench.data.fragmentsComplete)
        #expect(workbench.data.fragments == lea)
        #expect(!workbench.takeFragmentList(waiting: true))
    }

    @Test func onlyThePagesNearTheSelectionAreQuoted() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try workbench.project.fragments()
        let pages = (all.count + Self.page - 1) / Self.page
        try #require(pages >= 3, "the sample project has fragments for three pages")

        workbench.press(.character("f"))
        #expect(workbench.data.fragments.map(\.id) == all.map(\.id))
        #expect(workbench.data.fragmentPagesWithoutQuotes == Set(1..<pages))
        #expect(Array(workbench.data.fragments.prefix(Self.page)) == Array(all.prefix(Self.page)))
        #expect(workbench.data.fragments[Self.page].quote.isEmpty, "a page out of view is not read")
        #expect(workbench.render().text.contains("“" + all[0].quote.prefix(12)))

        // The end of the list: its page is read before the frame that shows it.
        workbench.press(.character("G"))
        #expect(!workbench.data.fragmentPagesWithoutQuotes.contains(pages - 1))
        #expect(workbench.data.fragmentPagesWithoutQuotes.contains(1))
        #expect(workbench.data.fragments.last == all.last)
        let lastQuote = FragmentsScreen.oneLine(try #require(all.last).quote, characters: 20).text
        #expect(workbench.render().text.contains(String(lastQuote.prefix(12))))

        // Paging down across a page's edge reads the next one.
        workbench.press(.character("g"))
        while workbench.state.list(.fragments).selected < Self.page - 5 { workbench.press(.pageDown) }
        #expect(!workbench.data.fragmentPagesWithoutQuotes.contains(1))
        #expect(workbench.data.fragments[Self.page] == all[Self.page])
    }

    @Test func findReadsEveryQuoteFirst() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try workbench.project.fragments()
        // What `F` looks through on this screen (FragmentsScreen.findRows).
        func row(_ fragment: Fragment) -> String {
            [fragment.coding.code, fragment.caseName, fragment.sourceTitle, fragment.speaker ?? "", fragment.role ?? "",
             fragment.coding.coder, fragment.quote, fragment.coding.memo ?? ""].joined(separator: " ")
        }
        func holds(_ index: Int, _ word: String) -> Bool {
            row(all[index]).range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        // A word only in quotes past the first page: found only if their quotes are read.
        let words = Set(all[Self.page...].flatMap { $0.quote.split(whereSeparator: { !$0.isLetter }).map(String.init) }).filter { $0.count > 6 }
        let word = try #require(words.sorted().first { word in !(0..<Self.page).contains { holds($0, word) } })
        let expected = try #require(all.indices.first { holds($0, word) })

        workbench.press(.character("f"))
        #expect(!workbench.data.fragmentPagesWithoutQuotes.isEmpty)
        workbench.press(.character("F"))
        workbench.type(word)
        workbench.press(.enter)
        #expect(workbench.data.fragmentPagesWithoutQuotes.isEmpty)
        let quotedAll = workbench.data.fragments == all
        #expect(quotedAll, "every fragment as read at once")
        #expect(workbench.state.list(.fragments).selected == expected)

        // `n` after the list is read again from its first page reads the quotes first too.
        workbench.press(.character("g"))
        workbench.run([.loadFragments(FragmentFilter())])
        #expect(!workbench.data.fragmentsComplete)
        workbench.press(.character("n"))
        #expect(workbench.state.list(.fragments).selected == expected)
    }

    @Test func aFilterReadsItsFirstPageAgain() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"))
        workbench.press(.character(":"))
        workbench.type("filter code LOS")
        workbench.press(.enter)
        let los = try workbench.project.fragments(FragmentFilter(codes: ["LOS"]))
        #expect(Array(workbench.data.fragments.prefix(Self.page)) == Array(los.prefix(Self.page)))
        #expect(workbench.data.fragments.map(\.id) == los.map(\.id))
    }
}
