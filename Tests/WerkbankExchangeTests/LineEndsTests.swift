import Foundation
import Testing
@testable import WerkbankExchange

@Suite struct LineEndsTests {
    /// What the import did before: Foundation's replacements, CRLF first.
    func reference(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    @Test(arguments: [
        "", "\r", "\n", "\r\n", "\n\r", "\r\r\n\n", "a\r\nb", "a\rb\rc", "a\r\n\r\nb\r",
        "I: Hoe gaat het met de Cliënten?\r\nJan: één ding.\r", "中文\r\n😀\r👩‍👩‍👧\r\nx", "no line end at all",
        "\r\n\r\n\r\n", "x\u{301}\r\ny",
    ])
    func sameAsFoundation(_ text: String) {
        #expect(LineEnds.normalised(text) == reference(text))
        #expect(Array(LineEnds.normalised(text).utf8) == Array(reference(text).utf8))
    }

    /// Foundation compared characters: a CRLF followed by a combining mark was not found as
    /// CRLF, and its CR and LF became two line ends. Bytes make it one.
    @Test func aCombiningMarkAfterCRLFKeepsOneLineEnd() {
        #expect(Array(LineEnds.normalised("e\u{301}\r\n\u{301}").utf8) == Array("e\u{301}\n\u{301}".utf8))
    }

    @Test func aTextWithoutCarriageReturnsComesBackAsItIs() {
        let text = String(repeating: "Cliënten zeggen:\n", count: 1000)
        #expect(LineEnds.normalised(text) == text)
    }

    @Test func aCRLFFileImportsAsItsLFTwin() throws {
        let lf = "I: Hoe gaat het met de Cliënten?\nJan: Goed, één ding.\nNog een regel.\n\nI: Dank."
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let fromLF = try TranscriptReader.read(Data(lf.utf8), format: .txt, as: "lf.txt")
        let fromCRLF = try TranscriptReader.read(Data(crlf.utf8), format: .txt, as: "crlf.txt")
        #expect(fromCRLF.text == fromLF.text)
        #expect(fromCRLF.turns == fromLF.turns)
    }

    @Test func aNULByteIsStillNamedByItsPosition() {
        #expect(throws: LoadProblem.self) { try TranscriptReader.read(Data("ab\u{0}c".utf8), format: .txt, as: "nul.txt") }
        do {
            _ = try TranscriptReader.read(Data("ab\u{0}c".utf8), format: .txt, as: "nul.txt")
        } catch {
            #expect("\(error)".contains("byte 3"))
        }
    }
}
