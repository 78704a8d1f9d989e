import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// The Fragments screen reads its fragments without quotes and the quotes a page at a time,
/// as the list shows them (decision 77); what it shows is what reading all at once showed.
@Suite struct FragmentQuotePagesTests {
    static let page = WorkbenchData.fragmentQuotePage

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
        workbench.press(.character("f"))
        #expect(!workbench.data.fragmentPagesWithoutQuotes.isEmpty)
        // A word of a quote on the last page: `F` (find in the list) must find it there.
        let last = try #require(all.last)
        let word = try #require(last.quote.split(separator: " ").map(String.init).max(by: { $0.count < $1.count }))
        workbench.press(.character("F"))
        #expect(workbench.data.fragmentPagesWithoutQuotes.isEmpty)
        let quotedAll = workbench.data.fragments == all
        #expect(quotedAll, "every fragment as read at once")
        workbench.type(word)
        workbench.press(.enter)
        let found = workbench.state.list(.fragments).selected
        #expect(all[found].quote.localizedCaseInsensitiveContains(word) || all[found].coding.memo?.localizedCaseInsensitiveContains(word) == true
                || "\(all[found].caseName) \(all[found].sourceTitle)".localizedCaseInsensitiveContains(word))
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
