import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// PDF documents through pdftotext, with their pages kept (decision 59). The fixtures are
/// made by Tests/Fixtures/make-pdfs.py.
@Suite(.enabled(if: PDFText.toolPath() != nil, "pdftotext (poppler-utils) is not installed"))
struct PDFTextTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    @Test func twoPagesKeepTheirBreak() throws {
        let transcript = try TranscriptReader.read(Self.fixtures.appendingPathComponent("two-pages.pdf"))
        #expect(transcript.turns.isEmpty)
        #expect(transcript.text == """
            Beleidsplan werkplaats
            De eerste pagina gaat over doelen.
            \u{0C}
            Tweede pagina
            Studenten leren samen met professionals.
            """)
        let source = Source(id: "plan", caseID: "zorg-1", title: "plan", kind: .document, text: transcript.text)
        let second = transcript.text.unicodeScalars.count - "professionals.".unicodeScalars.count
        #expect(source.page(at: 0) == 1)
        #expect(source.page(at: second) == 2)
    }

    @Test func notAPDFIsRefusedByName() throws {
        #expect(throws: LoadProblem(file: "plan.pdf", message: "is not a PDF (it does not start with %PDF-)")) {
            try TranscriptReader.read(Data("Dit is tekst.".utf8), format: .pdf, as: "plan.pdf")
        }
    }

    @Test func aPDFWithoutTextLayerIsRefused() throws {
        let url = Self.fixtures.appendingPathComponent("no-text.pdf")
        #expect { try TranscriptReader.read(url) } throws: { error in
            (error as? LoadProblem)?.message.hasPrefix("has no text layer (a scanned PDF?)") == true
        }
    }

    @Test func pagesAreSplitAtFormFeeds() {
        #expect(PDFText.pages("een\n\u{0C}twee\n\n\u{0C}") == "een\n\u{0C}\ntwee")
        // An empty page keeps the numbers of the pages after it.
        #expect(PDFText.pages("een\n\u{0C}\u{0C}drie\n\u{0C}") == "een\n\u{0C}\n\n\u{0C}\ndrie")
        #expect(Source.page(in: "een\n\u{0C}\n\n\u{0C}\ndrie", at: 12) == 3)
        #expect(Source.page(in: "geen pagina's", at: 3) == nil)
    }

}

/// Citations of a fragment in a PDF name its page (decision 59); others are as they were.
@Suite struct PageCitationTests {
    func fragment(page: Int?) -> Fragment {
        Fragment(coding: Coding(sourceID: "plan", range: ScalarRange(start: 60, end: 70), code: "LOS", coder: "Anouk"),
                 caseID: "zorg-1", caseName: "Zorg 1", sourceTitle: "Beleidsplan", sourceKind: .document,
                 speaker: nil, role: nil, quote: "Studenten leren", page: page)
    }

    @Test func reportQuotesAndFindingNotesNameThePage() {
        #expect(ReportDocument.Quote(fragment(page: 2)).attribution == "no speaker · Beleidsplan, p. 2, coded by Anouk")
        #expect(ReportDocument.Quote(fragment(page: nil)).attribution == "no speaker · Beleidsplan, coded by Anouk")
        let note = FindingsDocument.Note(number: 1, coding: UUID(), quote: "Studenten leren", speaker: nil, role: nil,
                                         source: "Beleidsplan", removed: false, page: 4)
        #expect(note.attribution == "Beleidsplan, p. 4")
        var without = note
        without.page = nil
        #expect(without.attribution == "Beleidsplan")
    }
}
